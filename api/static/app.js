/* Progressive enhancement only: every page works without this file.
   Moves keyboard and screen-reader focus to the error summary of a refused form. */
(function () {
  "use strict";
  var summary = document.querySelector("[data-focus]");
  if (summary) { summary.focus(); }
})();

/* The designer's version comparison: "Tunjukkan di diagram" next to a change outlines its
   element on both diagrams and scrolls to it. Progressive enhancement: without this file the
   list and the marked diagrams are all there; the buttons stay hidden. Side by side (a wide
   screen) both diagrams start fitted to their column, so the two are seen whole. */
(function () {
  "use strict";
  var list = document.querySelector("[data-version-diff]");
  if (!list) { return; }
  document.addEventListener("DOMContentLoaded", function () {  /* after app.js's zoom setup */
    if (!window.matchMedia || !window.matchMedia("(min-width: 60rem)").matches) { return; }
    Array.prototype.forEach.call(document.querySelectorAll(".diff-side [data-zoom=fit]"),
      function (button) { button.click(); });
  });
  function clear() {
    Array.prototype.forEach.call(document.querySelectorAll(".diff-focus"), function (el) {
      el.classList.remove("diff-focus");
    });
  }
  function node(side, id) {
    if (!id) { return null; }
    var svg = document.querySelector("#diagram-" + side + " svg.bpmn-diagram");
    if (!svg) { return null; }
    var found = null;
    Array.prototype.forEach.call(svg.querySelectorAll("g.node[data-id], g.lane[data-id]"),
      function (g) { if (!found && g.getAttribute("data-id") === id) { found = g; } });
    return found;
  }
  function show(item) {
    clear();
    item.classList.add("diff-focus");
    var first = null;
    [["old", item.getAttribute("data-old-id")], ["new", item.getAttribute("data-new-id")]]
      .forEach(function (pair) {
        var g = node(pair[0], pair[1]);
        if (g) {
          g.classList.add("diff-focus");
          first = first || g;
        }
      });
    if (first && first.scrollIntoView) {
      first.scrollIntoView({ block: "center", inline: "center", behavior: "smooth" });
    }
  }
  Array.prototype.forEach.call(list.querySelectorAll("[data-diff-show]"), function (button) {
    var item = button.closest(".diff-item");
    if (node("old", item.getAttribute("data-old-id")) ||
        node("new", item.getAttribute("data-new-id"))) {
      button.hidden = false;
      button.addEventListener("click", function () { show(item); });
    }
  });
})();

/* Progressive enhancement only: every page works without this file.
   Moves keyboard and screen-reader focus to the error summary of a refused form. */
(function () {
  "use strict";
  var summary = document.querySelector("[data-focus]");
  if (summary) { summary.focus(); }

  /* Diagram zoom: the SVG is drawn at its own size inside a scrolling box; these buttons
     fit it to the box's width, zoom in or out, or go back to 100% (its own size). */
  function setupZoom(bar) {
    var box = bar.nextElementSibling;
    var svg = box && box.querySelector("svg.bpmn-diagram");
    var view = svg && svg.viewBox && svg.viewBox.baseVal;
    if (!view || !view.width) { return; }
    var shown = bar.querySelector(".diagram-scale");
    function scaleTo(scale) {
      scale = Math.min(4, Math.max(0.05, scale));
      svg.setAttribute("width", String(Math.round(view.width * scale)));
      svg.setAttribute("height", String(Math.round(view.height * scale)));
      svg.setAttribute("data-scale", scale.toFixed(3));
      if (shown) { shown.textContent = Math.round(scale * 100) + "%"; }
    }
    function current() { return parseFloat(svg.getAttribute("data-scale") || "1"); }
    function fit() {
      var style = window.getComputedStyle(box);
      var room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return room / view.width;
    }
    var actions = {
      fit: function () { scaleTo(fit()); },
      actual: function () { scaleTo(1); },
      "in": function () { scaleTo(current() * 1.25); },
      out: function () { scaleTo(current() / 1.25); }
    };
    bar.addEventListener("click", function (event) {
      var button = event.target.closest("[data-zoom]");
      if (button && actions[button.getAttribute("data-zoom")]) {
        actions[button.getAttribute("data-zoom")]();
      }
    });
    scaleTo(1);
    bar.hidden = false;
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-diagram-zoom]"), setupZoom);
})();

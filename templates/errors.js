(function () {
  "use strict";
  // Any script error is written into the page (and flags <html>), so a
  // reader and the browser test see it without a console.
  var d = document;
  function show(message) {
    d.documentElement.setAttribute("data-script", "error");
    var p = d.getElementById("script-errors");
    if (!p) {
      d.addEventListener("DOMContentLoaded", function () { show(message); });
      return;
    }
    p.hidden = false;
    p.appendChild(d.createTextNode("Script error: " + message + "\n"));
  }
  window.addEventListener("error", function (e) {
    show(String(e.message || e.type) + " (line " + (e.lineno || "?") + ")");
  });
  window.addEventListener("unhandledrejection", function (e) {
    show(String(e.reason));
  });
})();

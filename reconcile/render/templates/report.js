(function () {
  "use strict";
  var doc = document;
  var sev = doc.getElementById("filter-severity");
  var sta = doc.getElementById("filter-status");
  var count = doc.getElementById("shown-count");
  var items = doc.querySelectorAll("section.conflict");
  function apply() {
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var el = items[i];
      var ok = (sev.value === "all" || el.getAttribute("data-severity") === sev.value) &&
               (sta.value === "all" || el.getAttribute("data-status") === sta.value);
      el.hidden = !ok;
      if (ok) { shown += 1; }
    }
    count.textContent = shown + " of " + items.length + " shown";
  }
  sev.addEventListener("change", apply);
  sta.addEventListener("change", apply);
  doc.getElementById("filters").hidden = false;
  apply();
  doc.documentElement.setAttribute("data-filters", "ready");
}());

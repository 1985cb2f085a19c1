// Progressive enhancement of the catalogue form: it works without this file.
(function () {
  "use strict";
  var form = document.querySelector(".catalogue__form");
  if (!form) return;

  // Wide screens show the filters open.
  var filters = form.querySelector("details.filters");
  if (filters && window.matchMedia("(min-width: 60rem)").matches) filters.open = true;

  // "Near me": the browser's position is sent with the query, never stored.
  var button = form.querySelector("[data-geo-button]");
  if (button && "geolocation" in navigator) {
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        form.querySelector("[data-geo=lat]").value = position.coords.latitude.toFixed(4);
        form.querySelector("[data-geo=lon]").value = position.coords.longitude.toFixed(4);
        form.querySelector("#id_sort").value = "distance";
        form.submit();
      });
    });
  }
})();

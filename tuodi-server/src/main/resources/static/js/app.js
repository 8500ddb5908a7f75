// 托底: the few scripts of the web interface. No inline script anywhere (the CSP allows none):
// behaviour hangs on data-* attributes and ids, texts come from the page (message bundles).
(function () {
  "use strict";

  function csrf() {
    var token = document.querySelector("meta[name=csrf-token]");
    var header = document.querySelector("meta[name=csrf-header]");
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // htmx requests carry the CSRF token of the session.
  document.addEventListener("htmx:configRequest", function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  // "Select all" boxes: <input type=checkbox data-select-all="name">.
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.matches && box.matches("[data-select-all]")) {
      var name = box.getAttribute("data-select-all");
      document.querySelectorAll("input[type=checkbox][name='" + name + "']").forEach(function (b) {
        b.checked = box.checked;
      });
    }
  });

  // Confirmation for steps that cannot be undone: <form data-confirm="text">.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var text = form.getAttribute && form.getAttribute("data-confirm");
    if (text && !window.confirm(text)) {
      event.preventDefault();
    }
  }, true);

  window.Tuodi = { csrf: csrf };
})();

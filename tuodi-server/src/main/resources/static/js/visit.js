// 入户核实表 on the assistant's phone: no lost work. Every change is kept as a draft in this
// browser (localStorage, with the photos made small enough to fit); "send" posts the draft with
// fetch and drops it only once the server has answered 2xx. Offline or on a network error the draft
// waits, marked pending, and is sent again when the browser comes back online, every 30 s while the
// page is open, and when the page is opened again. The state is always shown (#draft-state).
(function () {
  "use strict";
  var form = document.getElementById("visit-form");
  var state = document.getElementById("draft-state");
  if (!form || !state) {
    return;
  }
  var key = form.getAttribute("data-draft-key");
  var doneUrl = form.getAttribute("data-done-url");
  var photoInput = document.getElementById("photo");
  var previews = document.getElementById("photo-previews");
  var retryTimer = null;
  var sending = false;
  var MAX_SIDE = 1280;

  function show(name, extra) {
    state.setAttribute("data-state", name);
    var text = state.getAttribute("data-msg-" + name) || "";
    state.textContent = extra ? text + " " + extra : text;
  }

  function load() {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "null");
    } catch (e) {
      return null;
    }
  }

  function store(draft) {
    try {
      window.localStorage.setItem(key, JSON.stringify(draft));
      return true;
    } catch (e) {
      return false;
    }
  }

  function fields() {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === "file" || el.name === "_csrf") {
        return;
      }
      if (el.type === "checkbox") {
        values[el.name] = el.checked;
      } else {
        values[el.name] = el.value;
      }
    });
    return values;
  }

  function restore(values) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !(el.name in values) || el.type === "file") {
        return;
      }
      if (el.type === "checkbox") {
        el.checked = values[el.name] === true;
      } else if (el.type !== "hidden") {
        el.value = values[el.name];
      }
    });
  }

  function save(pending) {
    var draft = load() || { photos: [] };
    draft.fields = fields();
    draft.pending = pending === undefined ? draft.pending === true : pending;
    draft.savedAt = new Date().toISOString();
    store(draft);
    return draft;
  }

  function showPhotos(photos) {
    previews.textContent = "";
    photos.forEach(function (p) {
      var img = document.createElement("img");
      img.className = "photo-preview";
      img.src = p.data;
      img.alt = p.name;
      previews.appendChild(img);
    });
  }

  // A camera photo is several MB: draw it smaller as a JPEG so that the draft fits in localStorage.
  function shrink(file, done) {
    var reader = new FileReader();
    reader.onload = function () {
      var img = new Image();
      img.onload = function () {
        var scale = Math.min(1, MAX_SIDE / Math.max(img.width, img.height));
        var canvas = document.createElement("canvas");
        canvas.width = Math.round(img.width * scale);
        canvas.height = Math.round(img.height * scale);
        canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
        done(canvas.toDataURL("image/jpeg", 0.8));
      };
      img.onerror = function () {
        done(null);
      };
      img.src = reader.result;
    };
    reader.readAsDataURL(file);
  }

  function toBlob(dataUrl) {
    var parts = dataUrl.split(",");
    var mime = parts[0].split(":")[1].split(";")[0];
    var bytes = window.atob(parts[1]);
    var array = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) {
      array[i] = bytes.charCodeAt(i);
    }
    return new Blob([array], { type: mime });
  }

  function body(draft) {
    var data = new FormData();
    Object.keys(draft.fields).forEach(function (name) {
      var value = draft.fields[name];
      if (value === true) {
        data.append(name, "true");
      } else if (value !== false) {
        data.append(name, value);
      }
    });
    (draft.photos || []).forEach(function (p, i) {
      data.append("photos", toBlob(p.data), "photo-" + (i + 1) + ".jpg");
    });
    return data;
  }

  function send() {
    var draft = load();
    if (!draft || sending) {
      return;
    }
    if (!navigator.onLine) {
      show("pending");
      return;
    }
    sending = true;
    show("sending");
    var headers = { Accept: "application/json" };
    var csrf = window.Tuodi && window.Tuodi.csrf();
    if (csrf) {
      headers[csrf.header] = csrf.token;
    }
    fetch(form.getAttribute("action").split("?")[0], {
      method: "POST",
      body: body(draft),
      headers: headers,
      credentials: "same-origin"
    }).then(function (response) {
      sending = false;
      var json = (response.headers.get("Content-Type") || "").indexOf("json") >= 0;
      if (response.redirected || !json) {
        // Not an answer of the visit endpoint: most likely the session ended and the request was
        // sent to the sign-in page. The draft stays; the user signs in again and sends it.
        draft.pending = false;
        store(draft);
        show("failed", state.getAttribute("data-msg-sign-in"));
        return;
      }
      return response.json().then(function (answer) {
        if (response.ok && answer.version !== undefined) {
          window.localStorage.removeItem(key);
          show("sent");
          window.location.assign(doneUrl + "?sent=1");
          return;
        }
        // The server saw the draft and refused it: keep it, stop retrying, say why.
        draft.pending = false;
        store(draft);
        show("failed", answer.message || answer.detail || String(response.status));
      });
    }, function () {
      // No answer (offline, the network dropped): keep the draft and try again later.
      sending = false;
      show("pending");
    });
  }

  form.addEventListener("input", function () {
    save();
    show("saved");
  });
  form.addEventListener("change", function (event) {
    if (event.target === photoInput) {
      return;
    }
    save();
    show("saved");
  });
  photoInput.addEventListener("change", function () {
    var file = photoInput.files && photoInput.files[0];
    if (!file) {
      return;
    }
    shrink(file, function (data) {
      var draft = save();
      if (!data) {
        show("failed");
        return;
      }
      draft.photos = (draft.photos || []).concat([{ name: file.name, data: data }]);
      if (!store(draft)) {
        show("failed", state.getAttribute("data-msg-photo-too-big"));
        return;
      }
      photoInput.value = "";
      showPhotos(draft.photos);
      show("saved");
    });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!form.reportValidity()) {
      return;
    }
    save(true);
    send();
  });
  window.addEventListener("online", function () {
    var draft = load();
    if (draft && draft.pending) {
      send();
    }
  });
  window.addEventListener("offline", function () {
    var draft = load();
    if (draft && draft.pending) {
      show("pending");
    }
  });
  retryTimer = window.setInterval(function () {
    var draft = load();
    if (draft && draft.pending && navigator.onLine) {
      send();
    }
  }, 30000);

  var existing = load();
  if (existing) {
    restore(existing.fields || {});
    showPhotos(existing.photos || []);
    if (existing.pending) {
      show("pending");
      send();
    } else {
      show("restored");
    }
  }
})();

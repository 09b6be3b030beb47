/* Documents on the task page (api/pages/documents.py). Progressive enhancement only: without
   this file the upload is a plain multipart form and Hapus asks on a page of its own.

   - Hapus asks in a dialog first (forms marked data-confirm), then posts konfirmasi=1.
   - The upload form becomes a drop zone with a "Pilih berkas" button; each file is sent on its
     own with XMLHttpRequest (Accept: application/json), with a <progress> bar and, when it is
     refused, the server's reason in words. The size and type are checked here first only as a
     courtesy: the server decides. When every file is done the document list, the slots and
     their status are fetched again from the page and swapped in (what was typed in the step's
     form stays). */
(function () {
  "use strict";

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-confirm]")) { return; }
    if (!window.confirm(form.getAttribute("data-confirm"))) {
      event.preventDefault();
      return;
    }
    if (!form.querySelector("input[name=konfirmasi]")) {
      var sure = document.createElement("input");
      sure.type = "hidden";
      sure.name = "konfirmasi";
      sure.value = "1";
      form.appendChild(sure);
    }
  });

  function extensionOf(name) {
    var dot = name.lastIndexOf(".");
    return dot < 0 ? "" : name.slice(dot).toLowerCase();
  }

  function refresh(form) {
    return window.fetch(window.location.pathname + window.location.search,
                        {credentials: "same-origin", headers: {Accept: "text/html"}})
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new window.DOMParser().parseFromString(html, "text/html");
        Array.prototype.forEach.call(document.querySelectorAll("[data-doc-refresh]"),
          function (old) {
            var found = old.id && fresh.getElementById(old.id);
            if (found) { old.replaceWith(document.importNode(found, true)); }
          });
        var select = form.querySelector("select[name=untuk]");
        var chosen = fresh.querySelector("#" + (select ? select.id : "x") + " option[selected]");
        if (select && chosen) { select.value = chosen.value; }
      })
      .catch(function () { /* the list is right after the next page load */ });
  }

  function setupUpload(form) {
    var input = form.querySelector("input[type=file]");
    var zone = form.querySelector("[data-drop]");
    var progress = form.querySelector("[data-progress]");
    var max = parseInt(form.getAttribute("data-max-bytes"), 10) || 0;
    var types = (form.getAttribute("data-types") || "").split(",");
    var say = function (key) { return form.getAttribute("data-msg-" + key) || ""; };
    var queue = Promise.resolve();
    var pending = 0;

    function row(file) {
      var item = document.createElement("li");
      var name = document.createElement("span");
      var bar = document.createElement("progress");
      var state = document.createElement("span");
      item.className = "doc-progress-item";
      name.className = "doc-progress-name";
      name.textContent = file.name;
      bar.max = 100;
      bar.value = 0;
      bar.setAttribute("aria-label", file.name);
      state.className = "doc-progress-state";
      state.textContent = say("sending");
      item.appendChild(name);
      item.appendChild(bar);
      item.appendChild(state);
      progress.appendChild(item);
      return {item: item, bar: bar, state: state};
    }

    function finish(shown, ok, message) {
      shown.item.classList.add(ok ? "is-done" : "is-error");
      if (ok) { shown.bar.value = 100; }
      shown.state.textContent = message;
    }

    function refusal(xhr) {
      try {
        var answer = JSON.parse(xhr.responseText);
        if (answer && answer.message) { return answer.message; }
      } catch (ignore) { /* not JSON: a proxy's page */ }
      return xhr.status === 413 ? say("too-large") : say("failed");
    }

    function send(file, shown) {
      return new Promise(function (resolve) {
        var data = new FormData();
        ["csrf_token", "untuk", "nama", "keterangan"].forEach(function (field) {
          var element = form.elements[field];
          if (element) { data.append(field, element.value); }
        });
        data.append("berkas", file, file.name);
        var xhr = new XMLHttpRequest();
        xhr.open("POST", form.action);
        xhr.setRequestHeader("Accept", "application/json");
        xhr.upload.addEventListener("progress", function (event) {
          if (event.lengthComputable) {
            shown.bar.value = Math.round(event.loaded / event.total * 100);
          }
        });
        xhr.onload = function () {
          var ok = xhr.status >= 200 && xhr.status < 300;
          finish(shown, ok, ok ? say("done") : refusal(xhr));
          resolve();
        };
        xhr.onerror = function () {
          finish(shown, false, say("failed"));
          resolve();
        };
        xhr.send(data);
      });
    }

    function take(files) {
      Array.prototype.forEach.call(files, function (file) {
        var shown = row(file);
        if (max && file.size > max) { finish(shown, false, say("too-large")); return; }
        if (types.indexOf(extensionOf(file.name)) < 0) { finish(shown, false, say("type")); return; }
        pending += 1;
        form.setAttribute("data-upload-state", "busy");
        queue = queue.then(function () { return send(file, shown); }).then(function () {
          pending -= 1;
          if (pending === 0) {
            return refresh(form).then(function () {
              if (pending === 0) { form.setAttribute("data-upload-state", "done"); }
            });
          }
        });
      });
    }

    form.querySelector("[data-drop-text]").hidden = false;
    form.querySelector("[data-plain-submit]").hidden = true;
    zone.classList.add("is-enhanced");
    input.classList.add("visually-hidden");
    input.tabIndex = -1;
    form.querySelector("[data-pick]").addEventListener("click", function () { input.click(); });
    input.addEventListener("change", function () {
      var files = Array.prototype.slice.call(input.files);
      input.value = "";
      take(files);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    ["dragenter", "dragover"].forEach(function (kind) {
      zone.addEventListener(kind, function (event) {
        event.preventDefault();
        zone.classList.add("is-over");
      });
    });
    zone.addEventListener("dragleave", function () { zone.classList.remove("is-over"); });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      zone.classList.remove("is-over");
      if (event.dataTransfer && event.dataTransfer.files) { take(event.dataTransfer.files); }
    });
    /* a file dropped beside the zone must not replace the page (and what was typed) */
    ["dragover", "drop"].forEach(function (kind) {
      window.addEventListener(kind, function (event) {
        if (!zone.contains(event.target)) { event.preventDefault(); }
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-upload]"), setupUpload);
})();

/* The SOP table editor (api/templates/designer_table.html, api/pages/designer_table.py).
   The page edits the sop-table/1 data in place: fields the form does not show (isian, panggil,
   eskalasi, catatan, sumber...) stay untouched in it. As the designer types, the table goes to
   the preview endpoint (debounced), which answers its problems (row + field) and the SOP AP
   document; "Simpan draf" (or Ctrl+S) keeps the table and the BPMN made of it in the draft, and
   until then leaving the page warns. On a wide window the preview is docked under the form and
   follows the step being edited; a click on a preview row goes to its step. Words come from
   the page (#tabel-kata), never from this file. No framework, no build step. */
(function (root) {
  "use strict";

  var SELESAI = "selesai";

  /* -- pure table operations (also run by tests/test_table_form.py under node) ----------- */

  function nextOf(no, count) { return no < count ? no + 1 : SELESAI; }

  /* Put the steps in a new order: ``order`` lists, for each new position, the old index of the
     step there (null for a new step). Steps are renumbered 1..n and every decision target
     follows the step it pointed at; a target whose step was removed goes to the step that
     followed it (or to the end). Steps are changed in place; returns the new array. */
  function renumber(steps, order) {
    var count = steps.length, newNo = {}, j, i;
    steps.forEach(function (step, index) {  // an omitted Ya means "the next step": say it now
      var kep = step.keputusan;
      if (kep && typeof kep === "object" && (kep.ya === undefined || kep.ya === null)) {
        kep.ya = nextOf(index + 1, count);
      }
    });
    for (j = 0; j < order.length; j++) {
      if (order[j] !== null) { newNo[order[j] + 1] = j + 1; }
    }
    for (i = count; i >= 1; i--) {  // removed steps: to what followed them
      if (!(i in newNo)) { newNo[i] = (i + 1 in newNo) ? newNo[i + 1] : SELESAI; }
    }
    function follow(target) {
      var n = typeof target === "string" && /^\d+$/.test(target) ? parseInt(target, 10) : target;
      return (typeof n === "number" && n in newNo) ? newNo[n] : target;
    }
    var result = order.map(function (old, position) {
      var step = old === null ? null : steps[old];
      return step;
    });
    result.forEach(function (step, position) {
      if (!step) { return; }
      step.no = position + 1;
      var kep = step.keputusan;
      if (kep && typeof kep === "object") {
        kep.ya = follow(kep.ya);
        kep.tidak = follow(kep.tidak);
      }
    });
    return result;
  }

  function indices(n) { var out = []; for (var i = 0; i < n; i++) { out.push(i); } return out; }

  function moveStep(steps, index, delta) {
    var to = index + delta;
    if (to < 0 || to >= steps.length) { return steps; }
    var order = indices(steps.length);
    order.splice(index, 1);
    order.splice(to, 0, index);
    return renumber(steps, order);
  }

  function removeStep(steps, index) {
    var order = indices(steps.length);
    order.splice(index, 1);
    return renumber(steps, order);
  }

  function insertStep(steps, index, step) {
    var order = indices(steps.length);
    order.splice(index, 0, null);
    var result = renumber(steps, order);
    step.no = index + 1;
    result[index] = step;
    return result;
  }

  var ops = { renumber: renumber, moveStep: moveStep, removeStep: removeStep,
              insertStep: insertStep };
  if (typeof module !== "undefined" && module.exports) { module.exports = ops; }
  if (typeof document === "undefined") { return; }

  /* -- the page ------------------------------------------------------------------------- */

  var dataNode = document.getElementById("tabel-data");
  if (!dataNode) { return; }
  var boot = JSON.parse(dataNode.textContent);
  var words = JSON.parse(document.getElementById("tabel-kata").textContent);
  var table = boot.table;
  var editor = document.getElementById("tabel-editor");
  var stepList = document.getElementById("langkah-daftar");
  var columnList = document.getElementById("kolom-daftar");
  var preview = document.getElementById("pratinjau");
  var previewStatus = document.getElementById("pratinjau-status");
  var summary = document.getElementById("tabel-ringkasan");
  var saveStatus = document.getElementById("simpan-status");
  var bpmnSection = document.getElementById("bpmn-dibuat");
  var panel = document.getElementById("pratinjau-panel");
  var panelToggle = document.getElementById("pratinjau-tombol");
  var backLink = document.getElementById("pratinjau-kembali");
  var savedState = document.getElementById("pratinjau-simpan");
  var saveButton = document.getElementById("simpan-draf");
  var uids = new WeakMap(), nextUid = 1, memory = new WeakMap();
  var timer = null, seq = 0, current = null, edits = 0;
  var wide = window.matchMedia("(min-width: 68.75rem) and (min-height: 34rem)");

  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; });
  }
  function uid(step) {
    if (!uids.has(step)) { uids.set(step, nextUid++); }
    return uids.get(step);
  }
  function steps() { if (!Array.isArray(table.langkah)) { table.langkah = []; } return table.langkah; }
  function columns() { if (!Array.isArray(table.pelaksana)) { table.pelaksana = []; } return table.pelaksana; }
  function lines(text) {
    return text.split("\n").map(function (s) { return s.trim(); }).filter(Boolean);
  }
  function asText(value) { return Array.isArray(value) ? value.join("\n") : (value == null ? "" : String(value)); }
  function asTarget(value) { return /^\d+$/.test(value) ? parseInt(value, 10) : value; }

  function csrf() {
    var field = document.querySelector("input[name=csrf_token]");
    return field ? field.value : "";
  }
  function call(method, url, body) {
    return fetch(url, {
      method: method, credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json",
                 "X-CSRFToken": csrf() },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) { throw { status: response.status, body: json }; }
        return json;
      });
    });
  }

  /* identity */
  function getPath(path) {
    var parts = path.split("."), value = table;
    for (var i = 0; i < parts.length && value; i++) { value = value[parts[i]]; }
    return value;
  }
  function setPath(path, value) {
    var parts = path.split("."), target = table;
    for (var i = 0; i < parts.length - 1; i++) {
      if (!target[parts[i]] || typeof target[parts[i]] !== "object") { target[parts[i]] = {}; }
      target = target[parts[i]];
    }
    target[parts[parts.length - 1]] = value;
  }
  function bindIdentity() {
    Array.prototype.forEach.call(editor.querySelectorAll("[data-path]"), function (input) {
      var path = input.getAttribute("data-path");
      input.value = asText(getPath(path));
      input.addEventListener("input", function () {
        setPath(path, input.hasAttribute("data-list") ? lines(input.value) : input.value);
        schedulePreview();
      });
    });
  }

  /* pelaksana columns */
  function renderColumns(focus) {
    columnList.innerHTML = "";
    var template = document.getElementById("kolom-template");
    columns().forEach(function (name, index) {
      var item = template.content.firstElementChild.cloneNode(true);
      item.setAttribute("data-index", index);
      item.querySelector("[data-nama]").textContent = (index + 1) + ". " + name;
      item.querySelector("[data-error]").id = "kolom-" + index + "-masalah";
      Array.prototype.forEach.call(item.querySelectorAll("button"), function (button) {
        button.setAttribute("aria-label", button.textContent + ": " + name);
      });
      columnList.appendChild(item);
    });
    var choose = document.getElementById("kolom-pilih");
    choose.innerHTML = "";
    boot.jabatan.filter(function (name) { return columns().indexOf(name) < 0; })
      .forEach(function (name) { choose.appendChild(new Option(name, name)); });
    document.getElementById("kolom-tambah").disabled = !choose.options.length;
    if (focus) { focus(); }
  }
  columnList.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-act]");
    if (!button) { return; }
    var index = parseInt(button.closest("[data-kolom]").getAttribute("data-index"), 10);
    var act = button.getAttribute("data-act"), list = columns(), name = list[index];
    var to = act === "naik" ? index - 1 : act === "turun" ? index + 1 : null;
    if (act === "hapus") {
      list.splice(index, 1);
      announce(fmt(words.columnRemoved, { name: name }));
      renderColumns(function () { focusColumn(Math.min(index, list.length - 1), "hapus"); });
    } else if (to >= 0 && to < list.length) {
      list.splice(index, 1);
      list.splice(to, 0, name);
      renderColumns(function () { focusColumn(to, act); });
    }
    renderSteps();
    schedulePreview();
  });
  function focusColumn(index, act) {
    var item = columnList.children[index];
    var target = item && (item.querySelector("[data-act='" + act + "']:not([disabled])") ||
                          item.querySelector("button"));
    (target || document.getElementById("kolom-pilih")).focus();
  }
  document.getElementById("kolom-tambah").addEventListener("click", function () {
    var choose = document.getElementById("kolom-pilih");
    if (!choose.value) { return; }
    columns().push(choose.value);
    renderColumns(function () { choose.focus(); });
    renderSteps();
    schedulePreview();
  });

  /* steps */
  function fillSelect(select, options, value) {
    select.innerHTML = "";
    options.forEach(function (pair) { select.appendChild(new Option(pair[1], pair[0])); });
    if (value !== undefined && value !== null &&
        !options.some(function (pair) { return String(pair[0]) === String(value); })) {
      select.appendChild(new Option(String(value), String(value)));  // keep what was there
    }
    select.value = value === undefined || value === null ? "" : String(value);
  }
  function targetOptions() {
    var out = steps().map(function (step, index) {
      var text = (step.uraian || "").trim();
      if (text.length > 40) { text = text.slice(0, 39) + "…"; }
      return [index + 1, words.langkah + " " + (index + 1) + (text ? ": " + text : "")];
    });
    out.push([SELESAI, words.selesai]);
    return out;
  }
  function fillTargets() {
    var options = targetOptions();
    Array.prototype.forEach.call(stepList.children, function (item, index) {
      var kep = steps()[index].keputusan;
      if (kep && typeof kep === "object") {
        fillSelect(item.querySelector("[data-f='keputusan.ya']"), options, kep.ya);
        fillSelect(item.querySelector("[data-f='keputusan.tidak']"), options, kep.tidak);
      }
    });
  }
  function renderSteps() {
    stepList.innerHTML = "";
    var template = document.getElementById("langkah-template");
    var people = [["", words.choose]].concat(columns().map(function (n) { return [n, n]; }));
    steps().forEach(function (step, index) {
      var item = template.content.firstElementChild.cloneNode(true);
      var id = "l" + uid(step);
      item.id = id;
      item.setAttribute("data-index", index);
      item.querySelector("[data-kata]").textContent = words.langkah;
      item.querySelector("[data-no]").textContent = index + 1;
      item.querySelector(".langkah-judul").id = id + "-judul";
      item.setAttribute("aria-labelledby", id + "-judul");
      Array.prototype.forEach.call(item.querySelectorAll("[data-f]"), function (input) {
        input.id = id + "-" + input.getAttribute("data-f").replace(".", "-");
      });
      Array.prototype.forEach.call(item.querySelectorAll("label[data-for]"), function (label) {
        label.htmlFor = id + "-" + label.getAttribute("data-for").replace(".", "-");
      });
      Array.prototype.forEach.call(item.querySelectorAll("[data-error]"), function (p) {
        p.id = id + "-masalah-" + (p.getAttribute("data-error") || "langkah").replace(".", "-");
      });
      Array.prototype.forEach.call(item.querySelectorAll("button[data-act], a[data-lihat]"), function (button) {
        button.setAttribute("aria-label", button.textContent + ": " + words.langkah + " " + (index + 1));
      });
      item.querySelector("[data-f=uraian]").value = asText(step.uraian);
      fillSelect(item.querySelector("[data-f=pelaksana]"), people, step.pelaksana || "");
      item.querySelector("[data-f=kelengkapan]").value = asText(step.kelengkapan);
      ["waktu", "output", "keterangan"].forEach(function (f) {
        item.querySelector("[data-f=" + f + "]").value = asText(step[f]);
      });
      var kep = step.keputusan && typeof step.keputusan === "object" ? step.keputusan : null;
      item.querySelector("[data-f=keputusan]").checked = !!kep;
      item.querySelector("[data-keputusan]").hidden = !kep;
      if (kep) { item.querySelector("[data-f='keputusan.pertanyaan']").value = asText(kep.pertanyaan); }
      item.querySelector("[data-act=naik]").disabled = index === 0;
      item.querySelector("[data-act=turun]").disabled = index === steps().length - 1;
      item.classList.toggle("is-current", current === index + 1);
      stepList.appendChild(item);
    });
    fillTargets();
  }
  function stepOf(element) {
    var item = element.closest("[data-langkah]");
    return item ? { item: item, index: parseInt(item.getAttribute("data-index"), 10) } : null;
  }
  function onField(event) {
    var input = event.target, name = input.getAttribute("data-f"), at = stepOf(input);
    if (!name || !at) { return; }
    var step = steps()[at.index];
    if (name === "kelengkapan") {
      step.kelengkapan = lines(input.value);
    } else if (name === "keputusan") {
      if (event.type !== "change") { return; }
      if (input.checked) {
        step.keputusan = memory.get(step) ||
          { pertanyaan: "", ya: nextOf(at.index + 1, steps().length), tidak: SELESAI };
        at.item.querySelector("[data-f='keputusan.pertanyaan']").value = asText(step.keputusan.pertanyaan);
      } else {
        memory.set(step, step.keputusan);
        delete step.keputusan;
      }
      at.item.querySelector("[data-keputusan]").hidden = !input.checked;
      fillTargets();
    } else if (name.indexOf("keputusan.") === 0) {
      var key = name.split(".")[1];
      step.keputusan[key] = key === "pertanyaan" ? input.value : asTarget(input.value);
    } else {
      step[name] = input.value;
      if (name === "uraian" && event.type === "change") { fillTargets(); }
    }
    schedulePreview();
  }
  stepList.addEventListener("input", onField);
  stepList.addEventListener("change", function (event) {
    if (event.target.tagName === "SELECT" || event.target.type === "checkbox" ||
        event.target.getAttribute("data-f") === "uraian") { onField(event); }
  });
  stepList.addEventListener("click", function (event) {
    var look = event.target.closest("a[data-lihat]");
    if (look) {
      event.preventDefault();
      showInPreview(stepOf(look).index + 1);
      return;
    }
    var button = event.target.closest("button[data-act]");
    if (!button) { return; }
    var at = stepOf(button), act = button.getAttribute("data-act");
    if (act === "naik" || act === "turun") {
      var to = at.index + (act === "naik" ? -1 : 1);
      table.langkah = moveStep(steps(), at.index, act === "naik" ? -1 : 1);
      renderSteps();
      var moved = stepList.children[to];
      var again = moved.querySelector("[data-act=" + act + "]:not([disabled])") ||
        moved.querySelector("[data-act]:not([disabled])");
      again.focus();
      announce(fmt(words.moved, { n: to + 1 }));
    } else if (act === "hapus") {
      table.langkah = removeStep(steps(), at.index);
      renderSteps();
      var next = stepList.children[Math.min(at.index, steps().length - 1)];
      (next ? next.querySelector(".langkah-judul") : document.getElementById("langkah-tambah")).focus();
      announce(fmt(words.removed, { n: at.index + 1 }));
    } else if (act === "sisip") {
      addStep(at.index + 1);
    }
    schedulePreview();
  });
  function addStep(index) {
    var last = steps()[index - 1];
    var step = { no: index + 1, uraian: "", pelaksana: last ? last.pelaksana : (columns()[0] || ""),
                 kelengkapan: [], waktu: "", output: "", keterangan: "" };
    table.langkah = insertStep(steps(), index, step);
    renderSteps();
    stepList.children[index].querySelector("[data-f=uraian]").focus();
    announce(fmt(words.added, { n: index + 1 }));
    schedulePreview();
  }
  document.getElementById("langkah-tambah").addEventListener("click", function () {
    addStep(steps().length);
  });

  /* problems next to their inputs, and in the summary */
  function clearMarks() {
    Array.prototype.forEach.call(editor.querySelectorAll("[aria-invalid]"), function (el) {
      el.removeAttribute("aria-invalid");
    });
    Array.prototype.forEach.call(editor.querySelectorAll("[data-describedby-base]"), function (el) {
      var base = el.getAttribute("data-describedby-base");
      if (base) { el.setAttribute("aria-describedby", base); } else { el.removeAttribute("aria-describedby"); }
      el.removeAttribute("data-describedby-base");
    });
    Array.prototype.forEach.call(editor.querySelectorAll(".field-error, .field-warning"), function (p) {
      if (p.hasAttribute("data-made")) { p.remove(); return; }
      p.textContent = ""; p.hidden = true; p.className = "field-error";
    });
    Array.prototype.forEach.call(editor.querySelectorAll(".is-invalid, .is-warning"), function (el) {
      el.classList.remove("is-invalid", "is-warning");
    });
  }
  function describe(input, message, error, severity) {
    if (error.textContent) { error.textContent += " "; }
    error.textContent += message;
    error.hidden = false;
    error.className = severity === "error" ? "field-error" : "field-warning";
    if (!input) { return; }
    if (severity === "error") { input.setAttribute("aria-invalid", "true"); }
    if (!input.hasAttribute("data-describedby-base")) {
      input.setAttribute("data-describedby-base", input.getAttribute("aria-describedby") || "");
    }
    var ids = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    if (ids.indexOf(error.id) < 0) { ids.push(error.id); }
    input.setAttribute("aria-describedby", ids.join(" "));
  }
  function errorAfter(input) {
    var next = input.nextElementSibling;
    if (next && next.hasAttribute("data-made")) { return next; }
    var p = document.createElement("p");
    p.setAttribute("data-made", "");
    p.id = input.id + "-masalah";
    input.parentNode.insertBefore(p, input.nextSibling);
    return p;
  }
  function mark(problem) {
    var field = problem.field === "keputusan" ? "keputusan.ya" : problem.field;
    var rows = problem.rows && problem.rows.length ? problem.rows : [];
    var firstInput = null;
    rows.forEach(function (row) {
      var item = stepList.children[row - 1];
      if (!item) { return; }
      item.classList.add(problem.severity === "error" ? "is-invalid" : "is-warning");
      var input = field ? item.querySelector("[data-f='" + field + "']") : null;
      var error = (input && item.querySelector("[data-error='" + field + "']")) ||
        item.querySelector("[data-error='']");
      describe(input || item.querySelector("[data-f=uraian]"), problem.message, error, problem.severity);
      firstInput = firstInput || input || item.querySelector("[data-f=uraian]");
    });
    if (rows.length) { return firstInput; }
    if (problem.column !== null && problem.column !== undefined && columnList.children[problem.column]) {
      var col = columnList.children[problem.column];
      col.classList.add(problem.severity === "error" ? "is-invalid" : "is-warning");
      var button = col.querySelector("button");
      describe(button, problem.message, col.querySelector("[data-error]"), problem.severity);
      return button;
    }
    var identity = field && editor.querySelector("[data-path='" + field + "']");
    if (identity) {
      describe(identity, problem.message, errorAfter(identity), problem.severity);
      return identity;
    }
    if (field === "pelaksana") {
      var select = document.getElementById("kolom-pilih");
      describe(select, problem.message, document.getElementById("kolom-masalah"), problem.severity);
      return select;
    }
    return null;
  }
  function showProblems(problems) {
    clearMarks();
    var errors = problems.filter(function (p) { return p.severity === "error"; }).length;
    var box = document.createElement("div");
    summary.innerHTML = "";
    if (!problems.length) {
      box.className = "ok";
      box.textContent = words.noProblems;
      summary.appendChild(box);
      return;
    }
    box.className = errors ? "bad" : "ok";
    var heading = document.createElement("strong");
    heading.textContent = fmt(words.countProblems, { n: errors, w: problems.length - errors });
    box.appendChild(heading);
    var list = document.createElement("ul");
    problems.forEach(function (problem) {
      var target = mark(problem);
      var item = document.createElement("li");
      var text = (problem.severity === "error" ? "" : words.warning + ": ") + problem.message;
      if (target && target.id) {
        var link = document.createElement("a");
        link.href = "#" + target.id;
        link.textContent = text;
        item.appendChild(link);
      } else {
        item.textContent = text;
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    summary.appendChild(box);
  }

  /* preview */
  function applyStyles(container) {
    Array.prototype.forEach.call(container.querySelectorAll("[data-style]"), function (el) {
      el.style.cssText = el.getAttribute("data-style");  // CSSOM: allowed by the site's CSP
    });
  }
  function schedulePreview() {
    markDirty();
    clearTimeout(timer);
    timer = setTimeout(runPreview, 400);
  }
  function runPreview() {
    clearTimeout(timer);
    var mine = ++seq;
    previewStatus.textContent = words.updating;
    return call("POST", boot.urls.preview, { table: table }).then(function (answer) {
      if (mine !== seq) { return answer; }
      showProblems(answer.problems || []);
      if (answer.preview_html) {
        preview.innerHTML = answer.preview_html;
        applyStyles(preview);
        preparePreview();
        preview.classList.remove("is-stale");
        previewStatus.textContent = "";
      } else {
        preview.classList.add("is-stale");
        previewStatus.textContent = words.stale;
      }
      return answer;
    }, function (failure) {
      previewStatus.textContent = (failure.body && failure.body.message) || words.failed;
      throw failure;
    });
  }

  /* save, then show the BPMN made, then deploy */
  function announce(text, bad) {
    saveStatus.textContent = text;
    saveStatus.classList.toggle("is-bad", !!bad);
  }
  saveButton.addEventListener("click", function () { save(false); });
  function save(byShortcut) {
    var button = saveButton, at = edits;
    if (button.disabled) { return; }
    button.disabled = true;
    announce(words.saving);
    runPreview().then(function (answer) {
      return call("PUT", boot.urls.draft, { table: table, bpmn: answer.bpmn || null,
                                            baseVersion: boot.baseVersion, editedIn: "tabel" })
        .then(function () { return answer; });
    }).then(function (answer) {
      boot.fromDraft = true;
      if (edits === at) { markSaved(); }
      announce(answer.bpmn ? words.saved : words.savedNoBpmn, !answer.bpmn);
      return fetch(boot.urls.bpmn, { credentials: "same-origin" }).then(function (r) { return r.text(); })
        .then(function (html) {
          bpmnSection.innerHTML = html;
          bpmnSection.hidden = false;
          if (answer.bpmn && !byShortcut) { document.getElementById("bpmn-judul").focus(); }
        });
    }).catch(function (failure) {
      announce((failure && failure.body && failure.body.message) || words.failed, true);
    }).then(function () { button.disabled = false; });
  }

  function deploy(force) {
    var out = bpmnSection.querySelector("[data-terapkan-hasil]");
    if (window.onbeforeunload) {
      out.textContent = words.saveFirst;
      return;
    }
    out.textContent = words.deploying;
    call("POST", boot.urls.deploy, force ? { force: true } : {}).then(function (done) {
      out.innerHTML = "";
      var message = document.createElement("p");
      message.className = "flash flash-success";
      message.textContent = done.message + " ";
      var link = document.createElement("a");
      link.href = done.sopUrl;
      link.textContent = words.openSop;
      message.appendChild(link);
      out.appendChild(message);
      if (done.older && done.older.length) {
        var older = document.createElement("p");
        older.textContent = words.older + " " + done.older.map(function (o) {
          return fmt(words.olderRow, { v: o.version, n: o.running });
        }).join(", ");
        if (boot.isAdmin) {
          var migrate = document.createElement("a");
          migrate.href = done.migrateUrl;
          migrate.textContent = words.migrate;
          older.appendChild(document.createTextNode(" "));
          older.appendChild(migrate);
        }
        out.appendChild(older);
      }
      boot.baseVersion = done.version;
      boot.fromDraft = false;
      Array.prototype.forEach.call(bpmnSection.querySelectorAll("[data-terapkan]"), function (b) {
        b.disabled = true;
      });
    }, function (failure) {
      out.innerHTML = "";
      var message = document.createElement("p");
      message.className = "flash flash-error";
      message.textContent = (failure.body && failure.body.message) || words.failed;
      out.appendChild(message);
      if (failure.status === 409) {
        var again = document.createElement("button");
        again.type = "button";
        again.className = "button button-return";
        again.setAttribute("data-terapkan-paksa", "");
        again.textContent = words.forceDeploy;
        out.appendChild(again);
        again.focus();
      }
    });
  }
  bpmnSection.addEventListener("click", function (event) {
    if (event.target.closest("[data-terapkan]")) { deploy(false); }
    if (event.target.closest("[data-terapkan-paksa]")) { deploy(true); }
  });


  /* unsaved changes: a warning before leaving, the state in the preview's bar, Ctrl+S */
  function warnLeaving(event) {
    event.preventDefault();
    event.returnValue = "";
    return "";
  }
  function markDirty() {
    edits++;
    window.onbeforeunload = warnLeaving;
    savedState.textContent = words.unsaved;
    savedState.classList.add("is-dirty");
    savedState.hidden = false;
  }
  function markSaved() {
    window.onbeforeunload = null;
    savedState.textContent = words.savedShort;
    savedState.classList.remove("is-dirty");
    savedState.hidden = false;
  }
  function onShortcut(event) {
    var key = (event.key || "").toLowerCase();
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && key === "s") {
      event.preventDefault();
      save(true);
    }
  }

  /* the preview beside the form: docked at the bottom of a wide window, the row of the step
     being edited highlighted; a click on a preview row goes to its step */
  function docked() { return panel.classList.contains("is-dok"); }
  function previewOpen() { return !panel.classList.contains("is-tutup"); }
  function previewRow(no) {
    return no ? preview.querySelector("tr.step[data-no='" + no + "']") : null;
  }
  function preparePreview() {
    Array.prototype.forEach.call(preview.querySelectorAll("tr.step[data-no]"), function (tr) {
      tr.title = fmt(words.rowTitle, { n: tr.getAttribute("data-no") });
    });
    highlight(current);
  }
  function scrollPreviewTo(row) {  // inside the docked region only: the page does not move
    var box = preview.getBoundingClientRect(), at = row.getBoundingClientRect();
    if (at.top < box.top || at.bottom > box.bottom) {  // to the middle: the rows around it show
      preview.scrollTop += (at.top + at.bottom) / 2 - (box.top + box.bottom) / 2;
    }
  }
  function highlight(no, reveal) {
    Array.prototype.forEach.call(preview.querySelectorAll("tr.step.is-current"), function (tr) {
      tr.classList.remove("is-current");
    });
    Array.prototype.forEach.call(stepList.querySelectorAll(".langkah.is-current"), function (li) {
      li.classList.remove("is-current");
    });
    current = no;
    backLink.hidden = !no;
    if (!no) { return; }
    backLink.textContent = fmt(words.back, { n: no });
    var item = stepList.children[no - 1], row = previewRow(no);
    if (item) { item.classList.add("is-current"); }
    if (row) { row.classList.add("is-current"); }
    if (row && reveal !== false && docked() && previewOpen()) { scrollPreviewTo(row); }
  }
  function headsHeight() {  // the sticky column heads over the rows (wide windows)
    var heads = document.querySelector(".langkah-kepala");
    return heads && heads.offsetParent ? heads.offsetHeight : 0;
  }
  function revealStep(item) {  // the step near the top of what the heads and dock leave visible
    var rect = item.getBoundingClientRect(), above = headsHeight();
    var room = window.innerHeight - (docked() ? panel.getBoundingClientRect().height : 0);
    if (rect.top < above || rect.bottom > room) {
      window.scrollBy(0, rect.top - above - (room - above) * 0.2);
    }
  }
  function focusStep(no) {
    var item = stepList.children[no - 1];
    if (!item) { return; }
    var uraian = item.querySelector("[data-f=uraian]");
    uraian.focus({ preventScroll: true });
    revealStep(item);
    highlight(no);
  }
  function showInPreview(no) {
    if (docked() && !previewOpen()) { setOpen(true); }
    highlight(no);
    var row = previewRow(no) || preview;
    if (row !== preview) { row.tabIndex = -1; }
    if (docked()) {
      if (row !== preview) { scrollPreviewTo(row); }
    } else {
      row.scrollIntoView({ block: "center" });
    }
    row.focus({ preventScroll: true });
  }
  function setOpen(open) {
    panel.classList.toggle("is-tutup", !open);
    panelToggle.setAttribute("aria-expanded", open ? "true" : "false");
    panelToggle.textContent = open ? words.hidePreview : words.showPreview;
    fitDock();
  }
  function fitDock() {  // a focused field scrolled into view stays above the dock
    var root = document.documentElement;
    panel.classList.toggle("is-dok", wide.matches);
    panelToggle.hidden = !wide.matches;
    root.style.scrollPaddingBottom = docked() ? Math.ceil(panel.offsetHeight + 16) + "px" : "";
    root.style.scrollPaddingTop = docked() ? (headsHeight() + 8) + "px" : "";
  }
  stepList.addEventListener("focusin", function (event) {
    var at = stepOf(event.target);
    if (at && current !== at.index + 1) { highlight(at.index + 1); }
  });
  editor.addEventListener("focusin", function (event) {
    if (!stepList.contains(event.target) && event.target.matches("[data-path]")) {
      highlight(null);
      if (docked()) { preview.scrollTop = 0; }
    }
  });
  preview.addEventListener("click", function (event) {
    var tr = event.target.closest("tr.step[data-no]");
    if (tr) { focusStep(parseInt(tr.getAttribute("data-no"), 10)); }
  });
  preview.addEventListener("keydown", function (event) {
    var tr = event.target.closest("tr.step[data-no]");
    if (tr && event.key === "Enter") { focusStep(parseInt(tr.getAttribute("data-no"), 10)); }
  });
  backLink.addEventListener("click", function (event) {
    event.preventDefault();
    focusStep(current);
  });
  panelToggle.addEventListener("click", function () { setOpen(!previewOpen()); });

  /* start */
  if (!table || typeof table !== "object") { return; }
  editor.hidden = false;
  bindIdentity();
  renderColumns();
  renderSteps();
  applyStyles(preview);
  preparePreview();
  showProblems(boot.problems || []);
  document.addEventListener("keydown", onShortcut);
  fitDock();
  if (wide.addEventListener) { wide.addEventListener("change", fitDock); }
  if (window.ResizeObserver) { new ResizeObserver(fitDock).observe(panel); }
}(this));

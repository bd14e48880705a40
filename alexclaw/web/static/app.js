// Live supervision tree on the dashboard (server-sent events).
(function () {
  "use strict";
  var body = document.getElementById("tree-body");
  if (!body || !window.EventSource) { return; }
  function cell(text, cls) {
    var td = document.createElement("td");
    if (cls) { td.className = cls; }
    td.textContent = text;
    return td;
  }
  function badge(status) {
    var td = document.createElement("td");
    var span = document.createElement("span");
    span.className = "badge " + status;
    span.textContent = status;
    td.appendChild(span);
    return td;
  }
  var source = new EventSource("/events/tree");
  source.addEventListener("tree", function (event) {
    var data = JSON.parse(event.data);
    var rows = document.createDocumentFragment();
    data.tree.forEach(function (row) {
      var tr = document.createElement("tr");
      tr.dataset.path = row.path;
      tr.appendChild(cell(row.id, "mono indent-" + Math.min(row.depth, 4)));
      tr.appendChild(cell(row.kind, "optional"));
      tr.appendChild(badge(row.status));
      tr.appendChild(cell(String(row.restarts), "restarts"));
      tr.appendChild(cell(row.last_exit || "", "mono optional"));
      rows.appendChild(tr);
    });
    body.replaceChildren(rows);
    var uptime = document.getElementById("uptime");
    if (uptime) { uptime.textContent = data.facts.uptime; }
    var memory = document.getElementById("memory");
    if (memory) { memory.textContent = data.facts.memory_mb + " MB"; }
    document.body.dataset.treeUpdates = String(Number(document.body.dataset.treeUpdates || "0") + 1);
  });
})();

// Policies: swap in the JSON scaffold of the chosen rule type.
(function () {
  "use strict";
  var select = document.getElementById("rule-type");
  var config = document.getElementById("policy-config");
  if (!select || !config) { return; }
  select.addEventListener("change", function () {
    var template = document.querySelector('template[data-scaffold="' + select.value + '"]');
    if (template) { config.value = template.innerHTML.trim(); }
  });
})();

// Forms that ask before they act (delete, clear).
(function () {
  "use strict";
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
    });
  });
})();

// Workflow editor: schedule presets fill the cron field; the cron field
// shows the next five runs as you type (validated by the server).
(function () {
  "use strict";
  var field = document.getElementById("schedule");
  var preset = document.getElementById("schedule-preset");
  var preview = document.getElementById("cron-preview");
  if (!field || !preview) { return; }
  var timer = null;
  function show(data) {
    preview.replaceChildren();
    if (data.error) {
      var bad = document.createElement("span");
      bad.className = "error-text";
      bad.textContent = data.error;
      preview.appendChild(bad);
      return;
    }
    if (!data.next.length) { return; }
    preview.appendChild(document.createTextNode("Next runs (" + data.timezone + "): "));
    var list = document.createElement("ul");
    data.next.forEach(function (when, n) {
      var li = document.createElement("li");
      li.className = "mono";
      var time = document.createElement("time");  // as every time on the pages: the zone named, UTC on hover
      time.textContent = when;
      if (data.utc && data.utc[n]) {
        time.dateTime = data.utc[n];
        time.title = data.utc[n].slice(0, 19).replace("T", " ") + " UTC";
      }
      li.appendChild(time);
      list.appendChild(li);
    });
    preview.appendChild(list);
  }
  function refresh() {
    fetch("/workflows/cron-preview?expr=" + encodeURIComponent(field.value), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(show)
      .catch(function () { /* the server check on save still applies */ });
  }
  field.addEventListener("input", function () {
    if (preset) { preset.value = "custom"; }
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  });
  if (preset) {
    preset.addEventListener("change", function () {
      if (preset.value !== "custom") { field.value = preset.value; refresh(); } else { field.focus(); }
    });
  }
})();

// Step editor: choosing another skill reloads the form for its fields.
(function () {
  "use strict";
  var choice = document.getElementById("step-skill-choice");
  if (!choice) { return; }
  choice.addEventListener("change", function () { choice.form.submit(); });
})();

// Runs: the active table follows the runs live (server-sent events).
(function () {
  "use strict";
  var body = document.getElementById("active-body");
  var cancel = document.getElementById("cancel-form");
  if (!body || !window.EventSource) { return; }
  function cell(text, cls) {
    var td = document.createElement("td");
    if (cls) { td.className = cls; }
    td.textContent = text;
    return td;
  }
  var source = new EventSource("/events/runs");
  source.addEventListener("runs", function (event) {
    var runs = JSON.parse(event.data);
    var rows = document.createDocumentFragment();
    runs.forEach(function (run) {
      var tr = document.createElement("tr");
      tr.dataset.run = String(run.run_id);
      var id = cell("", "mono");
      var link = document.createElement("a");
      link.href = "/runs/" + run.run_id;
      link.textContent = "#" + run.run_id;
      id.appendChild(link);
      tr.appendChild(id);
      tr.appendChild(cell(run.workflow_name));
      var status = cell("");
      var badge = document.createElement("span");
      badge.className = "badge running";
      badge.textContent = run.cancelling ? "cancelling" : run.status;
      status.appendChild(badge);
      tr.appendChild(status);
      tr.appendChild(cell(run.progress, "progress"));
      var actions = cell("");
      var form = cancel.content.firstElementChild.cloneNode(true);
      form.action = "/runs/" + run.run_id + "/cancel";
      actions.appendChild(form);
      tr.appendChild(actions);
      rows.appendChild(tr);
    });
    if (!runs.length) {
      var empty = document.createElement("tr");
      empty.className = "empty";
      var td = cell("Nothing running.", "muted");
      td.colSpan = 5;
      empty.appendChild(td);
      rows.appendChild(empty);
    }
    body.replaceChildren(rows);
    var count = document.getElementById("active-count");
    if (count) { count.textContent = String(runs.length); }
    document.body.dataset.runUpdates = String(Number(document.body.dataset.runUpdates || "0") + 1);
  });
})();

// Break-glass banner: counts down to the window's end, on every page.
(function () {
  "use strict";
  var banner = document.getElementById("break-glass-banner");
  if (!banner) { return; }
  var ends = Number(banner.dataset.ends) * 1000;
  var out = banner.querySelector(".countdown");
  function tick() {
    var left = Math.max(0, Math.round((ends - Date.now()) / 1000));
    out.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    if (left === 0) { banner.textContent = "Break-glass has closed: reload to see the retroactive scan."; return; }
    setTimeout(tick, 1000);
  }
  tick();
})();

// Config: filter the settings as you type; sections without a match fold away.
(function () {
  "use strict";
  var box = document.getElementById("config-filter");
  if (!box) { return; }
  var count = document.getElementById("config-filter-count");
  // A link to a setting (#key) opens its section.
  var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) {
    var holder = target.closest("details");
    if (holder) { holder.open = true; target.scrollIntoView({block: "center"}); }
  }
  box.addEventListener("input", function () {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    document.querySelectorAll("details.config-section").forEach(function (section) {
      var any = false;
      section.querySelectorAll(".setting-row").forEach(function (row) {
        var text = row.dataset.search || "";
        var match = words.every(function (w) { return text.indexOf(w) !== -1; });
        row.hidden = !match;
        if (match) { any = true; shown += 1; }
      });
      section.hidden = !any;
      if (any && words.length) { section.open = true; }
    });
    if (count) { count.textContent = words.length ? shown + " shown" : ""; }
  });
})();

// Logs: new records are appended live (server-sent events); rows older than
// the oldest record kept (after a Clear) are removed.
(function () {
  "use strict";
  var body = document.getElementById("log-body");
  if (!body || !window.EventSource) { return; }
  function cell(text, cls) {
    var td = document.createElement("td");
    if (cls) { td.className = cls; }
    td.textContent = text;
    return td;
  }
  var query = "level=" + encodeURIComponent(body.dataset.level) + "&after=" + encodeURIComponent(body.dataset.after);
  var source = new EventSource("/events/logs?" + query);
  source.addEventListener("logs", function (event) {
    var data = JSON.parse(event.data);
    Array.prototype.slice.call(body.rows).forEach(function (row) {
      if (data.first === null || Number(row.dataset.seq) < data.first) { row.remove(); }
    });
    data.records.forEach(function (record) {
      var tr = document.createElement("tr");
      tr.dataset.seq = String(record.seq);
      tr.appendChild(cell(new Date(record.at * 1000).toISOString().replace("T", " ").slice(0, 19) + " UTC", "mono"));
      var level = document.createElement("td");
      var badge = document.createElement("span");
      badge.className = "badge " + record.level.toLowerCase();
      badge.textContent = record.level;
      level.appendChild(badge);
      tr.appendChild(level);
      tr.appendChild(cell(record.logger, "mono"));
      tr.appendChild(cell(record.message, "mono pre"));
      var fields = Object.keys(record.fields).map(function (k) { return k + "=" + record.fields[k]; }).join(" ");
      tr.appendChild(cell(fields, "mono optional"));
      body.appendChild(tr);
    });
    var none = document.getElementById("no-logs");
    if (none && body.rows.length) { none.remove(); }
    document.body.dataset.logUpdates = String(Number(document.body.dataset.logUpdates || "0") + 1);
  });
})();

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

// The Chat page's Reasoning mode: the session's timeline, live. The server
// sends one event per phase, step, question, guidance, status change and
// result (id = the event's seq, so a reconnect resumes after the last one
// seen), and the budgets used as they change (shown beside the limits, not
// in the timeline); "end" closes the stream once the session has finished.
(function () {
  "use strict";
  var session = document.getElementById("session");
  var timeline = document.getElementById("timeline");
  if (!session || !timeline || !window.EventSource) { return; }
  var streamState = document.getElementById("timeline-state");
  var lastSeq = 0;
  var DETAIL_CHARS = 600;
  var FINISHED = ["completed", "failed", "stuck", "aborted"];  // Status.finished

  function byId(id) { return document.getElementById(id); }

  function setText(id, value) {
    var el = byId(id);
    if (el) { el.textContent = value; }
  }

  function clip(value) {
    var text = value === null || value === undefined ? "" : String(value);
    return text.length > DETAIL_CHARS ? text.slice(0, DETAIL_CHARS) + "…" : text;
  }

  function add(event, summary, detail, isError) {
    var li = document.createElement("li");
    li.dataset.seq = String(event.seq);
    li.dataset.kind = event.kind;
    if (isError) { li.classList.add("error"); }
    var kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = event.kind;
    var what = document.createElement("span");
    what.className = "summary";
    what.textContent = summary;
    li.appendChild(kind);
    li.appendChild(what);
    if (detail) {
      var more = document.createElement("div");
      more.className = "detail";
      more.textContent = clip(detail);
      li.appendChild(more);
    }
    timeline.appendChild(li);
    timeline.dataset.count = String(timeline.children.length);
  }

  function rubric(scores) {
    if (!scores) { return ""; }
    return Object.keys(scores).map(function (name) {
      return name.replace("_", " ") + " " + scores[name];
    }).join(" · ");
  }

  function confidence(value) {
    if (typeof value === "number") { setText("confidence", value.toFixed(2)); }
  }

  function showStatus(status, reason) {
    var badge = byId("status");
    if (badge) {
      badge.textContent = status;
      badge.className = "badge status-" + status;
    }
    setText("status-reason", reason || "");
    var listed = document.querySelector('#sessions tr[data-id="' + session.dataset.id + '"] .badge');
    if (listed) {  // the past sessions' list shows this session's status too
      listed.textContent = status;
      listed.className = "badge status-" + status;
    }
    if (status !== "waiting_user") { byId("question-box").hidden = true; }
    // A finished session takes no more controls (an interrupted one may still be resumed).
    if (FINISHED.indexOf(status) >= 0) { byId("controls").hidden = true; }
  }

  function showPlan(steps) {
    var plan = byId("plan");
    plan.textContent = "";
    (steps || []).forEach(function (step) {
      var li = document.createElement("li");
      var skill = document.createElement("strong");
      skill.textContent = step.skill;
      li.appendChild(skill);
      li.appendChild(document.createTextNode(" — " + (step.input_description || "")));
      if (step.reason) {
        var why = document.createElement("span");
        why.className = "muted";
        why.textContent = " (" + step.reason + ")";
        li.appendChild(why);
      }
      plan.appendChild(li);
    });
  }

  function showBudgets(d) {
    setText("budget-iterations", d.iterations + " / " + d.max_iterations);
    setText("budget-llm", d.llm_calls + " / " + d.max_llm_calls);
    setText("budget-time", Number(d.elapsed_seconds).toFixed(1) + " s / " + Math.round(d.time_budget_seconds) + " s");
  }

  var handlers = {
    budget: function (event, d) { showBudgets(d); },
    status: function (event, d) {
      showStatus(d.status, d.reason);
      add(event, d.status + (d.reason ? ": " + d.reason : ""), "", false);
    },
    plan: function (event, d) {
      showPlan(d.steps);
      var names = (d.steps || []).map(function (s) { return s.skill; });
      add(event, names.length + " steps: " + names.join(", "), "", false);
    },
    step: function (event, d) {
      var summary = "iteration " + d.iteration + " · " + d.phase + (d.skill ? " · " + d.skill : "") +
        (d.decision ? " → " + d.decision : "") +
        (typeof d.confidence === "number" ? " (confidence " + d.confidence.toFixed(2) + ")" : "");
      // What the step gave: its error, its output, the grade (evaluate) or
      // the model's answer (plan, decide); the guidance has its own events.
      add(event, summary, d.error || d.output || rubric(d.rubric) || d.response || d.input || "", Boolean(d.error));
      confidence(d.confidence);
    },
    question: function (event, d) {
      setText("question-text", d.question || "");
      byId("question-box").hidden = false;
      add(event, d.question || "", "", false);
    },
    guidance: function (event, d) {
      add(event, (d.kind || "guidance") + ": " + (d.text || ""), "", false);
    },
    result: function (event, d) {
      setText("result", d.answer || "");
      setText("sources", d.sources && d.sources.length ? "Sources: " + d.sources.join(", ") : "");
      byId("result-box").hidden = false;
      confidence(d.confidence);
      add(event, "the result", d.answer || "", false);
    }
  };

  var source = new EventSource(session.dataset.stream);
  Object.keys(handlers).forEach(function (kind) {
    source.addEventListener(kind, function (message) {
      var event = JSON.parse(message.data);
      if (event.seq <= lastSeq) { return; }  // never twice, whatever a reconnect sends
      lastSeq = event.seq;
      handlers[kind](event, event.data || {});
    });
  });
  source.addEventListener("end", function () {
    source.close();
    streamState.textContent = "The session has finished.";
    timeline.dataset.state = "ended";
  });
  source.onopen = function () {
    streamState.textContent = "live";
    timeline.dataset.state = "live";
  };
  source.onerror = function () {
    if (timeline.dataset.state === "ended") { return; }
    if (source.readyState === EventSource.CLOSED) {  // refused (signed out, no such session): no retry
      streamState.textContent = "The timeline is not available; reload the page to try again.";
      timeline.dataset.state = "closed";
      return;
    }
    streamState.textContent = "reconnecting…";
    timeline.dataset.state = "reconnecting";
  };
})();

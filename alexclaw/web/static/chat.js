// Chat: send the message, show the answer as it streams in (one JSON object
// a line: conversation, delta..., then done or error), with the shield's verdict.
(function () {
  "use strict";
  var form = document.getElementById("chat-form");
  var messages = document.getElementById("messages");
  if (!form || !messages || !window.fetch || !window.TextDecoder) { return; }
  var status = document.getElementById("chat-status");
  var button = document.getElementById("send");

  function bubble(role, text) {
    var empty = document.getElementById("empty");
    if (empty) { empty.remove(); }
    var div = document.createElement("div");
    div.className = "message " + role;
    var who = document.createElement("div");
    who.className = "who";
    who.textContent = role === "user" ? "You" : "AlexClaw";
    var body = document.createElement("div");
    body.className = "text";
    body.textContent = text;
    div.appendChild(who);
    div.appendChild(body);
    messages.appendChild(div);
    return div;
  }

  function verdictBadge(who, verdict, reason) {
    if (!verdict) { return; }
    var span = document.createElement("span");
    span.className = "badge verdict " + (verdict === "ALLOW" ? "ok" : verdict === "BLOCK" ? "bad" : "warn");
    span.title = reason || "";
    span.textContent = "shield: " + verdict;
    who.appendChild(document.createTextNode(" "));
    who.appendChild(span);
  }

  function handle(line, answer) {
    var event = JSON.parse(line);
    var who = answer.querySelector(".who");
    var body = answer.querySelector(".text");
    if ("conversation" in event) {
      form.elements.conversation.value = String(event.conversation);
      form.dataset.conversation = String(event.conversation);
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, "", "/chat/" + event.conversation);
      }
    } else if ("delta" in event) {
      body.textContent += event.delta;
      answer.dataset.pieces = String(Number(answer.dataset.pieces || "0") + 1);
    } else if ("done" in event) {
      var done = event.done;
      var by = document.createElement("span");
      by.className = "muted";
      by.textContent = " · " + done.provider + (done.tier ? " (" + done.tier + ")" : "");
      who.appendChild(by);
      verdictBadge(who, done.verdict, done.reason);
      answer.dataset.state = "done";
    } else if ("error" in event) {
      answer.classList.add("error");
      body.textContent = event.error;
      verdictBadge(who, event.verdict, event.reason);
      answer.dataset.state = "error";
    }
  }

  form.addEventListener("submit", function (submit) {
    submit.preventDefault();
    var text = form.elements.message.value;
    if (!text.trim()) { return; }
    var data = new URLSearchParams(new FormData(form));
    bubble("user", text);
    var answer = bubble("assistant", "");
    answer.dataset.state = "streaming";
    form.elements.message.value = "";
    button.disabled = true;
    status.textContent = "answering…";
    fetch("/chat/send", {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-CSRF-Token": form.elements.csrf_token.value, "Accept": "application/x-ndjson" }
    }).then(function (response) {
      if (!response.body) { throw new Error("no stream (HTTP " + response.status + ")"); }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var pending = "";
      function pump() {
        return reader.read().then(function (chunk) {
          pending += decoder.decode(chunk.value || new Uint8Array(), { stream: !chunk.done });
          var lines = pending.split("\n");
          pending = lines.pop();
          lines.forEach(function (line) { if (line.trim()) { handle(line, answer); } });
          if (!chunk.done) { return pump(); }
          if (pending.trim()) { handle(pending, answer); }
          if (answer.dataset.state === "streaming") {
            handle(JSON.stringify({ error: "The answer stopped before it was complete (HTTP " + response.status + ")." }), answer);
          }
        });
      }
      return pump();
    }).catch(function (error) {
      handle(JSON.stringify({ error: "The answer did not arrive: " + error.message }), answer);
    }).then(function () {
      button.disabled = false;
      status.textContent = "";
    });
  });
})();

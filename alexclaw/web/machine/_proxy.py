"""The shield proxy: ``/v1/chat/completions`` (and ``/v1/models``) in the
OpenAI wire format, so any LLM client can be pointed at AlexClaw instead of
at its provider and get the shield in between.

Per request: the bearer key (``shield.proxy_api_key``, constant time; unset
= every request 401; a wrong key counts in the shared per-source "wrong
secret" limiter, and a blocked source gets 429 before its key is looked at); the
body checked field by field; credentials redacted from every message and
tool results delimited as untrusted; the shield on the prompt (a BLOCK in
block mode is refused before anything leaves); the call upstream through
the egress guard (https, or a loopback provider such as a local Ollama —
nothing private; the upstream key injected at the boundary); the shield on
the answer; credentials redacted from it. A client that asked for a stream
gets each chunk as the upstream sends it, screened in flight
(``_proxy_stream``: the guarded model call's own stream screen).
"""

from __future__ import annotations

import json
import logging
from typing import Any, Final
from urllib.parse import urlsplit

from quart import Blueprint, Response, request

from alexclaw.config import attachable, origin_of
from alexclaw.inputs import InputError, read_json
from alexclaw.llm import guarded_exchange
from alexclaw.security import (
    PROXY_BLOCKED,
    PROXY_KEY_MISSING,
    PROXY_KEY_REFUSED,
    Attempt,
    Credential,
    EgressDenied,
    EgressFailed,
    EgressPolicy,
    Endpoint,
    GuardDecision,
    InvalidChatRequest,
    InvalidCompletion,
    ScreenedPrompt,
    completion_text,
    constant_time_equals,
    error_body,
    literal_address,
    record_audit,
    redact,
    redact_completion,
    scan_leaks,
    screen_prompt,
    source_key,
    tally_refusal,
)
from alexclaw.web._guard import client_ip
from alexclaw.web._state import WebState
from alexclaw.web.machine._proxy_stream import open_stream, stream_request, streamed_response

log = logging.getLogger("alexclaw.web.proxy")

UPSTREAM_KEY: Final = "shield.proxy_upstream_api_key"
SHIELD_HEADER: Final = "X-AlexClaw-Shield"


def proxy_error(status: int, message: str, kind: str, code: str, param: str | None = None, **extra: Any) -> Response:
    return Response(
        json.dumps(error_body(message, kind, code, param, **extra)), status=status, content_type="application/json"
    )


def upstream_policy(base_url: str, with_key: bool) -> EgressPolicy:
    """The egress rule of the proxy: its one upstream. An operator-configured
    LLM provider may be on loopback (and speak plain http there); private,
    link-local and metadata addresses stay refused like everywhere else."""
    parts = urlsplit(base_url)
    host = (parts.hostname or "").lower()
    address = literal_address(host) if host else None
    local = host == "localhost" or (address is not None and address.is_loopback)
    endpoint = Endpoint(host, parts.path or "/", frozenset({"GET", "POST"}), allow_http=local)
    credentials = (Credential(host, UPSTREAM_KEY),) if with_key else ()
    return EgressPolicy("shield-proxy", (endpoint,), credentials, allow_loopback=True)


def _shield_header(prompt: GuardDecision, answer: GuardDecision | None, redacted: int) -> str:
    verdicts = f"prompt={prompt.result.verdict}; prompt_score={prompt.result.score}"
    if answer is not None:
        verdicts += f"; response={answer.result.verdict}; response_score={answer.result.score}"
    return f"{verdicts}; redacted={redacted}"


def _blocked(decision: GuardDecision, direction: str) -> Response:
    result = decision.result
    rules = [d.rule for d in result.detections][:10]
    held = (
        " A REVIEW from a proxy client passes only if shield.review_allowed_sources lists proxy."
        if decision.held_from
        else ""
    )
    return proxy_error(
        403,
        f"The shield blocked this {direction} (verdict {result.verdict}, score {result.score}: "
        f"{', '.join(rules)}).{held}",
        "shield_blocked",
        "shield_blocked",
        direction=direction,
        verdict=result.verdict,
        score=result.score,
        rules=rules,
    )


class ShieldProxy:
    def __init__(self, state: WebState) -> None:
        self.state = state

    def count(self, outcome: str) -> None:
        self.state.proxy_outcomes[outcome] += 1

    async def refuse_unauthorised(self) -> Response | None:
        """None when the bearer key is right; else the 401/429 to send."""
        config = self.state.config
        expected = str(config.get("shield.proxy_api_key") or "")
        if not self.state.database.available:
            self.count("unavailable")
            return proxy_error(503, "the node is starting", "server_error", "starting")
        ip = client_ip(self.state)
        header = request.headers.get("Authorization", "")
        given = header[7:].strip() if header[:7].lower() == "bearer " else ""

        async def right() -> bool:
            return constant_time_equals(given, expected)

        limiter = self.state.limiter
        if not (expected and given):  # no key, or the proxy off: nothing was guessed, but a block still holds
            wait = await limiter.refuse_if_locked(source_key(ip), actor=f"ip:{ip}", what="proxy key")
            attempt = Attempt(False, wait, checked=not wait)
        else:
            attempt = await limiter.attempt(source_key(ip), right, actor=f"ip:{ip}", what="proxy key")
        if attempt.passed:
            return None
        if not attempt.checked:
            tally_refusal(PROXY_BLOCKED, f"ip:{ip}", request.path)
            self.count("rejected")
            return proxy_error(
                429, f"too many failed attempts; retry in {attempt.retry_after} s", "rate_limited", "ip_blocked"
            )
        if expected and given:
            async with self.state.database.pool().acquire() as conn:
                await record_audit(conn, f"ip:{ip}", PROXY_KEY_REFUSED, request.path, outcome="denied")
        else:
            tally_refusal(PROXY_KEY_MISSING, f"ip:{ip}", request.path)
        self.count("rejected")
        why = "invalid API key" if expected else "the shield proxy is off (shield.proxy_api_key is not set)"
        return proxy_error(401, why, "invalid_request_error", "invalid_api_key")

    def upstream(self) -> tuple[str, EgressPolicy] | Response:
        base = str(self.state.config.get("shield.proxy_upstream_url") or "").rstrip("/")
        if not base:
            self.count("unavailable")
            return proxy_error(
                503, "no upstream is configured (shield.proxy_upstream_url)", "server_error", "no_upstream"
            )
        key = self.state.config.setting(UPSTREAM_KEY)
        if key is None or not key.text:
            return base, upstream_policy(base, with_key=False)
        if not attachable(key.bound_origin, base):  # the key goes only where it was entered for
            self.count("unavailable")
            return proxy_error(
                502,
                f"{UPSTREAM_KEY} was entered for another upstream; enter it again for {origin_of(base)}",
                "server_error",
                "upstream_key_unbound",
            )
        return base, upstream_policy(base, with_key=True)

    async def call(self, method: str, url: str, policy: EgressPolicy, body: bytes | None) -> Any:
        """The upstream's answer as (status, parsed JSON), or an error Response."""
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        try:
            answer = await self.state.egress.request(
                policy,
                method,
                url,
                headers=headers,
                body=body,
                screen=False,
                timeout=float(self.state.config.get("shield.proxy_timeout_seconds")),
            )
        except EgressDenied as exc:
            self.count("upstream_error")
            return proxy_error(502, f"the upstream call was refused: {exc}", "upstream_error", "egress_denied")
        except EgressFailed as exc:
            self.count("upstream_error")
            return proxy_error(504, f"the upstream call failed: {exc}", "upstream_error", "upstream_failed")
        try:
            parsed = read_json(answer.body, "upstream answer", max_bytes=self.state.egress.max_bytes, strings="chat")
        except InputError as exc:
            self.count("upstream_error")
            return proxy_error(
                502, f"the upstream answered {answer.status} without usable JSON ({exc.problem})", "upstream_error",
                "bad_upstream",
            )  # fmt: skip
        return answer.status, parsed

    async def chat(self) -> Response:
        refusal = await self.refuse_unauthorised()
        if refusal is not None:
            return refusal
        raw = await request.get_data()  # over the body limit: 413, from the app's handler
        try:  # the one reader of untrusted JSON: nesting limited, NaN/Infinity and NUL refused, not forwarded
            payload = read_json(raw, "body", strings="chat")
        except InputError as exc:
            self.count("invalid")
            return proxy_error(400, str(exc), "invalid_request_error", "invalid_json", exc.field)
        try:
            screened = screen_prompt(payload)
        except InvalidChatRequest as exc:
            self.count("invalid")
            return proxy_error(400, str(exc), "invalid_request_error", "invalid_request", exc.param)
        target = self.upstream()
        if isinstance(target, Response):
            return target
        base, policy = target
        source = f"proxy:{screened.model}"[:200]

        async def send(prompt: GuardDecision) -> Response | tuple[int, Any]:
            if screened.stream:  # screened chunk by chunk as it arrives (the guarded call's stream screen)
                return await self.stream(base, policy, screened, prompt, source)
            answer: Response | tuple[int, Any] = await self.call(
                "POST", f"{base}/chat/completions", policy, json.dumps(screened.body).encode()
            )
            return answer

        def answer_text(reply: Response | tuple[int, Any]) -> str | None:
            if isinstance(reply, Response) or reply[0] != 200:
                return None  # a stream, or an error to pass on: nothing whole to judge here
            return completion_text(reply[1])

        def redacted(reply: Response | tuple[int, Any]) -> tuple[Response | tuple[int, Any], int]:
            assert not isinstance(reply, Response)
            cleaned, count = redact_completion(reply[1])
            return (reply[0], cleaned), count

        try:  # the one order of steps every model call takes (alexclaw.llm.guarded_exchange)
            exchange = await guarded_exchange(  # a proxy client is outside: its REVIEW is refused unless allowed
                self.state.shield, screened.judged_text, source, send, answer_text=answer_text, redacted=redacted,
                outside="proxy",
            )  # fmt: skip
        except InvalidCompletion as exc:
            self.count("upstream_error")
            return proxy_error(
                502, f"the upstream answer is not a chat completion: {exc}", "upstream_error", "bad_upstream"
            )
        if exchange.reply is None:
            self.count("blocked_prompt")
            return _blocked(exchange.prompt, "prompt")
        if exchange.response is not None and not exchange.response.allowed:
            self.count("blocked_response")
            return _blocked(exchange.response, "response")
        if isinstance(exchange.reply, Response):
            return exchange.reply
        status, completion = exchange.reply
        if status != 200:
            self.count("upstream_error")
            return _passed_on(status, completion)
        assert exchange.response is not None
        self.count("forwarded")
        header = {
            SHIELD_HEADER: _shield_header(exchange.prompt, exchange.response, screened.redacted + exchange.redacted)
        }
        return Response(json.dumps(completion), content_type="application/json", headers=header)

    async def stream(
        self, base: str, policy: EgressPolicy, screened: ScreenedPrompt, prompt: GuardDecision, source: str
    ) -> Response:
        """Forward each chunk as it arrives, screened in flight (the guarded
        model call's stream screen); the upstream's error status is answered
        before the stream starts."""
        assert self.state.egress is not None and self.state.shield is not None
        timeout = float(self.state.config.get("shield.proxy_timeout_seconds"))
        url = f"{base}/chat/completions"
        try:
            stack, reply = await open_stream(self.state.egress, policy, url, stream_request(screened), timeout)
        except EgressDenied as exc:
            self.count("upstream_error")
            return proxy_error(502, f"the upstream call was refused: {exc}", "upstream_error", "egress_denied")
        except EgressFailed as exc:
            self.count("upstream_error")
            return proxy_error(504, f"the upstream call failed: {exc}", "upstream_error", "upstream_failed")
        if reply.status != 200:
            try:
                raw = await reply.read()
            except EgressFailed as exc:
                raw = json.dumps({"error": {"message": str(exc)}}).encode()
            finally:
                await stack.aclose()
            self.count("upstream_error")
            try:
                said = read_json(raw, "upstream answer", max_bytes=self.state.egress.max_bytes, strings="chat")
            except InputError as exc:
                return proxy_error(
                    502, f"the upstream answered {reply.status} without usable JSON ({exc.problem})", "upstream_error",
                    "bad_upstream",
                )  # fmt: skip
            return _passed_on(reply.status, said)
        self.count("forwarded")
        return streamed_response(
            stack=stack,
            reply=reply,
            shield=self.state.shield,
            source=source,
            include_usage=screened.include_usage,
            max_bytes=self.state.egress.max_bytes,
            headers={SHIELD_HEADER: f"prompt={prompt.result.verdict}; prompt_score={prompt.result.score}; streamed"},
            count=self.count,
        )

    async def models(self) -> Response:
        refusal = await self.refuse_unauthorised()
        if refusal is not None:
            return refusal
        target = self.upstream()
        if isinstance(target, Response):
            return target
        base, policy = target
        reply = await self.call("GET", f"{base}/models", policy, None)
        if isinstance(reply, Response):
            return reply
        status, listing = reply
        return _passed_on(status, listing)


def _passed_on(status: int, body: Any) -> Response:
    """The provider's own answer (a 429 to back off from, a 400 about a
    parameter…), credentials redacted. Its 401/403 are about the proxy's
    upstream key, not the client's: a 502 says so."""
    if status in {401, 403}:
        error = body.get("error") if isinstance(body, dict) else None
        said = error.get("message") if isinstance(error, dict) else None
        return proxy_error(
            502,
            f"the upstream refused the proxy's credentials (shield.proxy_upstream_api_key): {said or status}",
            "upstream_error",
            "upstream_auth",
        )
    text = json.dumps(body)
    return Response(redact(text, scan_leaks(text)), status=status, content_type="application/json")


def build(state: WebState) -> Blueprint:
    bp = Blueprint("shield_proxy", __name__)
    proxy = ShieldProxy(state)

    @bp.post("/v1/chat/completions")
    async def chat_completions() -> Response:
        return await proxy.chat()

    @bp.get("/v1/models")
    async def models() -> Response:
        return await proxy.models()

    return bp

"""Generated JSON-RPC messages for ``/mcp``, and the one client that sends
them: the method names the SDK serves and made-up ones, params of the
wrong type, huge or nested thousands deep, ``tools/call`` naming the
node's real tools (exactly, dotted, mangled) or invented ones with
arguments that fit their schema, half fit or are garbage, ``resources/read``
on every template with generated ids and on URIs of any shape, ids null,
fractional, huge, of the wrong type or missing (a notification),
envelopes missing a member or of another version, batches, and bodies
that are not JSON at all. Sent in an established session (after a valid
``initialize``) or as a self-contained 2026-07-28 request."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

import httpx
from hypothesis import strategies as st
from mcp.shared.inbound import encode_header_value
from mcp_types import CLIENT_CAPABILITIES_META_KEY, PROTOCOL_VERSION_META_KEY

from tests.fuzz.http import json_values, texts

SESSION_VERSION: Final = "2025-11-25"  # the newest handshake version: an initialize'd session
MODERN_VERSION: Final = "2026-07-28"  # self-contained requests, no session
ACCEPT: Final = "application/json, text/event-stream"
# subscriptions/listen is left out: its answer is a stream that never ends by
# itself (tests/alexclaw/mcp/test_endpoint.py listens on it).
METHODS: Final = (
    "initialize", "ping", "tools/list", "tools/call", "resources/list", "resources/templates/list",
    "resources/read", "resources/subscribe", "resources/unsubscribe", "prompts/list", "prompts/get",
    "completion/complete", "logging/setLevel", "tasks/get", "tasks/list", "sampling/createMessage",
)  # fmt: skip
NOTIFICATIONS: Final = (
    "notifications/initialized", "notifications/cancelled", "notifications/progress",
    "notifications/roots/list_changed", "notifications/message",
)  # fmt: skip
KINDS: Final = ("resources", "knowledge", "memory", "workflows", "runs", "config")
DEEP: Final = "@@DEEP@@"  # stands for a nesting too deep to build as a Python value
# Codes a bad input may be answered with: parse error, invalid request, no
# such method, invalid params, and the 2026-07-28 envelope's header
# mismatch, missing capability and unsupported version. Never 0 (the SDK's
# code for a handler that raised) nor -32603 (internal error).
BAD_INPUT_CODES: Final = frozenset({-32700, -32600, -32601, -32602, -32020, -32021, -32022})
GATE_CODES: Final = frozenset({-32600})  # the gate's 413: a body over mcp.max_body_bytes
# Answered by HTTP alone, before any JSON-RPC: the 2026-07-28 path's wrong
# method (405) or Accept (406), and Hypercorn's 431 for headers over its
# limit (an Mcp-Name header carrying a URI of hundreds of KB).
BARE_STATUSES: Final = frozenset({405, 406, 431})


@dataclass(frozen=True)
class Message:
    """One POST to /mcp: its body, and the headers the mode adds."""

    body: bytes
    modern: bool
    method: str | None  # the envelope's method, when it is a string
    expected_id: int | str | None  # a well-formed request's id: the answer must carry it
    headers: tuple[tuple[str, str], ...] = ()

    def __repr__(self) -> str:  # enough to replay with curl
        mode = "modern" if self.modern else "session"
        return f"Message({mode} {self.method!r} headers={self.headers!r:.300} body={self.body[:800]!r})"


def one_in(draw: st.DrawFn, n: int) -> bool:
    """True once in ``n`` draws (a plain ``integers(0, n) == 0`` would be
    true far more often: Hypothesis favours the bounds)."""
    return bool(draw(st.sampled_from((False,) * (n - 1) + (True,))))


def ids() -> st.SearchStrategy[Any]:
    """Mostly ids a request may carry (so handlers are reached), else any value."""
    fine = st.one_of(st.integers(min_value=-(2**31), max_value=2**31), st.text(min_size=1, max_size=12))
    return st.sampled_from((True, True, False)).flatmap(lambda usual: fine if usual else odd_ids())


def odd_ids() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.integers(min_value=-(10**30), max_value=10**30),
        st.sampled_from([0, -1, 2**53, 2**53 + 1, 2**63, 2**64, 10**400]),
        st.floats(allow_nan=False, allow_infinity=False),
        st.none(),
        st.booleans(),
        texts(),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    )


def huge_text() -> st.SearchStrategy[str]:
    return st.integers(min_value=10_000, max_value=300_000).map(lambda n: "ü" * n)


def garbage() -> st.SearchStrategy[Any]:
    """A value of any JSON type; now and then huge, or nested too deep to parse."""
    rare = st.one_of(huge_text(), st.just(DEEP), st.lists(huge_text(), min_size=2, max_size=3))
    return st.sampled_from((False,) * 11 + (True,)).flatmap(lambda huge: rare if huge else json_values())


@st.composite
def tool_names(draw: st.DrawFn, real: tuple[str, ...]) -> str:
    name = draw(st.sampled_from(real))
    how = draw(st.sampled_from(["exact"] * 6 + ["dotted", "mangled", "invented", "prefix only"]))
    if how == "dotted":
        return name.replace(":", ".", 1)
    if how == "mangled":
        return draw(st.sampled_from([name.upper(), name + " ", name + "\x00", name * 40, name.replace(":", "::")]))
    if how == "invented":
        return draw(st.sampled_from(["skill:", "workflow:"])) + draw(texts())
    if how == "prefix only":
        return draw(st.sampled_from(["skill:", "workflow:", "skill.", ":", ""]))
    return name


@st.composite
def tool_arguments(draw: st.DrawFn, schema: dict[str, Any]) -> Any:
    """Arguments for a tool: fitting its schema's names with any values,
    with an unknown name mixed in, or not an object at all."""
    fields = sorted(schema.get("properties", {}))
    how = draw(st.sampled_from(["named"] * 7 + ["unknown", "not an object", "none"]))
    if how == "none":
        return None
    if how == "not an object":
        return draw(garbage())
    named = draw(st.dictionaries(st.sampled_from(fields), garbage(), max_size=len(fields))) if fields else {}
    typed = {name: draw(_fitting(spec)) for name, spec in schema.get("properties", {}).items() if draw(st.booleans())}
    arguments = named | typed if draw(st.booleans()) else typed | named
    if how == "unknown":
        arguments[draw(texts())] = draw(json_values())
    return arguments


def _fitting(spec: dict[str, Any]) -> st.SearchStrategy[Any]:
    """A value of the field's declared type, at and past its bounds."""
    if "enum" in spec:
        return st.sampled_from(list(spec["enum"]))
    kind = spec.get("type")
    low, high = spec.get("minimum"), spec.get("maximum")
    edges = [v for v in (low, high) if v is not None] or [0]
    if kind == "integer":
        return st.one_of(st.sampled_from([int(e) for e in edges]), st.integers(min_value=-(2**70), max_value=2**70))
    if kind == "number":
        return st.one_of(st.sampled_from(edges), st.floats(allow_nan=False, allow_infinity=False))
    if kind == "boolean":
        return st.booleans()
    if kind == "string":
        return st.one_of(texts(), st.just(""))
    return json_values()


@st.composite
def resource_uris(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(KINDS))
    tail = draw(
        st.one_of(
            st.sampled_from(["list", "0", "1", "-1", "999999999999", "9" * 5000, "\u00b2", "search:", "1/2", ""]),
            st.integers(min_value=-(2**70), max_value=2**70).map(str),
            texts().map(lambda t: "search:" + t),
            huge_text().map(lambda t: "search:" + t),
            texts(),
        )
    )
    return draw(
        st.sampled_from([
            f"alexclaw://{kind}/{tail}", f"alexclaw://{kind}/{tail}", f"alexclaw://{kind}{tail}",
            f"alexclaw:{kind}/{tail}", f"https://{tail}", tail, f"file:///{tail}",
        ])
    )  # fmt: skip


@st.composite
def params_for(draw: st.DrawFn, method: str, tools: dict[str, dict[str, Any]]) -> Any:
    """Params for ``method``: mostly its own shape, with wrong types in it;
    sometimes any value at all."""
    if one_in(draw, 10):
        return draw(st.one_of(st.none(), garbage()))
    if method == "tools/call":
        name = draw(tool_names(tuple(sorted(tools))))
        schema = tools.get(name.replace(".", ":", 1), {"properties": {"input": {}}})
        params: dict[str, Any] = {"name": name, "arguments": draw(tool_arguments(schema))}
        if one_in(draw, 6):
            params["name"] = draw(garbage())
    elif method in ("resources/read", "resources/subscribe", "resources/unsubscribe"):
        params = {"uri": draw(st.one_of(resource_uris(), resource_uris(), garbage()))}
    elif method == "initialize":
        params = {
            "protocolVersion": draw(st.sampled_from([SESSION_VERSION, "2024-11-05", "1999-01-01"]) | garbage()),
            "capabilities": draw(st.one_of(st.just({}), garbage())),
            "clientInfo": draw(st.one_of(st.just({"name": "fuzz", "version": "1"}), garbage())),
        }
    elif method == "logging/setLevel":
        params = {"level": draw(st.one_of(st.sampled_from(["debug", "info", "emergency"]), garbage()))}
    elif method == "notifications/cancelled":
        params = {"requestId": draw(ids()), "reason": draw(texts())}
    elif method in ("prompts/get", "completion/complete"):
        params = {"name": draw(texts()), "ref": draw(garbage()), "argument": draw(garbage())}
    else:
        params = draw(st.dictionaries(st.one_of(st.sampled_from(["cursor", "_meta", "name", "uri"]), texts()),
                                      garbage(), max_size=3))  # fmt: skip
    if one_in(draw, 10):
        params["_meta"] = draw(garbage())
    return params


def _dumps(value: Any, rng_ascii: bool, depth: int) -> bytes:
    text = json.dumps(value, ensure_ascii=rng_ascii, allow_nan=True)
    deep = "[" * depth + "]" * depth
    return text.replace(json.dumps(DEEP), deep).encode("utf-8", "surrogatepass")


def well_formed_id(envelope: Any) -> int | str | None:
    """The id the answer must carry, for an envelope that is a request by
    JSON-RPC 2.0's letter (a string method, an integer or string id)."""
    if not isinstance(envelope, dict) or envelope.get("jsonrpc") != "2.0":
        return None
    if not isinstance(envelope.get("method"), str) or "id" not in envelope:
        return None
    if "params" in envelope and not isinstance(envelope["params"], dict):
        return None
    value = envelope["id"]
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    return value if isinstance(value, str) or abs(value) < 2**53 else None


# What a message is about: one fuzz run each, so each gets its share.
FAMILIES: Final = ("tools/call", "resources/read", "method", "notification", "unknown", "envelope")


@st.composite
def envelopes(draw: st.DrawFn, tools: dict[str, dict[str, Any]], family: str) -> dict[str, Any]:
    if family in ("tools/call", "resources/read"):
        method = family
    elif family == "notification":
        method = draw(st.sampled_from(NOTIFICATIONS))
    elif family == "unknown":
        method = draw(texts())
    else:
        method = draw(st.sampled_from(METHODS))
    envelope: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
    if family != "notification" or one_in(draw, 6):
        envelope["id"] = draw(ids())
    if family in ("tools/call", "resources/read") or not one_in(draw, 7):
        envelope["params"] = draw(params_for(method, tools))
    if family == "damaged":
        damage = draw(st.sampled_from(["version", "no jsonrpc", "method type", "no method", "extra"]))
        if damage == "version":
            envelope["jsonrpc"] = draw(st.sampled_from(["1.0", "2", 2.0, None, "2.0 "]))
        elif damage == "no jsonrpc":
            envelope.pop("jsonrpc")
        elif damage == "method type":
            envelope["method"] = draw(garbage())
        elif damage == "no method":
            envelope.pop("method")
        else:
            envelope[draw(texts())] = draw(json_values())
    return envelope


RAW_BODIES: Final = (
    b"", b"{", b"[", b"null", b"1", b'"2.0"', b"[]", b"{}", b"\xef\xbb\xbf{}", b"\xff\xfe", b'{"jsonrpc": "2.0"',
    b'{"jsonrpc": "2.0", "method": "ping", "id": NaN}', b'{"jsonrpc": "2.0", "method": "ping", "id": 1e999}',
    b'{"jsonrpc": "2.0", "method": "ping", "id": 1, "id": 2}', b'{"jsonrpc":"2.0","method":"ping","id":1}' * 2,
)  # fmt: skip


@st.composite
def messages(draw: st.DrawFn, tools: dict[str, dict[str, Any]], family: str) -> Message:
    """One message of ``family`` (``envelope``: a damaged envelope, a
    batch, or a body that is not JSON-RPC at all)."""
    modern = one_in(draw, 5)
    depth = draw(st.sampled_from([64, 1000, 100_000]))
    if family == "envelope":
        shape = draw(st.sampled_from(["damaged", "damaged", "batch", "raw"]))
        if shape == "raw":
            body = draw(st.one_of(st.sampled_from(RAW_BODIES), st.binary(max_size=200)))
            return Message(body, modern, None, None, _mode_headers(modern, None, None))
        if shape == "batch":
            batch = draw(st.lists(st.sampled_from(FAMILIES[:-1]).flatmap(lambda f: envelopes(tools, f)), max_size=4))
            body = _dumps(batch, draw(st.booleans()), depth)
            return Message(body, modern, None, None, _mode_headers(modern, None, None))
        family = "damaged"
    envelope = draw(envelopes(tools, family))
    method = envelope.get("method") if isinstance(envelope.get("method"), str) else None
    if modern and "params" not in envelope and not one_in(draw, 6):
        envelope["params"] = {}
    params = envelope.get("params")
    if modern and isinstance(params, dict) and not one_in(draw, 6):  # the per-request envelope it needs
        meta = params["_meta"] if isinstance(params.get("_meta"), dict) else {}
        params["_meta"] = meta | {PROTOCOL_VERSION_META_KEY: MODERN_VERSION, CLIENT_CAPABILITIES_META_KEY: {}}
    name = params.get("name", params.get("uri")) if isinstance(params, dict) else None
    deep = DEEP in json.dumps(envelope)
    expected = None if deep else well_formed_id(envelope)
    headers = _mode_headers(modern, method, name if isinstance(name, str) else None)
    return Message(_dumps(envelope, draw(st.booleans()), depth), modern, method, expected, headers)


def _mode_headers(modern: bool, method: str | None, name: str | None) -> tuple[tuple[str, str], ...]:
    if not modern:
        return ()
    headers = [("MCP-Protocol-Version", MODERN_VERSION)]
    if method is not None:
        headers.append(("Mcp-Method", encode_header_value(method)))
    if name is not None:
        headers.append(("Mcp-Name", encode_header_value(name)))
    return tuple(headers)


def sse_messages(text: str) -> list[Any]:
    """The JSON-RPC messages of an event stream's ``data:`` fields."""
    found = []
    for event in text.replace("\r\n", "\n").split("\n\n"):
        data = "\n".join(line[5:].lstrip(" ") for line in event.split("\n") if line.startswith("data:"))
        if data.strip():
            found.append(json.loads(data))
    return found


def answered(response: httpx.Response) -> list[Any]:
    """Every JSON-RPC message in an answer (none for a bare status)."""
    kind = response.headers.get("content-type", "")
    if kind.startswith("text/event-stream"):
        return sse_messages(response.text)
    if kind.startswith("application/json") and response.content.strip():
        value = json.loads(response.content)
        return [v for v in (value if isinstance(value, list) else [value]) if v is not None]
    return []


def problems(message: Message, response: httpx.Response) -> list[str]:
    """What is wrong with the answer to ``message`` (empty: nothing)."""
    found: list[str] = []
    status = response.status_code
    if status >= 500:
        return [f"HTTP {status}"]
    try:
        replies = answered(response)
    except ValueError as exc:
        return [f"an answer that is not JSON ({exc}): {response.text[:300]!r}"]
    for reply in replies:
        if not isinstance(reply, dict) or reply.get("jsonrpc") != "2.0":
            found.append(f"not a JSON-RPC 2.0 message: {reply!r:.300}")
            continue
        if "method" in reply:
            continue  # a notification or request of the server's own, on the stream
        if ("result" in reply) == ("error" in reply):
            found.append(f"neither or both of result and error: {reply!r:.300}")
        error = reply.get("error")
        if isinstance(error, dict):
            code = error.get("code")
            allowed = BAD_INPUT_CODES | (GATE_CODES if status == 413 else frozenset())
            if not isinstance(code, int) or code not in allowed:
                found.append(f"error code {code!r} (a handler crashed, or an unexpected code): {error!r:.400}")
            if not isinstance(error.get("message"), str):
                found.append(f"an error without a message: {error!r:.300}")
    if message.expected_id is not None and status == 200:
        ids_seen = [r.get("id") for r in replies if isinstance(r, dict) and "method" not in r]
        if message.expected_id not in ids_seen:
            found.append(f"no answer carries the request's id {message.expected_id!r}: ids {ids_seen!r:.200}")
    if status >= 400 and not replies and status not in BARE_STATUSES:
        found.append(f"HTTP {status} without a JSON-RPC error: {response.text[:300]!r}")
    return found

"""Generated HTTP requests for every route of the node: the routes are read
from the app's url_map (plus ``/mcp``, dispatched in front of it), so a
route added later is fuzzed without a new test; the field names come from
the pages' own code, so handlers see the names they read."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

from hypothesis import strategies as st
from werkzeug.routing import Map

from tests.alexclaw.web.fuzz_support import MCP_PATHS

WEB = Path(__file__).parents[2] / "alexclaw" / "web"
ARGUMENT: Final = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")
FIELD_READ: Final = re.compile(r"""(?:args|form|files)(?:\.get(?:list)?\(|\[)["']([\w.]+)["']""")
MORE_FIELDS: Final = ("cfg.value", "route.default", "input_from", "timeout_ms", "before", "since", "until",
                      "actor", "action", "target", "outcome", "format", "page", "id")  # fmt: skip
# Event streams never end by themselves: their answer is read to the headers only.
STREAMS: Final = ("/events/",)
# Stands for the session's CSRF token, which changes when the fuzzer logs in again.
TOKEN: Final = "CSRF-TOKEN-OF-THE-SESSION"
HOSTILE_TEXT: Final = (
    "..", "\u00b2", "\u0661\u0662", "../../etc/passwd", "%00", "\x00", "\udcff", "ü" * 300, "9" * 5000, "-1", "0",
    "1e999", "NaN", "[]", "{}", "<script>", "'; DROP TABLE x;--", "\u202e", " ",
)  # fmt: skip
CONTENT_TYPES: Final = (
    "application/json", "application/json; charset=latin-1", "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=utf-16", "multipart/form-data", "multipart/form-data; boundary=zz",
    "text/plain", "text/html", "application/octet-stream", "application/xml", "", "*/*", "application/json;;;",
)  # fmt: skip


@dataclass(frozen=True)
class Route:
    rule: str
    method: str
    arguments: tuple[tuple[str, str], ...]  # (converter, name); converter "" is a plain string

    @property
    def stream(self) -> bool:
        return self.rule.startswith(STREAMS)


@dataclass(frozen=True)
class Request:
    route: Route
    method: str
    path: str
    query: str
    headers: dict[str, str | bytes]
    body: bytes
    session: str  # "csrf": logged in with the CSRF token; "session": without it; "anonymous"

    def __repr__(self) -> str:  # what a failure shows: enough to replay it with curl
        where = f"{self.method} {self.path}?{self.query[:300]}"
        return f"Request({where} session={self.session} headers={self.headers!r:.600} body={self.body[:600]!r})"


def routes(url_map: Map) -> list[Route]:
    found = []
    for rule in url_map.iter_rules():
        arguments = tuple((m.group(1) or "", m.group(2)) for m in ARGUMENT.finditer(rule.rule))
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            found.append(Route(rule.rule, method, arguments))
    found += [Route(path, method, ()) for path in sorted(MCP_PATHS) for method in ("GET", "POST", "DELETE")]
    return sorted(found, key=lambda r: (r.rule, r.method))


def field_names() -> tuple[str, ...]:
    names = {m.group(1) for path in WEB.rglob("*.py") for m in FIELD_READ.finditer(path.read_text())}
    return tuple(sorted(names | set(MORE_FIELDS)))


def texts() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=40),
        st.sampled_from(HOSTILE_TEXT),
        st.integers(min_value=-(10**40), max_value=10**40).map(str),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=12).map(lambda t: t * 50),
    )


def encoded(value: str | bytes, safe: str = "") -> str:
    """Percent-encoded as a client might: a lone surrogate goes out as
    its raw (invalid UTF-8) bytes."""
    raw = value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
    return quote(raw, safe=safe)


def parts() -> st.SearchStrategy[str | bytes]:
    return st.one_of(texts(), st.binary(max_size=24))


@st.composite
def path_value(draw: st.DrawFn, converter: str, valid: str | None) -> str:
    if valid is not None and draw(st.booleans()):
        return valid
    if converter in ("int", "bigint"):
        number = st.one_of(
            st.integers(min_value=-(2**70), max_value=2**70), st.sampled_from([2**31 - 1, 2**31, 2**63 - 1, 2**63])
        )
        return encoded(draw(st.one_of(number.map(str), parts())))
    return encoded(draw(parts()), safe="/" if converter == "path" else "")


def json_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(min_value=-(2**80), max_value=2**80), st.floats(allow_nan=False),
        texts(),
    )  # fmt: skip
    return st.recursive(
        scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts(), inner, max_size=4), max_leaves=12
    )


@st.composite
def body_of(draw: st.DrawFn, names: tuple[str, ...], with_token: bool) -> tuple[bytes, str | None]:
    """A body and the content type the client claims for it (maybe a lie)."""
    kind = draw(st.sampled_from(["form", "json", "form", "raw", "multipart", "none"]))
    field = st.one_of(st.sampled_from(names), st.text(max_size=12))
    if kind == "none":
        return b"", None
    if kind == "form":
        fields = draw(st.dictionaries(field, parts(), max_size=6))
        pairs = [f"{encoded(k)}={encoded(v)}" for k, v in fields.items()]
        if with_token:
            pairs.append(f"csrf_token={TOKEN}")
        claimed = draw(st.sampled_from(["application/x-www-form-urlencoded", *CONTENT_TYPES]))
        return "&".join(pairs).encode(), claimed
    if kind == "json":
        value = draw(st.one_of(json_values(), st.dictionaries(field, json_values(), max_size=6)))
        text = json.dumps(value, ensure_ascii=draw(st.booleans()))
        return text.encode("utf-8", "surrogatepass"), draw(st.sampled_from(["application/json", *CONTENT_TYPES]))
    if kind == "multipart":
        name, value = draw(field), draw(st.binary(max_size=64))
        boundary = "fuzzbound"
        filename = draw(st.text(max_size=8))
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
        body = (head + "Content-Type: application/json\r\n\r\n").encode("utf-8", "surrogatepass") + value
        body += f"\r\n--{boundary}--\r\n".encode()
        if with_token:
            body = (
                f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n{TOKEN}\r\n'.encode() + body
            )
        lie = draw(st.booleans())
        return body, "application/json" if lie else f"multipart/form-data; boundary={boundary}"
    return draw(st.binary(max_size=300)), draw(st.sampled_from(CONTENT_TYPES))


def header_values(right: dict[str, str]) -> st.SearchStrategy[dict[str, str | bytes]]:
    """Headers a client may send: the right secret or a wrong one, huge
    values, bytes that are no encoding, a forwarded chain."""
    bearer = st.sampled_from(
        [f"Bearer {v}" for v in right.values()] + ["Bearer wrong", "Basic Zm9vOmJhcg==", "Bearer "]
    )
    junk: st.SearchStrategy[str | bytes] = st.one_of(
        st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40),
        st.binary(max_size=30).map(lambda b: bytes(c for c in b if c not in b"\r\n\x00")),
        st.integers(min_value=100, max_value=20_000).map(lambda n: "x" * n),
    )
    choices = {
        "Accept": st.sampled_from(["text/html", "application/json", "*/*", "text/event-stream"]) | st.just(b"\xff\xfe"),
        "Authorization": bearer | junk,
        "X-Forwarded-For": junk | st.just("1.2.3.4, 127.0.0.1"),
        "X-Forwarded-Proto": st.sampled_from(["https", "http", "gopher"]),
        "X-Telegram-Bot-Api-Secret-Token": st.sampled_from([right["telegram"], "wrong"]) | junk,
        "X-GitHub-Event": st.sampled_from(["push", "pull_request", "ping", "issues", ""]) | junk,
        "X-GitHub-Delivery": st.uuids().map(str) | junk,
        "Mcp-Session-Id": junk,
        "Mcp-Protocol-Version": st.sampled_from(["2025-06-18", "2026-07-28", "1999-01-01"]) | junk,
        "Host": st.sampled_from(["127.0.0.1", "evil.example", "localhost:1"]),
        "X-CSRF-Token": junk,
        "X-Big": junk,
    }
    return st.fixed_dictionaries({}, optional=choices)


def github_signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@st.composite
def requests_for(draw: st.DrawFn, route: Route, valid: dict[str, str], right: dict[str, str]) -> Request:
    values = {name: draw(path_value(converter, valid.get(name))) for converter, name in route.arguments}
    path = ARGUMENT.sub(lambda m: values[m.group(2)], route.rule)
    names = field_names()
    query_fields = draw(st.dictionaries(st.one_of(st.sampled_from(names), st.text(max_size=8)), parts(), max_size=4))
    query = "&".join(f"{encoded(k)}={encoded(v)}" for k, v in query_fields.items())
    session = draw(st.sampled_from(["csrf", "csrf", "csrf", "session", "anonymous"]))
    method = (
        draw(st.sampled_from(["PUT", "DELETE", "PATCH", "GET", "POST"]))
        if draw(st.integers(0, 9)) == 9
        else route.method
    )
    body, claimed = draw(body_of(names, session == "csrf")) if method != "GET" else (b"", None)
    headers = dict(draw(header_values(right)))
    if claimed is not None:
        headers["Content-Type"] = claimed
    if session == "csrf" and draw(st.booleans()):
        headers["X-CSRF-Token"] = TOKEN
    if route.rule.startswith("/webhooks/github") and draw(st.booleans()):
        headers["X-Hub-Signature-256"] = github_signature(right["github"], body)
    return Request(route, method, path, query, headers, body, session)

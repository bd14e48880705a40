"""The egress client: the only way a skill reaches the network.

Per hop: the URL shape is checked (https unless the endpoint allows http;
no userinfo; no ``..``, ``%2e%2e``, ``%2f`` or broken ``%XX`` in the path),
the skill's endpoint allowlist must match (host exact or a single-label
``*.`` wildcard, path prefix per segment, method), every address the host
resolves to must be public (loopback only by an explicit grant in the
policy — local LLM providers, tests), and the request goes to the vetted
address itself (pinned; Host and SNI keep the name). Redirects are never
followed automatically: each hop is re-validated, at most 3, GET only.
Credentials are injected at the boundary from the encrypted settings by
secret name — the skill never sees a value — and only for the host they
belong to. The leak detector runs on every request before it is sent and
on the response before it is returned. Size (5 MB) and time (30 s) caps.
With a pool (the node's), a kept-alive connection is reused only for the
exact target the checks of this request chose (``_egress_pool``): every
check above still runs per request, before the pool is asked.
"""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import re
import ssl
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Final, Literal
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from alexclaw.security._egress_pool import EgressPool, PoolKey
from alexclaw.security._leaks import redact, scan_leaks
from alexclaw.security._netguard import blocked_reason, literal_address, resolve

MAX_BYTES: Final = 5 * 1024 * 1024
TIMEOUT: Final = 30.0
MAX_REDIRECTS: Final = 3
# What an httpx client would add to every request (the servers see what they saw before).
_DEFAULT_HEADERS: Final = {
    "Accept": "*/*",
    "Accept-Encoding": "gzip, deflate",
    "Connection": "keep-alive",
    "User-Agent": f"python-httpx/{httpx.__version__}",
}
_REDIRECTS: Final = frozenset({301, 302, 303, 307, 308})
_BAD_ESCAPE: Final = re.compile(r"%(?![0-9a-fA-F]{2})")


class EgressDenied(Exception):
    """The request was refused before (or between) any network I/O; the
    message says which rule."""


class EgressFailed(Exception):
    """The request was allowed but did not complete (size, time, transport)."""


class EgressTimedOut(EgressFailed):
    """No complete response within the time limit."""


class EgressTooLarge(EgressFailed):
    """The response is larger than the size cap."""


@dataclass(frozen=True)
class Endpoint:
    host: str  # "api.example.com" or "*.example.com" (one label)
    path_prefix: str = "/"
    methods: frozenset[str] = frozenset({"GET"})
    allow_http: bool = False


@dataclass(frozen=True)
class Credential:
    host: str  # injected only on requests to this host
    secret: str  # the setting that holds the value
    kind: Literal["bearer", "basic", "header", "query"] = "bearer"
    name: str = "Authorization"  # header or query parameter name
    username: str = ""  # for basic


@dataclass(frozen=True)
class EgressPolicy:
    skill: str
    endpoints: tuple[Endpoint, ...]
    credentials: tuple[Credential, ...] = ()
    allow_loopback: bool = False  # an explicit grant, never an environment switch
    # A wider explicit grant (an LLM provider on the operator's LAN): loopback,
    # RFC 1918 and unique-local addresses. Metadata and link-local stay refused.
    allow_private: bool = False
    # The same grant for these hosts only (a resource's, given on its page):
    # a redirect to another private host is refused.
    private_hosts: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EgressResponse:
    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str
    hops: tuple[str, ...] = field(default=())
    redacted: bool = False

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


def is_textual(content_type: str) -> bool:
    """Text we scan and clean; an undeclared type counts as text (fail closed)."""
    return not content_type or any(
        kind in content_type for kind in ("text", "json", "xml", "javascript", "diff", "patch")
    )


def host_matches(pattern: str, host: str) -> bool:
    pattern, host = pattern.lower().rstrip("."), host.lower().rstrip(".")
    if pattern == "*":  # any host (a core skill's declaration); the address rules still apply
        return bool(host)
    if pattern.startswith("*."):
        suffix = pattern[1:]
        return host.endswith(suffix) and "." not in host[: -len(suffix)] and len(host) > len(suffix)
    return pattern == host


def path_matches(prefix: str, path: str) -> bool:
    """Per segment: ``/v1`` allows ``/v1`` and ``/v1/x``, not ``/v10``."""
    want = [s for s in prefix.split("/") if s]
    have = [s for s in path.split("/") if s]
    return have[: len(want)] == want


def check_path(path: str) -> str | None:
    if _BAD_ESCAPE.search(path):
        return "the path has a malformed %-escape"
    lowered = path.lower()
    if "%2f" in lowered or "%5c" in lowered or "\\" in path:
        return "the path has an encoded or back slash"
    segments = lowered.split("/")
    if any(s in {"..", ".", "%2e%2e", "%2e.", ".%2e", "%2e"} for s in segments):
        return "the path has a dot segment"
    return None


_GRANTABLE: Final = frozenset({"loopback", "private", "unique local"})


def private_grantable(reason: str) -> bool:
    """Whether an allow-private grant covers an address ``blocked_reason``
    refused for ``reason``: loopback, RFC 1918 and unique-local only, never
    link-local, cloud metadata, CGNAT or the reserved ranges."""
    return reason in _GRANTABLE


def _granted(
    policy: EgressPolicy, host: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address, reason: str
) -> bool:
    if policy.allow_loopback and address.is_loopback:
        return True
    wide = policy.allow_private or host.lower() in policy.private_hosts
    return wide and private_grantable(reason)


def _leak_check(where: str, text: str) -> None:
    blocking = [f for f in scan_leaks(text) if f.action == "block"]
    if blocking:
        raise EgressDenied(f"the request {where} contains a credential ({blocking[0].name}); it was not sent")


_MASK: Final = "[REDACTED:injected_credential]"


def _without(injected: set[str], response: EgressResponse) -> EgressResponse:
    """``response`` with every injected credential value masked in its URL,
    hops, headers and (textual) body: a server that echoes what it was sent
    (a redirect to the same query, a reflecting error page) cannot hand the
    caller the secret it never saw."""
    # Longest first, so a value never leaves a tail of its encoded form; a
    # "credential" under four characters would mask ordinary text, not a secret.
    values = sorted((v for v in injected if len(v) >= 4), key=len, reverse=True)
    if not values:
        return response

    def mask(text: str) -> str:
        for value in values:
            text = text.replace(value, _MASK)
        return text

    headers = {mask(k): mask(v) for k, v in response.headers.items()}
    body = response.body
    if body and is_textual(response.headers.get("content-type", "")):
        body = mask(response.text).encode()
    changed = body != response.body or headers != dict(response.headers)
    return EgressResponse(
        response.status, headers, body, mask(response.url), tuple(mask(h) for h in response.hops),
        response.redacted or changed,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Target:
    pinned: str  # the URL with the vetted address in place of the name
    host_header: str
    extensions: dict[str, str]  # the TLS server name, for https
    key: PoolKey


class EgressClient:
    def __init__(
        self,
        secret: Callable[[str], str | None],
        *,
        max_bytes: int | Callable[[], int] = MAX_BYTES,
        timeout: float | Callable[[], float] = TIMEOUT,
        resolver: Callable[[str, int], Sequence[str]] = resolve,
        transport: httpx.AsyncBaseTransport | None = None,
        pool: EgressPool | None = None,
    ) -> None:
        """``pool``: keep connections alive in it (the node's, closed at its
        stop); without one every request has a connection of its own."""
        if pool is not None and transport is not None:
            raise ValueError("a pooled egress client has no transport of its own")
        self._secret = secret
        # Callables are read per request: a settings change applies at once.
        self._max_bytes = max_bytes if callable(max_bytes) else (lambda: max_bytes)
        self._timeout = timeout if callable(timeout) else (lambda: timeout)
        self._resolver = resolver
        self._transport = transport
        self._pool = pool
        self._tls: ssl.SSLContext | None = None

    def _tls_context(self) -> ssl.SSLContext:
        """One TLS context for every request: building one loads the CA
        bundle (≈ 20 ms), which a client per request would pay each time.
        A pooled connection is reused only for the exact target it was
        opened for (``PoolKey``): a connection opened for one name is never
        reused for another name behind the same address."""
        if self._tls is None:
            self._tls = httpx.create_ssl_context(trust_env=False)
        return self._tls

    @property
    def max_bytes(self) -> int:
        return int(self._max_bytes())

    @property
    def timeout(self) -> float:
        return float(self._timeout())

    def _vet(self, policy: EgressPolicy, method: str, url: str) -> tuple[Endpoint, str, list[str]]:
        """Allowlist and SSRF checks; returns the rule, host and addresses."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise EgressDenied(f"malformed URL: {exc}") from None
        if parts.username is not None or "@" in parts.netloc:
            raise EgressDenied("credentials in the URL (userinfo) are not allowed")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            raise EgressDenied("the URL has no host")
        why = check_path(parts.path or "/")
        if why:
            raise EgressDenied(why)
        rule = next(
            (
                e
                for e in policy.endpoints
                if host_matches(e.host, host) and path_matches(e.path_prefix, parts.path or "/")
            ),
            None,
        )
        if rule is None:
            raise EgressDenied(f"{host}{parts.path or '/'} is not in the endpoint allowlist of {policy.skill}")
        if method.upper() not in rule.methods:
            raise EgressDenied(f"method {method} is not allowed for {host}")
        scheme = parts.scheme.lower()
        # Plain http where the rule allows it, or to a host the operator
        # granted by name (a feed or service on the LAN rarely has TLS).
        granted_http = host.lower() in policy.private_hosts
        if scheme != "https" and not (scheme == "http" and (rule.allow_http or granted_http)):
            raise EgressDenied(f"scheme {scheme or '(none)'} is not allowed (https only)")
        port = port or (443 if scheme == "https" else 80)
        literal = literal_address(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            try:
                addresses = list(self._resolver(host, port))
            except (OSError, UnicodeError) as exc:
                raise EgressDenied(f"{host} does not resolve: {exc}") from None
        if not addresses:
            raise EgressDenied(f"{host} has no address")
        for answer in addresses:
            address = ipaddress.ip_address(answer.split("%")[0])
            reason = blocked_reason(address)
            if reason and not _granted(policy, host, address, reason):
                raise EgressDenied(f"{host} resolves to {address}, which is {reason}")
        return rule, host, addresses

    def _inject(
        self, policy: EgressPolicy, host: str, url: str, headers: dict[str, str], injected: set[str],
        *, secrets: Mapping[str, str] | None = None,
    ) -> str:  # fmt: skip
        """The URL to send, with the host's credentials added to it or to
        ``headers``; every form a value was sent in is added to ``injected``
        so none of them can come back to the caller in the response."""
        for credential in policy.credentials:
            if not host_matches(credential.host, host):
                continue
            given = secrets or {}
            value = given[credential.secret] if credential.secret in given else self._secret(credential.secret)
            if not value:
                raise EgressDenied(f"the secret {credential.secret} is not set; {policy.skill} cannot call {host}")
            injected.update({value, quote_plus(value), quote(value, safe="")})
            if credential.kind == "bearer":
                headers["Authorization"] = f"Bearer {value}"
            elif credential.kind == "basic":
                token = base64.b64encode(f"{credential.username}:{value}".encode()).decode()
                injected.add(token)
                headers["Authorization"] = f"Basic {token}"
            elif credential.kind == "header":
                headers[credential.name] = value
            else:
                parts = urlsplit(url)
                query = [*parse_qsl(parts.query, keep_blank_values=True), (credential.name, value)]
                url = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))
        return url

    async def request(
        self,
        policy: EgressPolicy,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        screen: bool = True,
        timeout: float | None = None,
        secrets: Mapping[str, str] | None = None,
    ) -> EgressResponse:
        """``screen=False`` returns the body as it came, for a caller that
        judges it first and redacts it itself (the shield proxy);
        ``timeout`` overrides the configured limit for this request;
        ``secrets`` holds values looked up for this request by the caller
        (a resource's credential), by the name its ``Credential`` gives —
        injected, masked in the answer, never returned, like the others."""
        method = method.upper()
        limit = self.timeout if timeout is None else timeout
        own_headers = {k: v for k, v in (headers or {}).items() if k.lower() not in {"host", "authorization"}}
        _leak_check("URL", url)
        _leak_check("headers", "\n".join(f"{k}: {v}" for k, v in own_headers.items()))
        if body:
            _leak_check("body", body.decode("utf-8", errors="replace"))
        hops: list[str] = []
        injected: set[str] = set()  # every credential value sent, in every form it was sent in
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            _rule, host, addresses = self._vet(policy, method, current)
            send_headers = dict(own_headers)
            target_url = self._inject(policy, host, current, send_headers, injected, secrets=secrets)
            target = self._target(policy, target_url, host=host, address=addresses[0])
            status, reply_headers, reply_body = await self._send(
                target, method, headers=send_headers, body=body, limit=limit
            )
            hops.append(current)
            location = reply_headers.get("location") if status in _REDIRECTS else None
            if location:
                if method != "GET":
                    raise EgressDenied(f"{status} redirect after {method}: not followed")
                current = urljoin(current, location)
                continue
            # The one way out, whatever the status (a 3xx without Location
            # included): the URL as the caller gave it, never the one the
            # credential was added to, and no injected value anywhere.
            final = _without(injected, EgressResponse(status, reply_headers, reply_body, current, tuple(hops)))
            return self._screen(final) if screen else final
        raise EgressDenied(f"more than {MAX_REDIRECTS} redirects")

    def _target(self, policy: EgressPolicy, url: str, *, host: str, address: str) -> _Target:
        """Where ``url`` goes: the vetted address itself, with the name kept
        in Host and SNI, and the pool key of that exact decision."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        ip = ipaddress.ip_address(address.split("%", maxsplit=1)[0])
        netloc = f"[{ip}]" if ip.version == 6 else str(ip)
        if parts.port:
            netloc += f":{parts.port}"
        pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        server_name = host if scheme == "https" else ""
        grant = f"{policy.skill} loopback={policy.allow_loopback} private={policy.allow_private}"
        port = parts.port or (443 if scheme == "https" else 80)
        key = PoolKey(scheme, host.lower(), port, str(ip), server_name, grant)
        return _Target(pinned, parts.netloc.rsplit("@", 1)[-1], {"sni_hostname": host} if server_name else {}, key)

    @asynccontextmanager
    async def _exchange(
        self, target: _Target, method: str, headers: Mapping[str, str], body: bytes | None, limit: float
    ) -> AsyncIterator[httpx.Response]:
        """One request to ``target``, its response open until the block
        ends: on the pool's connections for exactly this target when there
        is a pool, else on a connection of its own. Straight to the
        transport, no ``httpx.AsyncClient``: nothing (no cookie) carries
        from one request to the next, and none is built per request."""
        request = httpx.Request(
            method,
            target.pinned,
            headers={**_DEFAULT_HEADERS, **headers},
            content=body,
            extensions={**target.extensions, "timeout": httpx.Timeout(limit).as_dict()},
        )
        own = None
        if self._pool is not None:
            transport = self._pool.transport(target.key, self._tls_context)
        elif self._transport is not None:
            transport = self._transport
        else:
            transport = own = httpx.AsyncHTTPTransport(verify=self._tls_context(), trust_env=False)
        try:
            response = await transport.handle_async_request(request)
            response.request = request
            try:
                yield response
            finally:
                await response.aclose()
        finally:
            if own is not None:
                await own.aclose()

    async def _send(
        self,
        target: _Target,
        method: str,
        *,
        headers: dict[str, str],
        body: bytes | None,
        limit: float,
    ) -> tuple[int, dict[str, str], bytes]:
        headers["Host"] = target.host_header
        cap = self.max_bytes
        try:
            async with (
                asyncio.timeout(limit),
                self._exchange(target, method, headers, body, limit) as reply,
            ):
                declared = int(reply.headers.get("content-length") or 0)
                if declared > cap:
                    raise EgressTooLarge(f"the response is {declared} bytes, over the {cap}-byte cap")
                chunks, size = [], 0
                async for chunk in reply.aiter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise EgressTooLarge(f"the response exceeded the {cap}-byte cap")
                    chunks.append(chunk)
                return reply.status_code, dict(reply.headers), b"".join(chunks)
        except (TimeoutError, httpx.TimeoutException):
            raise EgressTimedOut(f"no complete response within {limit}s") from None
        except httpx.HTTPError as exc:
            raise EgressFailed(f"{type(exc).__name__}: {exc}") from None

    @staticmethod
    def _screen(response: EgressResponse) -> EgressResponse:
        """Redact credentials in a text response before the skill sees it."""
        if not response.body:
            return response
        if not is_textual(response.headers.get("content-type", "")):
            return response
        text = response.text
        findings = [f for f in scan_leaks(text) if f.action != "warn"]
        if not findings:
            return response
        return EgressResponse(
            response.status, response.headers, redact(text, findings).encode(), response.url, response.hops, True
        )

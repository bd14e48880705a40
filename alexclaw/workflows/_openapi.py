"""OpenAPI discovery for an ``api`` resource: its spec fetched once through
the egress guard (the resource's host only, its credential injected at the
edge, its allow-private grant honoured for that host), read as JSON or YAML
(OpenAPI 3 or Swagger 2), and reduced to what a step needs: the base URL
and the operations (method, path, operationId, summary).

A spec is hostile input: YAML aliases are refused (an alias bomb expands a
small file into gigabytes), only plain data is built (``SafeLoader``), the
operation count and every text are capped, and the base URL the spec names
is checked with the same address rules as the resource's own URL (a spec
cannot point the API at ``169.254.169.254``)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urljoin, urlsplit, urlunsplit

import yaml

from alexclaw.security import (
    Credential,
    EgressClient,
    EgressDenied,
    EgressFailed,
    EgressPolicy,
    Endpoint,
    resolve_async,
)
from alexclaw.workflows._model import Operation, Resource, ResourceState
from alexclaw.workflows._resource_rules import Resolver, check_resource_url, url_host
from alexclaw.workflows._resource_store import ResourceSecret

WELL_KNOWN: Final = ("openapi.json", "swagger.json")
METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_OPERATIONS: Final = 500
MAX_TEXT: Final = 200
SECRET_NAME: Final = "resource-credential"  # noqa: S105 - the name the egress client asks for, not a value


class SpecError(ValueError):
    """The document is not an OpenAPI spec this can use; the message says why."""


class _NoAliases(yaml.SafeLoader):
    """Plain YAML data only, and no aliases (an alias bomb is refused)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise SpecError("YAML aliases are not accepted in a spec")
        return super().compose_node(parent, index)


def _document(body: bytes) -> Mapping[str, Any]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise SpecError("the spec is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except ValueError:
        try:
            data = yaml.load(text, Loader=_NoAliases)  # noqa: S506 - a SafeLoader subclass, without aliases
        except yaml.YAMLError as exc:
            raise SpecError(f"neither JSON nor YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, Mapping):
        raise SpecError("the spec is not an object")
    if not isinstance(data.get("openapi"), str) and data.get("swagger") != "2.0":
        raise SpecError("not an OpenAPI 3 or Swagger 2 document (no 'openapi' or 'swagger' version)")
    return data


def _text(value: Any) -> str:
    return " ".join(value.split())[:MAX_TEXT] if isinstance(value, str) else ""


def _operations(paths: Any) -> tuple[Operation, ...]:
    if not isinstance(paths, Mapping) or not paths:
        raise SpecError("the spec lists no paths")
    found: list[Operation] = []
    for path, item in paths.items():
        if not isinstance(path, str) or not path.startswith("/") or not isinstance(item, Mapping):
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                found.append(
                    Operation(method.upper(), path[:MAX_TEXT], _text(operation.get("operationId")),
                              _text(operation.get("summary")))
                )  # fmt: skip
            if len(found) >= MAX_OPERATIONS:
                return tuple(found)
    if not found:
        raise SpecError("the spec lists no operations")
    return tuple(found)


def _base_url(data: Mapping[str, Any], spec_url: str) -> str:
    """OpenAPI 3: the first server (relative to the spec; variables at
    their defaults); Swagger 2: schemes, host and basePath; else the spec's
    origin."""
    spec = urlsplit(spec_url)
    servers = data.get("servers")
    if isinstance(servers, list) and servers and isinstance(servers[0], Mapping):
        url = servers[0].get("url")
        if isinstance(url, str) and url:
            variables = servers[0].get("variables")
            for name, variable in variables.items() if isinstance(variables, Mapping) else ():
                if isinstance(variable, Mapping) and isinstance(variable.get("default"), str):
                    url = url.replace("{" + str(name) + "}", variable["default"])
            if "{" in url:
                raise SpecError(f"the server URL {url!r} has a variable without a default")
            return str(urljoin(spec_url, url)).rstrip("/")
    if data.get("swagger") == "2.0":
        schemes = data.get("schemes")
        scheme = schemes[0] if isinstance(schemes, list) and schemes and isinstance(schemes[0], str) else spec.scheme
        host = data.get("host") if isinstance(data.get("host"), str) else spec.netloc
        base = data.get("basePath") if isinstance(data.get("basePath"), str) else ""
        return str(urlunsplit((scheme, host, base, "", ""))).rstrip("/")
    return urlunsplit((spec.scheme, spec.netloc, "", "", ""))


def parse_spec(body: bytes, spec_url: str) -> tuple[str, tuple[Operation, ...]]:
    """The base URL and operations of a spec fetched from ``spec_url``;
    ``SpecError`` says why it is not usable."""
    data = _document(body)
    return _base_url(data, spec_url), _operations(data.get("paths"))


def spec_candidates(resource_url: str, given: str | None) -> list[str]:
    """Where to look: the given spec URL, else the well-known names under
    the resource's URL and at its origin."""
    if given:
        return [given]
    parts = urlsplit(resource_url)
    under = resource_url.rstrip("/") + "/"
    origin = urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
    candidates = [urljoin(base, name) for base in (under, origin) for name in WELL_KNOWN]
    return list(dict.fromkeys(candidates))


@dataclass(frozen=True, slots=True)
class Discovered:
    spec_url: str
    base_url: str
    operations: tuple[Operation, ...]


def egress_policy(resource: Resource, secret: ResourceSecret | None) -> EgressPolicy:
    """The one host a resource's own requests may reach, its grant (for
    that host only) and where its credential goes."""
    state = resource.state or ResourceState()
    host = url_host(resource.url)
    granted = state.allow_private and state.granted_host == host
    endpoint = Endpoint(host, "/", frozenset({"GET"}), allow_http=granted)
    credentials: tuple[Credential, ...] = ()
    if secret is not None:
        if secret.kind == "bearer":
            credentials = (Credential(secret.host, SECRET_NAME),)
        else:
            credentials = (Credential(secret.host, SECRET_NAME, "header", secret.header),)
    return EgressPolicy(
        f"resource:{resource.name}", (endpoint,), credentials, private_hosts=frozenset({host} if granted else ())
    )


async def discover(
    resource: Resource,
    secret: ResourceSecret | None,
    given: str | None,
    *,
    resolver: Resolver = resolve_async,
    client: EgressClient | None = None,
) -> Discovered | str:
    """Fetch and read the spec; the reason when nothing usable was found."""
    if resource.type != "api" or not resource.url:
        return "discovery is for an api resource with a URL"
    state = resource.state or ResourceState()
    granted_host = state.granted_host if state.allow_private else ""
    own = await check_resource_url(resource.url, granted_host=granted_host, resolver=resolver)
    if own.problem:  # the address rules again: a grant revoked, a name that now resolves elsewhere
        return f"url: {own.problem}"
    if given:
        if url_host(given) != url_host(resource.url):
            return f"the spec URL must be on the resource's host ({url_host(resource.url)})"
        verdict = await check_resource_url(given, granted_host=granted_host, resolver=resolver)
        if verdict.problem:
            return f"spec URL: {verdict.problem}"
    egress = client or EgressClient(lambda name: secret.value if secret and name == SECRET_NAME else None)
    policy = egress_policy(resource, secret)
    tried: list[str] = []
    for url in spec_candidates(resource.url, given):
        found = await _try(egress, policy, url)
        if isinstance(found, str):
            tried.append(f"{url}: {found}")
            continue
        base_url, operations = found
        verdict = await check_resource_url(base_url, granted_host=granted_host, resolver=resolver)
        if verdict.problem:
            return f"{url}: the spec's server URL {base_url}: {verdict.problem}"
        return Discovered(url, base_url, operations)
    return "no usable OpenAPI spec found: " + "; ".join(tried)


async def _try(egress: EgressClient, policy: EgressPolicy, url: str) -> tuple[str, tuple[Operation, ...]] | str:
    try:
        response = await egress.request(policy, "GET", url, headers={"Accept": "application/json, application/yaml"})
    except (EgressDenied, EgressFailed) as exc:
        return str(exc)
    if response.status != 200:
        return f"HTTP {response.status}"
    try:
        return parse_spec(response.body, url)
    except SpecError as exc:
        return str(exc)


def operations_summary(operations: Sequence[Operation]) -> str:
    return ", ".join(f"{o.method} {o.path}" for o in operations[:5]) + (" …" if len(operations) > 5 else "")

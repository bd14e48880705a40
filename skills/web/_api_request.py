"""``api_request``: one HTTP call to an API. GET, POST, PUT, PATCH or
DELETE (others refused) to the step's ``url``, with ``{input}`` and
``{input_encoded}`` interpolated in the URL and the body; a JSON answer is
decoded. With an ``api`` resource assigned to the workflow, ``{base_url}``
is the resource's base URL (its discovered one, else its URL), and a
``path`` is resolved against the operations stored on it (by operationId,
or as a path) or else joined to the base URL. The answer's status picks
the branch: 2xx, 4xx, 5xx; a timeout and every failure (a refusal, a
redirect after a write, a body over the size cap) have their own."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Final

from skills._api import WebFailed
from skills._contract import ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.ports import WebReply, WebRequest
from skills.web._common import ANY_HOST, ON_TIMEOUT, failed, interpolate

METHODS: Final = ("GET", "POST", "PUT", "PATCH", "DELETE")
ON_2XX: Final = "on_2xx"
ON_4XX: Final = "on_4xx"
ON_5XX: Final = "on_5xx"


def api_resource(resources: tuple[Mapping[str, Any], ...], name: str | None) -> Mapping[str, Any] | None:
    """The workflow's ``api`` resource (the named one when the step names one)."""
    apis = [r for r in resources if r.get("type") == "api"]
    if name:
        return next((r for r in apis if r.get("name") == name), None)
    return apis[0] if apis else None


def base_url(resource: Mapping[str, Any]) -> str:
    metadata = resource.get("metadata") or {}
    discovered = metadata.get("base_url") if isinstance(metadata, Mapping) else None
    return str(discovered or resource.get("url") or "").rstrip("/")


def resolve_path(resource: Mapping[str, Any], path: str) -> tuple[str, str | None]:
    """``path`` against the resource's stored operations: an operationId
    gives its path and method; a path is kept as it is. Returns the path
    and the operation's method (None: the step's method)."""
    metadata = resource.get("metadata") or {}
    operations = metadata.get("operations") if isinstance(metadata, Mapping) else None
    for operation in operations if isinstance(operations, list) else []:
        if isinstance(operation, Mapping) and operation.get("operationId") == path:
            return str(operation.get("path") or ""), str(operation.get("method") or "GET").upper()
    return path, None


def decoded(reply: WebReply) -> Any:
    """A JSON answer as data; any other (or malformed JSON) as its text."""
    if "json" in reply.headers.get("content-type", "") and reply.text.strip():
        try:
            return json.loads(reply.text)
        except ValueError:
            return reply.text
    return reply.text


class ApiRequest:
    name: ClassVar[str] = "api_request"
    description: ClassVar[str] = "Call an HTTP API (GET, POST, PUT, PATCH, DELETE); branch on the status"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"web_read"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_2XX: BranchKind.OK,
        ON_4XX: BranchKind.ERROR,
        ON_5XX: BranchKind.ERROR,
        ON_TIMEOUT: BranchKind.ERROR,
        ON_ERROR: BranchKind.ERROR,
    }
    external: ClassVar[bool] = True
    egress: ClassVar[tuple[str, ...]] = ANY_HOST
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("method", "choice:" + ",".join(METHODS), "The HTTP method", "GET"),
        ConfigField("url", "string", "The URL: {input}, {input_encoded}, {base_url} (an api resource's)"),
        ConfigField("path", "string", "With an api resource: an operationId or a path under its base URL"),
        ConfigField("resource", "string", "Which api resource (empty: the workflow's first)"),
        ConfigField("body", "text", "The request body ({input} is the input); JSON is sent as JSON"),
        ConfigField("headers", "any", "Extra request headers (an object of name: value)"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        method = str(args.config.get("method") or "GET").upper()
        headers = args.config.get("headers") or {}
        if not isinstance(headers, Mapping) or not all(isinstance(v, str) for v in headers.values()):
            return SkillOutcome.error("config.headers: an object of header name: text")
        target = self._url(args)
        if isinstance(target, SkillOutcome):
            return target
        url, operation_method, resource = target
        method = operation_method or method
        if method not in METHODS:
            return SkillOutcome.error(f"method {method} is not allowed (one of {', '.join(METHODS)})")
        body = self._body(args, dict(headers))
        if args.api is None:
            return SkillOutcome.error("api_request runs inside a workflow (it needs the SkillAPI)")
        try:
            # A resource's credential is added by the egress guard, for its host only; this skill never holds it.
            credential = f"resource:{resource}" if resource else None
            request = WebRequest(method, url, headers=body[1], body=body[0], credential=credential, text="raw")
            reply = await args.api.web_request(request)
        except WebFailed as exc:
            return failed(exc)
        return self._answer(reply)

    @staticmethod
    def _url(args: SkillArgs) -> tuple[str, str | None, str | None] | SkillOutcome:
        """The URL, the method an operation names and the resource used."""
        resource_name = args.config.get("resource")
        resource = api_resource(args.resources, resource_name if isinstance(resource_name, str) else None)
        if resource_name and resource is None:
            return SkillOutcome.error(f"no api resource named {resource_name} is assigned to this workflow")
        template = str(args.config.get("url") or "")
        path = str(args.config.get("path") or "")
        method: str | None = None
        if resource is not None:
            base = base_url(resource)
            if path:
                resolved, method = resolve_path(resource, path)
                template = template or "{base_url}/" + resolved.lstrip("/")
            template = (template or "{base_url}").replace("{base_url}", base)
        elif "{base_url}" in template or path:
            return SkillOutcome.error("{base_url} and path need an api resource assigned to the workflow")
        url = interpolate(template, args.input, in_url=True)
        if not url.startswith(("http://", "https://")):
            return SkillOutcome.error("config.url: an http(s) URL (or an api resource's {base_url})")
        return url, method, str(resource.get("name") or "") if resource is not None else None

    @staticmethod
    def _body(args: SkillArgs, headers: dict[str, str]) -> tuple[bytes | None, dict[str, str]]:
        template = args.config.get("body")
        if template is None or template == "":
            return None, headers
        if not isinstance(template, str):  # an object: sent as JSON, {input} inside its texts
            template = json.dumps(template)
        text = interpolate(template, args.input, in_url=False)
        if not any(k.lower() == "content-type" for k in headers):
            try:
                json.loads(text)
                headers["Content-Type"] = "application/json"
            except ValueError:
                headers["Content-Type"] = "text/plain; charset=utf-8"
        return text.encode("utf-8"), headers

    @staticmethod
    def _answer(reply: WebReply) -> SkillOutcome:
        if 200 <= reply.status < 300:
            return SkillOutcome(decoded(reply), ON_2XX)
        # The body of a failed call is left out: an error outcome is not
        # sanitized (only answers are), and an error route may lead to a model.
        kind = reply.headers.get("content-type", "no content type")
        detail = {"error": f"HTTP {reply.status} ({kind}, {reply.size} bytes)", "status": reply.status}
        if 400 <= reply.status < 500:
            return SkillOutcome(detail, ON_4XX)
        if 500 <= reply.status < 600:
            return SkillOutcome(detail, ON_5XX)
        return SkillOutcome(detail, ON_ERROR)

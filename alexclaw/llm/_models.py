"""The models a provider's API lists (the LLM page shows them on demand).

One GET through the egress guard with the provider's own
policy (its host and base path; loopback or private only with its grant),
the key injected at that edge exactly as for a chat call:

- OpenAI-compatible: ``GET {base}/models`` (``base`` ends in ``/v1``) →
  ``{"data": [{"id": …}]}``;
- Anthropic: ``GET {base}/v1/models?limit=1000`` with ``anthropic-version``
  → ``{"data": [{"id": …}], "has_more": …}``;
- Gemini: ``GET {base}/models?pageSize=1000`` (key in ``x-goog-api-key``)
  → ``{"models": [{"name": "models/…"}], "nextPageToken": …}``;
- Ollama: ``GET {base}/api/tags`` → ``{"models": [{"name": …}]}``.

One page of at most 1000 is read (``more`` says the API has more); an
answer in another shape is a clear error, never a crash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.llm._client import CallError
from alexclaw.llm._model import Kind, Provider
from alexclaw.llm._wire import ANTHROPIC_VERSION, egress_policy, error_message
from alexclaw.security import EgressClient, EgressDenied, EgressFailed

LIST_LIMIT: Final = 1000
LIST_TIMEOUT: Final = 30.0


@dataclass(frozen=True, slots=True)
class ModelList:
    provider: str
    models: tuple[str, ...]
    more: bool = False  # the API has more than the one page read


def models_url(provider: Provider) -> str:
    base = provider.base_url
    return {
        Kind.OPENAI_COMPATIBLE: f"{base}/models",
        Kind.ANTHROPIC: f"{base}/v1/models?limit={LIST_LIMIT}",
        Kind.GEMINI: f"{base}/models?pageSize={LIST_LIMIT}",
        Kind.OLLAMA: f"{base}/api/tags",
    }[provider.kind]


class _Shape(ValueError):
    pass


def _names(items: Any, field: str) -> list[str]:
    if not isinstance(items, list):
        raise _Shape("has no list of models")
    names = [item[field] for item in items if isinstance(item, dict) and isinstance(item.get(field), str)]
    if len(names) != len(items):
        raise _Shape(f"has a model without a {field!r}")
    return names


def parse_models(kind: Kind, raw: bytes) -> tuple[tuple[str, ...], bool]:
    """The model names in a list answer and whether there are more; raises
    ``ValueError`` with what is wrong with an answer of another shape."""
    try:
        payload = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        start = raw[:40].decode("utf-8", errors="replace").strip()
        looks = "an HTML page" if start.lower().startswith(("<!doctype", "<html")) else "not JSON"
        raise ValueError(f"the model list is {looks} (starts {start!r})") from None
    if not isinstance(payload, dict):
        raise ValueError("the model list is not a JSON object")
    try:
        if kind is Kind.OPENAI_COMPATIBLE:
            return tuple(_names(payload.get("data"), "id")), False
        if kind is Kind.ANTHROPIC:
            return tuple(_names(payload.get("data"), "id")), payload.get("has_more") is True
        if kind is Kind.GEMINI:
            names = [n.removeprefix("models/") for n in _names(payload.get("models"), "name")]
            return tuple(names), bool(payload.get("nextPageToken"))
        return tuple(_names(payload.get("models"), "name")), False
    except _Shape as exc:
        raise ValueError(f"the model list {exc}") from None


async def list_models(egress: EgressClient, provider: Provider) -> ModelList | CallError:
    """The models ``provider``'s API lists, through the egress guard."""
    headers = {"Accept": "application/json"}
    if provider.kind is Kind.ANTHROPIC:
        headers["anthropic-version"] = ANTHROPIC_VERSION
    timeout = min(provider.timeout_seconds, LIST_TIMEOUT)
    try:
        reply = await egress.request(
            egress_policy(provider), "GET", models_url(provider), headers=headers, screen=False, timeout=timeout
        )
    except EgressDenied as exc:
        return CallError(provider.name, f"refused by the egress guard: {exc}", transient=False)
    except EgressFailed as exc:
        return CallError(provider.name, str(exc), transient=True)
    if reply.status != 200:
        said = error_message(reply.body)
        return CallError(provider.name, f"HTTP {reply.status}: {said}", transient=False, status=reply.status)
    try:
        names, more = parse_models(provider.kind, reply.body)
    except ValueError as exc:
        return CallError(provider.name, str(exc), transient=False, status=reply.status)
    return ModelList(provider.name, tuple(sorted(set(names))), more)

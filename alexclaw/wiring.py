"""The application's implementations of the plugin packages' ports."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from actors import CallTimeout, NoProcess, Process, ProcessExited, Refused, call
from alexclaw.config import BOUND_TO, CATALOG, ConfigHandle, attachable, shown_value
from alexclaw.llm import ChatRequest, GuardedModel, Refusal
from alexclaw.memory import (
    THROTTLE_NAME,
    Embedder,
    EmbeddingFailed,
    InvalidInput,
    Vector,
    add_memory,
    enqueue,
    ingest_document,
    search_knowledge,
    search_memory,
    text_document,
)
from alexclaw.security import (
    AuthContext,
    Authorizer,
    CapabilityTokens,
    EgressClient,
    EgressDenied,
    EgressPolicy,
    Endpoint,
    PinnedTransport,
    attenuate,
    is_textual,
    sanitize,
)
from alexclaw.storage import DatabaseHandle
from gateways import EgressRefused
from gateways.telegram import TELEGRAM_NAME, SendToOperator
from skills import ModelRefused, SkillAPIUnavailable
from skills.ports import LlmCall

MAX_SKILL_TOKENS = 32_768  # a skill asks for at most this many answer tokens in one call


class AuthorizerAdapter:
    """skills.ports.AuthorizerPort on top of the PolicyEngine + audit."""

    def __init__(self, authorizer: Authorizer) -> None:
        self._authorizer = authorizer

    async def authorize(
        self,
        *,
        caller: str,
        caller_type: str,
        permission: str,
        declared: frozenset[str],
        chain_depth: int,
        token: str | None,
        run_id: str | None,
        tool: str | None = None,
    ) -> tuple[bool, str]:
        kind: Any = caller_type if caller_type in {"core", "dynamic", "mcp"} else "dynamic"
        decision = await self._authorizer.authorize(
            AuthContext(caller, kind, permission, declared, chain_depth, token, tool=tool, workflow_run_id=run_id)
        )
        return decision.allowed, decision.reason


class TokensAdapter:
    """skills.ports.TokensPort on top of the capability tokens."""

    def __init__(self, tokens: CapabilityTokens) -> None:
        self._tokens = tokens

    def mint(self, permissions: Iterable[str], *, ttl_seconds: float, max_depth: int) -> str:
        return self._tokens.mint(permissions, expires_at=time.time() + ttl_seconds, max_depth=max_depth)

    def attenuate(self, token: str, permissions: Iterable[str]) -> str:
        return attenuate(token, permissions=permissions)


class ConfigAdapter:
    """skills.ports.ConfigPort: a skill reads settings, secrets only masked."""

    def __init__(self, config: ConfigHandle) -> None:
        self._config = config

    def read(self, key: str) -> Any:
        setting = self._config.setting(key)
        if setting is None:
            return None
        return shown_value(setting) if setting.sensitive else setting.value


_HEADERS_SHOWN = ("content-type", "content-length", "last-modified", "etag")


def endpoint_from_declaration(spec: str) -> Endpoint:
    """``https://*.example.com/v1`` → an Endpoint allowing GET under /v1."""
    parts = urlsplit(spec)
    return Endpoint(parts.hostname or "", parts.path or "/", frozenset({"GET"}), allow_http=parts.scheme == "http")


class WebAdapter:
    """skills.ports.WebPort: ``web_read`` goes through the egress guard with
    exactly the endpoints the skill declared, and what comes back is text
    the sanitizer has cleaned (hidden markup and injected instructions
    removed), with any credential in it already redacted. Reaching loopback
    is an explicit grant to named skills by the application (local tools),
    never a declaration a skill can make about itself."""

    def __init__(
        self,
        egress: EgressClient,
        declared: Callable[[str], tuple[str, ...] | None],
        *,
        max_text_bytes: Callable[[], int],
        loopback_skills: frozenset[str] = frozenset(),
    ) -> None:
        self._egress = egress
        self._declared = declared
        self._max_text_bytes = max_text_bytes
        self._loopback = loopback_skills

    def policy(self, skill: str) -> EgressPolicy:
        declared = self._declared(skill)
        if not declared:
            raise EgressDenied(f"skill {skill} declares no egress endpoints, so it may not reach the network")
        # Built per request: parsing a few declarations is nothing next to the
        # network round trip, and a re-registered skill is seen at once.
        endpoints = tuple(endpoint_from_declaration(spec) for spec in declared)
        return EgressPolicy(skill, endpoints, allow_loopback=skill in self._loopback)

    async def fetch(self, skill: str, url: str, headers: Mapping[str, str] | None) -> Mapping[str, Any]:
        response = await self._egress.request(self.policy(skill), "GET", url, headers=headers)
        textual = is_textual(response.headers.get("content-type", ""))
        cleaned = sanitize(response.text, max_bytes=self._max_text_bytes()) if textual else None
        return {
            "status": response.status,
            "url": response.url,
            "headers": {k: v for k, v in response.headers.items() if k.lower() in _HEADERS_SHOWN},
            "text": cleaned.text if cleaned else "",
            "binary_bytes": 0 if textual else len(response.body),
            "redacted": response.redacted,
            "findings": [f"{f.layer}: {f.detail}" for f in cleaned.findings] if cleaned else [],
        }


def output_sanitizer(skill_names: Callable[[], list[str]], max_bytes: Callable[[], int]) -> Callable[[str, Any], Any]:
    """What an ``external`` skill returns is cleaned like any fetched page:
    every string in it (nested in lists and objects too) goes through the
    sanitizer, with the registered skill names as extra trigger phrases."""

    def clean(skill: str, output: Any) -> Any:
        names = skill_names()

        def walk(value: Any) -> Any:
            if isinstance(value, str):
                return sanitize(value, max_bytes=max_bytes(), skills=names).text
            if isinstance(value, Mapping):
                return {key: walk(item) for key, item in value.items()}
            if isinstance(value, list | tuple):
                return [walk(item) for item in value]
            return value

        return walk(output)

    return clean


CATALOG_DEFAULTS = {known.key: known.default for known in CATALOG}


class SettingsReader:
    """gateways.ports.SettingsPort: current values, secrets in clear (the
    gateway needs its token; it never logs or shows it). A credential bound
    to an endpoint (``alexclaw.config.BOUND_TO``) reads as unset unless the
    endpoint still points at the origin it was entered for."""

    def __init__(self, config: ConfigHandle) -> None:
        self._config = config

    def read(self, key: str) -> Any:
        endpoint = BOUND_TO.get(key)
        if endpoint is not None:
            setting = self._config.setting(key)
            target = self._config.get(endpoint) or CATALOG_DEFAULTS.get(endpoint, "")
            if setting is None or not attachable(setting.bound_origin, str(target)):
                return None
        return self._config.get(key)


class GatewayEgress:
    """gateways.ports.EgressPort: a chat library's HTTP client connects only
    through the egress guard's address rules (``PinnedTransport``): https,
    public addresses, each vetted and pinned. Loopback (and plain http
    there, for a self-hosted Bot API server or the tests' fake one) is an
    explicit grant the application makes when it builds the node, never a
    setting a web session could flip."""

    def __init__(self, *, allow_loopback: bool = False) -> None:
        self.allow_loopback = allow_loopback

    def transport(self) -> httpx.AsyncBaseTransport:
        return PinnedTransport(allow_loopback=self.allow_loopback, denied=EgressRefused)


class TelegramBackend:
    """The SkillAPI's ``telegram_send``: to the operator's chat, through
    this node's gateway; a refusal is the step's error, with its reason."""

    async def send(self, text: str) -> int:
        try:
            sent: int | Refused = await call(TELEGRAM_NAME, SendToOperator(text), timeout=180)
        except NoProcess:
            raise SkillAPIUnavailable(
                "the Telegram gateway is not running on this node (set telegram.bot_token and telegram.chat_id)"
            ) from None
        except (CallTimeout, ProcessExited) as exc:
            raise SkillAPIUnavailable(f"the Telegram gateway did not answer: {exc}") from None
        if isinstance(sent, Refused):
            raise SkillAPIUnavailable(sent.reason)
        return sent


class LlmBackend:
    """The SkillAPI's ``llm``: one guarded call (the shield on the prompt
    and on the answer, the router, usage counted) with the skill and its
    run as the call's source, so the Shield page says who asked. No
    answer is ``ModelRefused`` with the refusal's kind and message: the
    skill's error, never its run's crash."""

    def __init__(self, model: GuardedModel) -> None:
        self._model = model

    async def complete(self, call: LlmCall) -> str:
        if isinstance(call.max_tokens, bool) or not isinstance(call.max_tokens, int):
            raise ModelRefused("invalid", "max_tokens must be a whole number")
        if not 1 <= call.max_tokens <= MAX_SKILL_TOKENS:
            raise ModelRefused("invalid", f"max_tokens must be between 1 and {MAX_SKILL_TOKENS}")
        request = ChatRequest.prompt(call.prompt, system=call.system, max_tokens=call.max_tokens)
        source = f"skill:{call.skill}" + (f" run:{call.run_id}" if call.run_id else "")
        result = await self._model.complete(request, source=source, tier=call.tier, provider=call.provider)
        if isinstance(result, Refusal):
            raise ModelRefused(result.kind, result.message)
        return result.answer.text


async def _query_vector(embedder: Embedder, query: str) -> Vector | None:
    """The query's vector, or None when the model cannot answer (the search
    is then by keywords only, as the Memory page's is)."""
    try:
        [vector] = await embedder.embed([query])
    except EmbeddingFailed:
        return None
    return vector


class MemoryBackend:
    """The SkillAPI's ``memory_read`` / ``memory_write`` over
    ``alexclaw.memory``: an entry is stored at once (found by keywords) and
    its vector comes from the node's embedding throttle; a search embeds
    the query on the node's embedder. ``store`` takes ``kind`` (default
    ``note``), ``source`` and ``ttl_hours``; any other keyword is kept as
    the entry's metadata. Bad input raises ``InvalidInput`` (a ValueError)
    with the reason."""

    def __init__(
        self, database: DatabaseHandle, embedder: Embedder, *, throttle: Process | str = THROTTLE_NAME
    ) -> None:
        self._database = database
        self._embedder = embedder
        self._throttle = throttle

    async def search(self, query: str, limit: int) -> list[dict[str, Any]]:
        vector = await _query_vector(self._embedder, query)
        async with self._database.pool().acquire() as conn:
            hits = await search_memory(
                conn, query, now=datetime.now(UTC), vector=vector, model=self._embedder.model, limit=limit
            )
        return [hit.as_json() for hit in hits]

    async def store(self, text: str, **metadata: Any) -> int:
        kind, source, ttl = metadata.pop("kind", "note"), metadata.pop("source", None), metadata.pop("ttl_hours", None)
        if not isinstance(kind, str) or not (source is None or isinstance(source, str)):
            raise InvalidInput("kind and source must be text")
        if ttl is not None and (isinstance(ttl, bool) or not isinstance(ttl, int | float)):
            raise InvalidInput("ttl_hours must be a number of hours")
        async with self._database.pool().acquire() as conn:
            row_id = await add_memory(
                conn, kind, text, now=datetime.now(UTC), source=source, metadata=metadata, ttl_hours=ttl
            )
        enqueue(self._throttle, "memory_entries", row_id, text)
        return row_id


class KnowledgeBackend:
    """The SkillAPI's ``knowledge_read`` / ``knowledge_write``: a document
    (``source`` required: a later write of the same source replaces it;
    ``title`` optional) is stored in chunks at once, each chunk embedded by
    the node's throttle; a search embeds the query on the node's embedder."""

    def __init__(
        self, database: DatabaseHandle, embedder: Embedder, *, throttle: Process | str = THROTTLE_NAME
    ) -> None:
        self._database = database
        self._embedder = embedder
        self._throttle = throttle

    async def search(self, query: str, limit: int) -> list[dict[str, Any]]:
        vector = await _query_vector(self._embedder, query)
        async with self._database.pool().acquire() as conn:
            hits = await search_knowledge(conn, query, vector=vector, model=self._embedder.model, limit=limit)
        return [hit.as_json() for hit in hits]

    async def store(self, text: str, **metadata: Any) -> int:
        source, title = metadata.get("source"), metadata.get("title")
        if not isinstance(source, str) or not (title is None or isinstance(title, str)):
            raise InvalidInput("knowledge_write needs a source (text) naming the document; a title is text")
        async with self._database.pool().acquire() as conn:
            document_id, chunks = await ingest_document(conn, text_document(text, source, title))
        for chunk_id, chunk in chunks:
            enqueue(self._throttle, "knowledge_chunks", chunk_id, chunk)
        return document_id

"""The SkillAPI: the only side-effect surface of non-core skills.

Every function names its permission; the call is authorized (chain depth,
capability token, policies, declared permissions — and audited on deny)
before anything happens. ``run_skill`` goes through ``invoke`` like every
other way of running a skill: one level deeper in the chain, with the
token narrowed to the target's permissions, through the target's breaker,
and an ``external`` target's output sanitized. Functions whose subsystem
does not exist yet say so with ``SkillAPIUnavailable`` — after the
permission check, which is complete.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from skills._contract import SkillArgs, SkillOutcome
from skills._invocation import CallerState, InvokeStatus, SkillCaller
from skills.ports import (
    AuthorizerPort,
    BackupPort,
    BrowserPort,
    BrowserReport,
    BrowserRequest,
    ClusterDispatchPort,
    ConfigPort,
    GatewaySendPort,
    GooglePort,
    GoogleReply,
    GoogleRequest,
    InvokerPort,
    LlmCall,
    LlmPort,
    ManagePort,
    ModelReply,
    OperatorSendPort,
    RagPort,
    ResourcesPort,
    SearchPort,
    SkillWritePort,
    SqlPort,
    StorePort,
    WebPort,
    WebReply,
    WebRequest,
)

PERMISSIONS: Final = (
    "llm", "telegram_send", "gateway_send", "memory_read", "memory_write", "knowledge_read", "knowledge_write",
    "web_read", "config_read", "resources_read", "skill_invoke", "skill_write", "skill_manage", "workflow_manage",
    "db_read",
    "google",
    "cluster_dispatch",
    "browser",
)  # fmt: skip

_Backend = TypeVar("_Backend")


class PermissionDenied(PermissionError):
    """The SkillAPI refused a call; the message is the authorizer's reason."""


class SkillAPIUnavailable(RuntimeError):
    """The permission was granted but the subsystem behind it is not there yet."""


class ModelRefused(SkillAPIUnavailable):
    """An ``llm`` call gave no answer: ``kind`` says why (``shield``: the
    shield blocked the prompt or the answer; ``no_provider``, ``limits``,
    ``provider``, ``refused``, ``invalid``), the message says what happened."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message


class WebFailed(SkillAPIUnavailable):
    """A web request gave no answer: ``kind`` says why (``refused``: the
    egress guard's rules, a redirect to a private address included;
    ``timeout``; ``too_large``: over the size cap; ``failed``: the
    connection broke), the message says what happened."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message


class SqlFailed(SkillAPIUnavailable):
    """A ``sql_query`` gave no rows: ``kind`` says why (``refused``: the
    address rules or a write; ``connect``; ``timeout``: the statement
    timeout; ``too_large``: over the result cap; ``query``: the server
    refused it; ``unknown``: no such connection); the message never
    carries a row value or the password."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message


@dataclass(frozen=True, slots=True)
class Backends:
    """What stands behind the SkillAPI functions whose subsystems arrive
    later, one typed port each (None: not on this node yet)."""

    llm: LlmPort | None = None
    telegram_send: OperatorSendPort | None = None
    gateway_send: GatewaySendPort | None = None
    memory_read: SearchPort | None = None
    memory_write: StorePort | None = None
    knowledge_read: SearchPort | None = None
    knowledge_write: StorePort | None = None
    rag: RagPort | None = None  # needs memory_read and knowledge_read (and llm to rewrite the query)
    resources_read: ResourcesPort | None = None
    sql_query: SqlPort | None = None  # db_read
    skill_write: SkillWritePort | None = None
    skill_manage: ManagePort | None = None
    workflow_manage: ManagePort | None = None
    google: GooglePort | None = None  # the operator's Google Calendar and Tasks (token added at the edge)
    cluster_dispatch: ClusterDispatchPort | None = None
    browser: BrowserPort | None = None
    db_backup: BackupPort | None = None


@dataclass
class SkillAPI:
    caller: CallerState
    authorizer: AuthorizerPort
    invoker: InvokerPort
    config: ConfigPort | None = None
    web: WebPort | None = None
    backends: Backends = field(default_factory=Backends)
    # The workflow step's model choice (its tier; its provider, or the
    # workflow's default): what ``llm`` uses when the skill names neither.
    llm_tier: str | None = None
    llm_provider: str | None = None

    async def _check(self, permission: str) -> None:
        allowed, reason = await self.authorizer.authorize(
            caller=self.caller.skill,
            caller_type=self.caller.caller_type,
            permission=permission,
            declared=self.caller.declared,
            chain_depth=self.caller.chain_depth,
            token=self.caller.token,
            run_id=self.caller.run_id,
        )
        if not allowed:
            raise PermissionDenied(reason)

    async def _backend(self, permission: str, backend: _Backend | None) -> _Backend:
        await self._check(permission)
        if backend is None:
            raise SkillAPIUnavailable(f"{permission} has no backend on this node yet")
        return backend

    # -- wired now ---------------------------------------------------------

    async def config_read(self, key: str) -> Any:
        await self._check("config_read")
        if self.config is None:
            raise SkillAPIUnavailable("config_read has no backend")
        return self.config.read(key)

    async def web_read(self, url: str, headers: Mapping[str, str] | None = None) -> Mapping[str, Any]:
        await self._check("web_read")
        if self.web is None:
            raise SkillAPIUnavailable("web_read has no backend")
        return await self.web.fetch(self.caller.skill, url, headers)

    async def web_request(self, request: WebRequest) -> WebReply:
        """Any method through the egress guard, to the endpoints this skill
        declared (``web_read``). A refusal or a failure raises ``WebFailed``
        with its kind; any status is an answer."""
        await self._check("web_read")
        if self.web is None:
            raise SkillAPIUnavailable("web_read has no backend")
        return await self.web.request(self.caller.skill, request)

    async def run_skill(self, name: str, args: SkillArgs) -> SkillOutcome:
        """Invoke another skill one level deeper, through ``invoke``. A
        refusal raises ``PermissionDenied`` (as every SkillAPI function
        does); the target's crash is raised again here, as if this skill had
        called it directly; a missing target or an open breaker is an
        outcome on its branch."""
        invocation = await self.invoker.invoke(
            SkillCaller.skill(self.caller), name, args.input, config=args.config, resources=args.resources,
            llm_tier=args.llm_tier, llm_provider=args.llm_provider,
        )  # fmt: skip
        if invocation.status is InvokeStatus.DENIED:
            raise PermissionDenied(invocation.reason)
        if invocation.crash is not None:
            raise invocation.crash
        return invocation.outcome

    # -- wired when their subsystems land -----------------------------------

    async def llm(
        self, prompt: str, *, system: str = "", tier: str | None = None, provider: str | None = None,
        max_tokens: int = 1024, untrusted: Sequence[tuple[str, str]] = (),
    ) -> str:  # fmt: skip
        """The answer's text from a model, through the router and the
        shield. A skill naming a tier or a provider chooses for itself;
        otherwise the step's choice applies. ``untrusted`` is (source,
        content) data from outside that goes with the prompt delimited as
        data. Raises ``ModelRefused`` when no answer comes back (the
        shield's block included)."""
        reply = await self.llm_reply(
            prompt, system=system, tier=tier, provider=provider, max_tokens=max_tokens, untrusted=untrusted
        )
        return reply.text

    async def llm_reply(
        self, prompt: str, *, system: str = "", tier: str | None = None, provider: str | None = None,
        max_tokens: int = 1024, history: tuple[tuple[str, str], ...] = (), identity: bool = False,
        untrusted: Sequence[tuple[str, str]] = (),
    ) -> ModelReply:  # fmt: skip
        """``llm`` with the whole reply (who answered, the shield's verdict)
        and, for a conversation, its earlier turns and the node's identity
        prompt. Same permission, same path, same refusals as ``llm``."""
        backend = await self._backend("llm", self.backends.llm)
        if tier is None and provider is None:
            tier, provider = self.llm_tier, self.llm_provider
        call = LlmCall(
            prompt, self.caller.skill, self.caller.run_id, system, tier, provider, max_tokens,
            tuple((str(source), str(content)) for source, content in untrusted), history, identity,
            self.caller.outside,
        )  # fmt: skip
        return await backend.complete(call)

    async def db_backup(self) -> Mapping[str, Any]:
        backend = await self._backend("db_backup", self.backends.db_backup)
        return await backend.back_up(f"skill:{self.caller.skill}")

    async def telegram_send(self, text: str) -> Any:
        return await (await self._backend("telegram_send", self.backends.telegram_send)).send(text)

    async def cluster_dispatch(self, node: str, workflow: str, input: Any, timeout: float) -> Mapping[str, Any]:
        """Ask ``node`` to start ``workflow`` with ``input``: ``{ok, reason, run_id}``."""
        backend = await self._backend("cluster_dispatch", self.backends.cluster_dispatch)
        return await backend.dispatch(node, workflow, input, timeout)

    async def gateway_send(self, gateway: str, text: str, target: str = "") -> Any:
        return await (await self._backend("gateway_send", self.backends.gateway_send)).send(gateway, text, target)

    async def memory_read(self, query: str, limit: int = 10) -> Any:
        return await (await self._backend("memory_read", self.backends.memory_read)).search(query, limit)

    async def memory_exists(self, url: str) -> bool:
        """Is an entry from ``url`` in memory already (``memory_read``)?"""
        return bool(await (await self._backend("memory_read", self.backends.memory_read)).exists(url))

    async def memory_write(self, text: str, **metadata: Any) -> Any:
        return await (await self._backend("memory_write", self.backends.memory_write)).store(text, **metadata)

    async def knowledge_read(self, query: str, limit: int = 10) -> Any:
        return await (await self._backend("knowledge_read", self.backends.knowledge_read)).search(query, limit)

    async def rag(
        self, query: str, *, budget: int = 6000, min_score: float = 0.25, limit: int = 5, rewrite: bool = False
    ) -> Mapping[str, Any]:
        """A context for a model from memory and knowledge: numbered sources
        (``[n] title — source``) under ``budget`` characters, the whole of it
        marked as untrusted data; ``rewrite`` lets a model improve the query
        first. Reads both stores, so it needs ``memory_read`` and
        ``knowledge_read``; rewriting calls a model, so it also needs ``llm``."""
        await self._check("memory_read")
        await self._check("knowledge_read")
        if rewrite:
            await self._check("llm")
        if self.backends.rag is None:
            raise SkillAPIUnavailable("rag has no backend on this node yet")
        return await self.backends.rag.context(
            self.caller.skill, self.caller.run_id, query, budget=budget, min_score=min_score, limit=limit,
            rewrite=rewrite,
        )  # fmt: skip

    async def knowledge_write(self, text: str, **metadata: Any) -> Any:
        return await (await self._backend("knowledge_write", self.backends.knowledge_write)).store(text, **metadata)

    async def resources_read(
        self, name: str | None = None, *, type: str | None = None, every: bool = False
    ) -> list[Mapping[str, Any]]:
        """The workflow's enabled resources (``every``: all enabled ones), by
        name and/or type; never a credential, only whether there is one."""
        backend = await self._backend("resources_read", self.backends.resources_read)
        return await backend.read(self.caller.run_id, name, type, every)

    async def resource_fetched(self, resource_id: int, items: int | None, error: str | None = None) -> None:
        """Record a feed's read (item count, or why it failed): a skill that
        may read resources says what it found; nothing else is written."""
        backend = await self._backend("resources_read", self.backends.resources_read)
        await backend.record_fetch(resource_id, items, error)

    async def sql_query(
        self, connection: str, query: str, params: Sequence[Any] = (), timeout_ms: int = 5000
    ) -> Mapping[str, Any]:
        """A read-only query on a connection the operator set up (by its
        name): ``{"rows": [...], "columns": [...]}``. Raises ``SqlFailed``."""
        backend = await self._backend("db_read", self.backends.sql_query)
        return await backend.query(self.caller.skill, connection, query, list(params), timeout_ms)

    async def skill_write(self, name: str, source: str, *, passed: bool = True) -> Any:
        """Keep a generated skill file (``passed``: it passed the checks and
        its try, so it is also staged for a 2FA load); never loads it."""
        backend = await self._backend("skill_write", self.backends.skill_write)
        return await backend.write(name, source, passed=passed)

    async def skill_manage(self, action: str, name: str) -> Any:
        return await (await self._backend("skill_manage", self.backends.skill_manage)).manage(action, name)

    async def workflow_manage(self, action: str, workflow: str) -> Any:
        return await (await self._backend("workflow_manage", self.backends.workflow_manage)).manage(action, workflow)

    async def google_request(self, request: GoogleRequest) -> GoogleReply:
        """A Google Calendar or Tasks API call with the operator's account
        (``google``); the token never reaches the skill. Not connected,
        off, revoked or refused: ``SkillAPIUnavailable`` with the reason."""
        backend = await self._backend("google", self.backends.google)
        return await backend.request(self.caller.skill, request)

    async def browse(self, request: BrowserRequest) -> BrowserReport:
        """Play a recipe in the node's headless browser (``browser``): every
        request the page makes passes the egress guard's address rules."""
        return await (await self._backend("browser", self.backends.browser)).play(self.caller.skill, request)

"""What the skills runtime needs from the application, as Protocols.
``alexclaw.wiring`` and ``alexclaw.invoke`` implement them; skills never
import the application."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from skills._invocation import Invocation, SkillCaller


class AuthorizerPort(Protocol):
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
        """(allowed, reason); every deny is audited by the implementation.
        ``tool``: the MCP tool a ``mcp`` caller came through."""
        ...


class TokensPort(Protocol):
    def mint(self, permissions: Iterable[str], *, ttl_seconds: float, max_depth: int) -> str: ...

    def attenuate(self, token: str, permissions: Iterable[str]) -> str: ...


class InvokerPort(Protocol):
    async def invoke(
        self,
        caller: SkillCaller,
        skill: str,
        input: Any,
        *,
        config: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        resources: tuple[Mapping[str, Any], ...] = (),
        llm_tier: str | None = None,
        llm_provider: str | None = None,
    ) -> Invocation:
        """The one way to run a skill: policy decision, capability token,
        breaker, execution with ``timeout``, sanitizer on an external
        skill's output, record. Every refusal and failure is a value."""
        ...


class ConfigPort(Protocol):
    def read(self, key: str) -> Any:
        """A setting's value as a skill may see it (secrets never)."""
        ...


class WebPort(Protocol):
    async def fetch(self, skill: str, url: str, headers: Mapping[str, str] | None) -> Mapping[str, Any]:
        """GET through the egress guard, limited to the endpoints ``skill``
        declared: status, url, headers, sanitized text, findings. Raises when
        the request is refused or does not complete."""
        ...

    async def request(self, skill: str, request: WebRequest) -> WebReply:
        """Any request a skill may make, through the egress guard with the
        endpoints ``skill`` declared. A refusal or a failure raises
        ``skills.WebFailed`` with its kind; any status is an answer."""
        ...


@dataclass(frozen=True, slots=True)
class WebRequest:
    """One request as a skill asks for it. ``credential`` names the secret
    the egress guard adds at the edge (a credential setting such as
    ``github.token``; core skills only): the skill never holds its value.
    ``text`` says how the answer's body is read: ``sanitized`` (the
    sanitizer's text, ``drop`` naming extra elements removed first — nav,
    header, footer), ``raw`` (the decoded body, credentials redacted: for
    JSON, feeds and diffs a core skill parses; its output is sanitized as
    an external skill's)."""

    method: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | None = None
    credential: str | None = None
    text: Literal["sanitized", "raw"] = "sanitized"
    drop: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WebReply:
    """The answer: status, the final URL (after vetted redirects), the
    headers a skill may read, the body as text (decoded by its declared or
    sniffed charset), how many bytes came, and what the sanitizer found."""

    status: int
    url: str
    headers: Mapping[str, str]
    text: str
    size: int
    redacted: bool = False
    findings: tuple[str, ...] = ()


# -- one Protocol per SkillAPI backend (wired as their subsystems land) ------


@dataclass(frozen=True, slots=True)
class GoogleRequest:
    """One Google Calendar or Tasks API call as a skill asks for it: the
    method (GET or POST), the path under the API's base (``/calendar/v3/…``
    or ``/tasks/v1/…``), the query and a JSON body. The node adds the
    operator's access token at the edge: the skill never holds it."""

    method: str
    path: str
    query: Mapping[str, str] = field(default_factory=dict)
    body: Any = None


@dataclass(frozen=True, slots=True)
class GoogleReply:
    status: int
    data: Any


class GooglePort(Protocol):
    async def request(self, skill: str, request: GoogleRequest) -> GoogleReply:
        """``google``: the call with the operator's token, through the egress
        guard to Google's API host only. Not connected, off, revoked or
        refused: ``skills.SkillAPIUnavailable`` with the reason."""
        ...


@dataclass(frozen=True, slots=True)
class LlmCall:
    """One ``llm`` call as the backend receives it: the prompt and the
    caller's choices, with who asks (the skill, its run) so the shield's
    verdicts name them. ``tier``/``provider`` None: the router's default.
    ``history``: earlier (role, text) turns of a conversation, oldest first,
    sent before the prompt; ``identity``: the node's identity prompt (a
    setting) goes first in the system prompt."""

    prompt: str
    skill: str
    run_id: str | None = None
    system: str = ""
    tier: str | None = None
    provider: str | None = None
    max_tokens: int = 1024
    # (source, content) pairs that came from outside (fetched pages, feed
    # items, another skill's output): the shield sees them as delimited data,
    # never as the caller's instructions.
    untrusted: tuple[tuple[str, str], ...] = ()
    history: tuple[tuple[str, str], ...] = ()
    identity: bool = False
    outside: str | None = None  # the caller's outside source (``CallerState.outside``) for the shield


@dataclass(frozen=True, slots=True)
class ModelReply:
    """An answer that came back through the shield: its (redacted) text,
    who answered, and the shield's verdict on it with the verdict's reason
    (the rules that matched; empty when none did)."""

    text: str
    provider: str
    model: str
    verdict: str
    reason: str = ""


class LlmPort(Protocol):
    async def complete(self, call: LlmCall) -> ModelReply:
        """``llm``: the answer, through the router and the shield guard. A
        refusal (the shield, no provider, limits, the provider's error)
        raises ``skills.ModelRefused`` with the reason."""
        ...


class OperatorSendPort(Protocol):
    async def send(self, text: str) -> Any:
        """``telegram_send``: a message to the operator's chat."""
        ...


class ClusterDispatchPort(Protocol):
    async def dispatch(self, node: str, workflow: str, input: Any, timeout: float) -> Mapping[str, Any]:
        """``cluster_dispatch``: start ``workflow`` on ``node`` over the
        cluster link; ``{ok, reason, run_id}``, a refusal as a value."""
        ...


class GatewaySendPort(Protocol):
    async def send(self, gateway: str, text: str, target: str = "") -> Any:
        """``gateway_send``: a message through the named gateway ("" = every
        gateway running on this node) to ``target`` (a Discord channel id;
        "" = the operator's chat or channel)."""
        ...


class SearchPort(Protocol):
    async def search(self, query: str, limit: int) -> Any:
        """``memory_read`` / ``knowledge_read``: the nearest entries."""
        ...

    async def exists(self, url: str) -> bool:
        """``memory_read`` / ``knowledge_read``: is something from ``url``
        kept already (the RSS skill's dedup by link)?"""
        ...


class RagPort(Protocol):
    async def context(
        self, skill: str, run_id: str | None, query: str, *, budget: int, min_score: float, limit: int, rewrite: bool
    ) -> Mapping[str, Any]:
        """``rag``: a numbered context from memory and knowledge under a size
        budget, marked as untrusted data, with its sources."""
        ...


class StorePort(Protocol):
    async def store(self, text: str, **metadata: Any) -> Any:
        """``memory_write`` / ``knowledge_write``: keep ``text``."""
        ...


class BackupPort(Protocol):
    async def back_up(self, actor: str) -> Mapping[str, Any]:
        """``db_backup``: back the node's database up now, as ``actor``;
        ``{"ok": True, "file", "size", "removed"}`` or ``{"ok": False,
        "error"}`` (backups not configured, a full disk...)."""
        ...


class ResourcesPort(Protocol):
    async def read(
        self, run_id: str | None, name: str | None, type: str | None, every: bool
    ) -> list[Mapping[str, Any]]:
        """``resources_read``: the enabled resources of the run's workflow
        (``every``: every enabled resource), by ``name`` and/or ``type`` when
        given, each as plain data without its credential."""
        ...

    async def record_fetch(self, resource_id: int, items: int | None, error: str | None) -> None:
        """What a skill's read of a feed found (the Resources page shows it)."""
        ...


class SqlPort(Protocol):
    async def query(
        self, skill: str, connection: str, query: str, params: Sequence[Any], timeout_ms: int
    ) -> Mapping[str, Any]:
        """``db_read``: the rows (``{"rows": [...], "columns": [...]}``) of a
        read-only query on the named connection; the password never leaves
        the backend. Raises ``SqlFailed`` with a kind and a message that
        carries no row value."""
        ...


class SkillWritePort(Protocol):
    async def write(self, name: str, source: str, *, passed: bool = True) -> Any:
        """``skill_write``: keep a generated dynamic skill's source; one that
        ``passed`` is staged for the operator's 2FA load too (never loaded)."""
        ...


class ManagePort(Protocol):
    async def manage(self, action: str, name: str) -> Any:
        """``skill_manage`` / ``workflow_manage``: act on a skill or workflow."""
        ...


@dataclass(frozen=True, slots=True)
class BrowserRequest:
    """``browser``: play a recipe in the node's headless browser. Either
    ``recipe`` names an ``automation`` resource (its steps and its
    allow-private grant are read by the backend), or ``steps`` holds checked
    steps (``skills.web``'s ``Step.as_json``: inline, or ``/automate``'s
    scrape), which reach public addresses only. ``input`` replaces
    ``{{input}}``."""

    steps: tuple[Mapping[str, Any], ...] = ()
    recipe: str = ""
    input: str = ""
    run_id: str | None = None


@dataclass(frozen=True, slots=True)
class BrowserStep:
    """What one step did: ``ok``, or the error in ``detail``; an
    ``extract_text`` step's (sanitized) ``text``; a ``screenshot`` step's
    ``screenshot``, the path the node serves it at."""

    position: int
    action: str
    ok: bool
    detail: str = ""
    text: str = ""
    screenshot: str = ""


@dataclass(frozen=True, slots=True)
class BrowserReport:
    """A recipe's play: ``outcome`` ok, error (a step failed, the rest did
    not run; or the recipe could not start) or timeout (the time budget);
    each step that ran; the texts and screenshots by name; every request
    the page made that the address rules aborted (``url — reason``)."""

    outcome: Literal["ok", "error", "timeout"]
    steps: tuple[BrowserStep, ...] = ()
    texts: Mapping[str, str] = field(default_factory=dict)
    screenshots: Mapping[str, str] = field(default_factory=dict)
    blocked: tuple[str, ...] = ()
    error: str = ""


class BrowserPort(Protocol):
    async def play(self, skill: str, request: BrowserRequest) -> BrowserReport:
        """``browser``: the recipe played in a headless browser whose every
        request passes the egress guard's address rules; every failure is
        a report, never a raise."""
        ...

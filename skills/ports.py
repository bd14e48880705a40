"""What the skills runtime needs from the application, as Protocols.
``alexclaw.wiring`` and ``alexclaw.invoke`` implement them; skills never
import the application."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

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


# -- one Protocol per SkillAPI backend (wired as their subsystems land) ------


@dataclass(frozen=True, slots=True)
class LlmCall:
    """One ``llm`` call as the backend receives it: the prompt and the
    caller's choices, with who asks (the skill, its run) so the shield's
    verdicts name them. ``tier``/``provider`` None: the router's default."""

    prompt: str
    skill: str
    run_id: str | None = None
    system: str = ""
    tier: str | None = None
    provider: str | None = None
    max_tokens: int = 1024


class LlmPort(Protocol):
    async def complete(self, call: LlmCall) -> str:
        """``llm``: the answer's text, through the router and the shield
        guard. A refusal (the shield, no provider, limits, the provider's
        error) raises ``skills.ModelRefused`` with the reason."""
        ...


class OperatorSendPort(Protocol):
    async def send(self, text: str) -> Any:
        """``telegram_send``: a message to the operator's chat."""
        ...


class GatewaySendPort(Protocol):
    async def send(self, gateway: str, text: str) -> Any:
        """``gateway_send``: a message through the named gateway."""
        ...


class SearchPort(Protocol):
    async def search(self, query: str, limit: int) -> Any:
        """``memory_read`` / ``knowledge_read``: the nearest entries."""
        ...


class StorePort(Protocol):
    async def store(self, text: str, **metadata: Any) -> Any:
        """``memory_write`` / ``knowledge_write``: keep ``text``."""
        ...


class ResourcesPort(Protocol):
    async def get(self, name: str) -> Any:
        """``resources_read``: a resource by name."""
        ...


class SkillWritePort(Protocol):
    async def write(self, name: str, source: str) -> Any:
        """``skill_write``: a dynamic skill's source (2FA applies)."""
        ...


class ManagePort(Protocol):
    async def manage(self, action: str, name: str) -> Any:
        """``skill_manage`` / ``workflow_manage``: act on a skill or workflow."""
        ...

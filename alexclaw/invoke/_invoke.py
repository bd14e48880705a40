"""``invoke``: the one way to run a skill, whoever asks.

In this order, each step once:

1. **policy decision** — a skill calling another (``caller.parent``) needs
   ``skill_invoke`` one level deeper in its chain, decided on its own token
   and declaration; the operator's ways in (a workflow they saved, the web,
   the CLI, the chat) are trusted as core code is, and the engine's chain
   rule still applies. Every deny is audited by the authorizer.
2. **capability token** — a dynamic target gets a token for exactly what it
   declares, valid for ``token_ttl_seconds``; a nested target gets its
   caller's token narrowed to its own permissions (attenuate only).
3. **breaker** — the target's own; open, it answers ``circuit_open`` and the
   skill is not called; a crash or an overrun counts against it.
4. **execution** with ``timeout`` — through the registration's
   ``Execution`` (in-process now; the dynamic-skill sandbox plugs in there).
5. **sanitizer** — the output of an ``external`` skill, on a non-error
   branch, is cleaned before anyone reads it (nested callers included).
6. **record** — the ``InvocationLog`` writes what happened (an audit row;
   a workflow step is recorded with its run's step, in one statement).

Refusals, open breakers, overruns and crashes come back as values
(``Invocation``); only a cancellation of the caller's task propagates.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from skills import (
    CIRCUIT_OPEN,
    ORIGIN_MCP,
    SKILL_MISSING,
    Backends,
    BranchKind,
    CallerState,
    Invocation,
    InvokeStatus,
    SkillAPI,
    SkillArgs,
    SkillCaller,
    SkillMeta,
    SkillOutcome,
    Skills,
)
from skills.ports import AuthorizerPort, ConfigPort, TokensPort, WebPort

SKILL_INVOKE: Final = "skill_invoke"


class InvocationLog(Protocol):
    async def record(self, caller: SkillCaller, skill: str, invocation: Invocation, duration_ms: float) -> None:
        """Make the invocation durable before ``invoke`` returns."""
        ...


@dataclass(frozen=True)
class Invoker:
    """``skills.ports.InvokerPort``. Built once by the application; every
    SkillAPI it hands a skill invokes through it again."""

    skills: Skills
    authorizer: AuthorizerPort
    tokens: TokensPort
    sanitize: Callable[[str, Any], Any]  # an external skill's output → cleaned
    log: InvocationLog
    config: ConfigPort | None = None
    web: WebPort | None = None
    backends: Backends = field(default_factory=Backends)
    token_ttl_seconds: Callable[[], float] = lambda: 600.0
    max_depth: int = 3

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
        # One coroutine from here to the skill: a run sleeping in its step
        # holds this frame, and 10,000 of them add up (the bench counts).
        started = time.perf_counter()
        allowed, reason = await self._decide(caller)
        registered = self.skills.get(skill)
        if not allowed:
            invocation = Invocation(InvokeStatus.DENIED, SkillOutcome.error(reason), BranchKind.ERROR)
        elif registered is None:
            missing = SkillOutcome({"error": f"no skill named {skill}"}, SKILL_MISSING)
            invocation = Invocation(InvokeStatus.MISSING, missing, BranchKind.ERROR)
        else:
            args = SkillArgs(
                input, dict(config or {}), resources, caller.run_id, llm_tier, llm_provider,
                self._api_for(caller, registered.meta, llm_tier, llm_provider),
            )  # fmt: skip
            try:
                outcome = await self.skills.execute(skill, args, timeout=timeout)
            except TimeoutError as exc:
                limit = f"{timeout * 1000:g} ms" if timeout is not None else "its time limit"
                overrun = SkillOutcome.error(f"timeout: {skill} did not finish within {limit}")
                invocation = Invocation(InvokeStatus.TIMED_OUT, overrun, BranchKind.ERROR, exc)
            except Exception as exc:  # the skill's bug is its caller's error value, not the caller's crash
                crashed = SkillOutcome.error(f"{skill} crashed: {type(exc).__name__}: {exc}")
                invocation = Invocation(InvokeStatus.CRASHED, crashed, BranchKind.ERROR, exc)
            else:
                invocation = self._answered(skill, registered.meta, outcome)
        await self.log.record(caller, skill, invocation, (time.perf_counter() - started) * 1000)
        return invocation

    def _api_for(
        self, caller: SkillCaller, meta: SkillMeta, llm_tier: str | None, llm_provider: str | None
    ) -> SkillAPI:
        """The SkillAPI the target acts through: its own permissions, at the
        caller's depth, with its token; the step's model choice as its
        ``llm`` default."""
        outside = caller.parent.outside if caller.parent else ("mcp" if caller.origin == ORIGIN_MCP else None)
        target = CallerState(
            meta.name, meta.permissions, self._caller_type(caller, meta.core), caller.depth,
            self._token(caller, meta.permissions, meta.core), caller.run_id, outside,
        )  # fmt: skip
        return SkillAPI(
            target, self.authorizer, self, config=self.config, web=self.web, backends=self.backends,
            llm_tier=llm_tier, llm_provider=llm_provider,
        )  # fmt: skip

    def _answered(self, skill: str, meta: SkillMeta, outcome: SkillOutcome) -> Invocation:
        """The skill's own answer (or its breaker's), the external output sanitized."""
        if outcome.branch == CIRCUIT_OPEN:
            return Invocation(InvokeStatus.CIRCUIT_OPEN, outcome, BranchKind.ERROR)
        if outcome.branch == SKILL_MISSING:  # unregistered in between
            return Invocation(InvokeStatus.MISSING, outcome, BranchKind.ERROR)
        kind = meta.kind_of(outcome.branch)
        if kind != BranchKind.ERROR and meta.external:
            cleaned = SkillOutcome(self.sanitize(skill, outcome.result), outcome.branch)
            return Invocation(InvokeStatus.RAN, cleaned, kind, sanitized=True)
        return Invocation(InvokeStatus.RAN, outcome, kind)

    async def _decide(self, caller: SkillCaller) -> tuple[bool, str]:
        parent = caller.parent
        if parent is None and caller.origin == ORIGIN_MCP:
            # An MCP client is neither the operator nor core code: caller type
            # mcp, a token for exactly skill_invoke, the tool named for
            # mcp_restriction — the engine's full path, every deny audited.
            token = self.tokens.mint({SKILL_INVOKE}, ttl_seconds=self.token_ttl_seconds(), max_depth=self.max_depth)
            return await self.authorizer.authorize(
                caller=caller.principal, caller_type="mcp", permission=SKILL_INVOKE, declared=frozenset({SKILL_INVOKE}),
                chain_depth=0, token=token, run_id=caller.run_id, tool=caller.tool,
            )  # fmt: skip
        if parent is None:
            # The operator's own ways in: trusted as core, the chain rule applies.
            return await self.authorizer.authorize(
                caller=caller.principal, caller_type="core", permission=SKILL_INVOKE, declared=frozenset(),
                chain_depth=0, token=None, run_id=caller.run_id,
            )  # fmt: skip
        # Checked at the depth the call will run at: the chain cap applies.
        return await self.authorizer.authorize(
            caller=parent.skill, caller_type=parent.caller_type, permission=SKILL_INVOKE, declared=parent.declared,
            chain_depth=caller.depth, token=parent.token, run_id=parent.run_id,
        )  # fmt: skip

    @staticmethod
    def _caller_type(caller: SkillCaller, core: bool) -> str:
        # A nested target acts with its caller's standing, never more: a
        # dynamic skill cannot borrow a core skill's trust by calling it.
        if caller.parent is not None:
            return caller.parent.caller_type
        return "core" if core else "dynamic"

    def _token(self, caller: SkillCaller, permissions: frozenset[str], core: bool) -> str | None:
        if caller.parent is not None:
            token = caller.parent.token
            return self.tokens.attenuate(token, permissions) if token else None
        if core:
            return None
        return self.tokens.mint(permissions, ttl_seconds=self.token_ttl_seconds(), max_depth=self.max_depth)

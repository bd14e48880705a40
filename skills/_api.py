"""The SkillAPI: the only side-effect surface of non-core skills.

Every function names its permission; the call is authorized (chain depth,
capability token, policies, declared permissions — and audited on deny)
before anything happens. ``run_skill`` goes one level deeper in the chain
with a token attenuated to the target's permissions, and the depth is back
where it was afterwards. Functions whose subsystem does not exist yet say so
with ``SkillAPIUnavailable`` — after the permission check, which is complete.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final

from skills._contract import SkillArgs, SkillOutcome
from skills._registry import Skills
from skills.ports import AuthorizerPort, ConfigPort, TokensPort, WebPort

PERMISSIONS: Final = (
    "llm", "telegram_send", "gateway_send", "memory_read", "memory_write", "knowledge_read", "knowledge_write",
    "web_read", "config_read", "resources_read", "skill_invoke", "skill_write", "skill_manage", "workflow_manage",
)  # fmt: skip


class PermissionDenied(PermissionError):
    """The SkillAPI refused a call; the message is the authorizer's reason."""


class SkillAPIUnavailable(RuntimeError):
    """The permission was granted but the subsystem behind it is not there yet."""


@dataclass(frozen=True)
class CallerState:
    skill: str
    declared: frozenset[str]
    caller_type: str = "dynamic"
    chain_depth: int = 0
    token: str | None = None
    run_id: str | None = None


@dataclass
class SkillAPI:
    caller: CallerState
    authorizer: AuthorizerPort
    tokens: TokensPort
    skills: Skills
    config: ConfigPort | None = None
    web: WebPort | None = None
    backends: Mapping[str, Any] = field(default_factory=dict)

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

    async def _backend(self, permission: str, operation: str, *args: Any, **kwargs: Any) -> Any:
        await self._check(permission)
        backend = self.backends.get(permission)
        if backend is None:
            raise SkillAPIUnavailable(f"{operation} ({permission}) has no backend on this node yet")
        return await getattr(backend, operation)(*args, **kwargs)

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

    async def run_skill(self, name: str, args: SkillArgs) -> SkillOutcome:
        """Invoke another skill one level deeper, with the token narrowed to
        what the target declares."""
        # Checked at the depth the call will run at: the chain cap applies.
        deeper_call = replace(self.caller, chain_depth=self.caller.chain_depth + 1)
        await replace(self, caller=deeper_call)._check("skill_invoke")
        target = self.skills.get(name)
        if target is None:
            return await self.skills.execute(name, args)  # the skill_missing outcome
        token = self.caller.token
        narrowed = self.tokens.attenuate(token, target.meta.permissions) if token else None
        deeper = replace(
            self.caller,
            skill=name,
            declared=target.meta.permissions,
            chain_depth=self.caller.chain_depth + 1,
            token=narrowed,
        )
        inner = replace(self, caller=deeper)
        # The target acts through its own API, one level down; ours is untouched.
        return await self.skills.execute(name, replace(args, api=inner))

    # -- wired when their subsystems land -----------------------------------

    async def llm(self, prompt: str, **options: Any) -> Any:
        return await self._backend("llm", "complete", prompt, **options)

    async def telegram_send(self, text: str) -> Any:
        return await self._backend("telegram_send", "send", text)

    async def gateway_send(self, gateway: str, text: str) -> Any:
        return await self._backend("gateway_send", "send", gateway, text)

    async def memory_read(self, query: str, limit: int = 10) -> Any:
        return await self._backend("memory_read", "search", query, limit)

    async def memory_write(self, text: str, **metadata: Any) -> Any:
        return await self._backend("memory_write", "store", text, **metadata)

    async def knowledge_read(self, query: str, limit: int = 10) -> Any:
        return await self._backend("knowledge_read", "search", query, limit)

    async def knowledge_write(self, text: str, **metadata: Any) -> Any:
        return await self._backend("knowledge_write", "store", text, **metadata)

    async def resources_read(self, name: str) -> Any:
        return await self._backend("resources_read", "get", name)

    async def skill_write(self, name: str, source: str) -> Any:
        return await self._backend("skill_write", "write", name, source)

    async def skill_manage(self, action: str, name: str) -> Any:
        return await self._backend("skill_manage", "manage", action, name)

    async def workflow_manage(self, action: str, workflow: str) -> Any:
        return await self._backend("workflow_manage", "manage", action, workflow)

"""``/shell <cmd>``: the shell skill from the chat, as one operation.

The layers the chat can check before asking for a code are checked first
(``shell.enabled``, two-factor set up, the whitelist, the blocklist, the
obfuscation heuristics), so nobody types a code for a command that would be
refused; then ``approve_or_run`` parks the command behind a TOTP challenge
(``shell.run`` in the privileged table: a code from the chat, every time),
and the answered challenge runs the skill through ``invoke``, where every
layer is checked again. Every refusal is audited (``shell.refused``) with
its layer and reason, never the command's output."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.config import ConfigHandle
from alexclaw.security import (
    Acting,
    Approval,
    Challenges,
    ChallengeView,
    NotAllowed,
    Proof,
    approve_or_run,
    record_audit,
    secret_in_force,
)
from alexclaw.storage import DatabaseHandle
from skills import InvokeStatus, SkillCaller
from skills.builtin import ShellRefusal, check_command, parse_whitelist
from skills.ports import InvokerPort

SHELL_ACTION: Final = "shell.run"
SHELL_REFUSED: Final = "shell.refused"
SHELL_SKILL: Final = "shell"
USAGE: Final = "Usage: /shell <command>, e.g. /shell df -h"


@dataclass(frozen=True, slots=True)
class ShellOperations:
    database: DatabaseHandle
    config: ConfigHandle
    challenges: Challenges
    invoker: InvokerPort | None

    async def run(self, acting: Acting, command: str) -> str | ChallengeView:
        """The text to answer with now, or the challenge that runs the
        command once its code is given."""
        command = command.strip()
        if not command:
            return USAGE
        refusal = self._precheck(command)
        if refusal is not None:
            return await self._refuse(acting, refusal)

        async def approved(approval: Approval) -> str:
            if approval.proof is not Proof.CODE:  # the table asks a code; never run on less
                return await self._refuse(acting, ShellRefusal("2fa", "the command was not approved with a code"))
            return await self._execute(acting, command)

        outcome = await approve_or_run(
            self.challenges, self.database, two_factor_on=True, action=SHELL_ACTION, entry=acting.entry,
            actor=acting.actor, description=f"Run on the node: $ {command}", run=approved, channel=acting.origin,
        )  # fmt: skip
        if isinstance(outcome, NotAllowed):
            return f"Refused (2fa): {outcome.reason}."
        if isinstance(outcome, ChallengeView):
            return outcome
        return outcome.value

    def _precheck(self, command: str) -> ShellRefusal | None:
        if self.invoker is None:
            return ShellRefusal("enabled", "skills do not run on this node")
        if self.config.get("shell.enabled") is not True:
            return ShellRefusal("enabled", "the shell is off (shell.enabled)")
        if secret_in_force(self.config) is None:
            return ShellRefusal("2fa", "two-factor is not set up, and every /shell command needs a code")
        whitelist = parse_whitelist(self.config.get("shell.whitelist"))
        if whitelist is None:
            return ShellRefusal("whitelist", "shell.whitelist is not a JSON list of commands")
        checked = check_command(command, whitelist)
        return checked if isinstance(checked, ShellRefusal) else None

    async def _execute(self, acting: Acting, command: str) -> str:
        assert self.invoker is not None  # _precheck refused otherwise
        caller = SkillCaller(acting.actor, acting.origin)
        invocation = await self.invoker.invoke(caller, SHELL_SKILL, None, config={"command": command})
        result: Any = invocation.outcome.result
        if invocation.status is InvokeStatus.RAN and isinstance(result, str):
            return result
        if isinstance(result, Mapping) and "output" in result:
            return str(result["output"])
        reason = str(result.get("error", "")) if isinstance(result, Mapping) else str(result)
        layer, _, why = reason.partition(": ")
        if invocation.status is InvokeStatus.RAN and why:  # the skill refused it at one of its layers
            return await self._refuse(acting, ShellRefusal(layer, why))
        return f"The shell did not run: {reason}"

    async def _refuse(self, acting: Acting, refusal: ShellRefusal) -> str:
        async with self.database.pool().acquire() as conn:
            detail = {"layer": refusal.layer, "reason": refusal.reason, "origin": acting.origin}
            await record_audit(conn, acting.actor, SHELL_REFUSED, SHELL_SKILL, outcome="denied", detail=detail)
        return f"Refused ({refusal.layer}): {refusal.reason}."

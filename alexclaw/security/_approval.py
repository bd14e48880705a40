"""Privileged actions: one table of what each action needs from each way in,
and one function that asks for it (``approve_or_run``).

Every privileged action is listed once with, per entry point, the proof it
needs: ``NONE``, ``CODE`` (a fresh TOTP code for this very action while
two-factor is on) or ``HOST`` (the command line: whoever runs it already
holds the host and its ``.env``; the change is audited with origin ``cli``).
An entry point that is not listed for an action is refused, and the refusal
is audited: a new way in (MCP, the cluster, a webhook) gets nothing until
it is written into the table.

An ``Approval`` is what a write of something sensitive presents to the
layer that stores it (settings, workflows): the stores check it themselves,
so a caller that forgets to ask for a code is refused there instead of
weakening a control silently. Only ``approve_or_run`` creates approvals
with ``Proof.CODE``, inside the action a passed challenge runs.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Generic, Protocol, TypeVar

import asyncpg

from alexclaw.security._audit import record_audit
from alexclaw.security._challenges import Challenges, ChallengeView

T = TypeVar("T")


class Pools(Protocol):
    """Where an operation gets its connections: the node's ``DatabaseHandle``,
    or a command's own pool (``FixedPool``)."""

    def pool(self) -> asyncpg.Pool: ...


@dataclass(frozen=True, slots=True)
class FixedPool:
    """A pool a command opened itself, as ``Pools``."""

    opened: asyncpg.Pool

    def pool(self) -> asyncpg.Pool:
        return self.opened


class Entry(enum.StrEnum):
    """The ways into the node an action can come from."""

    WEB = "web"
    CHAT = "chat"
    CLI = "cli"
    MCP = "mcp"
    WEBHOOK = "webhook"
    CLUSTER = "cluster"
    SCHEDULER = "scheduler"


class Proof(enum.StrEnum):
    """What an approval rests on."""

    NONE = "none"  # the action needs no proof from this entry point
    TWO_FACTOR_OFF = "2fa_off"  # a code was wanted, but two-factor is not set up
    CODE = "code"  # a fresh TOTP code answered this action's challenge
    HOST = "host"  # the host's operator, on the command line

    @property
    def strong(self) -> bool:
        """Good enough for a change that needs a code while 2FA is on."""
        return self in (Proof.CODE, Proof.HOST)


@dataclass(frozen=True, slots=True)
class Privileged:
    action: str
    what: str
    proofs: Mapping[Entry, Proof]


def _privileged(action: str, what: str, **proofs: Proof) -> Privileged:
    return Privileged(action, what, MappingProxyType({Entry(k): v for k, v in proofs.items()}))


_CODE, _HOST, _NONE = Proof.CODE, Proof.HOST, Proof.NONE

PRIVILEGED: Final[Mapping[str, Privileged]] = MappingProxyType(
    {
        p.action: p
        for p in (
            _privileged("config.secret", "change a secret setting", web=_CODE, chat=_CODE, cli=_HOST),
            _privileged("config.control", "change a security control", web=_CODE, chat=_CODE, cli=_HOST),
            _privileged("config.endpoint", "change where a credential is sent", web=_CODE, chat=_CODE, cli=_HOST),
            _privileged("config.ordinary", "change an ordinary setting", web=_NONE, chat=_NONE, cli=_HOST),
            _privileged("totp.enrol", "set up or replace two-factor", web=_CODE, chat=_CODE, cli=_HOST),
            _privileged("totp.disable", "turn two-factor off", web=_CODE, chat=_CODE, cli=_HOST),
            _privileged(
                "totp.recovery_codes", "replace the two-factor recovery codes", web=_CODE, chat=_CODE, cli=_HOST
            ),
            _privileged("telegram.adopt", "choose the chat the bot answers", web=_CODE, cli=_HOST),
            _privileged("discord.adopt", "choose the Discord channel the bot answers", web=_CODE, cli=_HOST),
            _privileged("shield.mode", "switch the shield between block and observe", web=_CODE, cli=_HOST),
            _privileged("break_glass.start", "let blocked prompts through for a while", web=_CODE),
            _privileged("policy.save", "save an authorization policy", web=_CODE, cli=_HOST),
            _privileged("policy.delete", "delete an authorization policy", web=_CODE, cli=_HOST),
            _privileged("block.remove", "lift a login block", web=_CODE, cli=_HOST),
            _privileged("mcp.key_create", "create an MCP key", web=_CODE, cli=_HOST),
            _privileged(
                "llm.provider_secret",
                "set an LLM provider's key, where it sends it, or its private-address grant",
                web=_CODE,
                cli=_HOST,
            ),
            _privileged(
                "workflow.guarded_change",
                "change a 2FA workflow's flag, steps, schedule or enabled state",
                web=_CODE,
                cli=_HOST,
            ),
            _privileged("workflow.import", "import a 2FA or scheduled workflow", web=_CODE, cli=_HOST),
            _privileged(
                "resource.allow_private", "let a resource reach a private or loopback address", web=_CODE, cli=_HOST
            ),
            _privileged("resource.credential", "set or clear a resource's credential", web=_CODE, cli=_HOST),
            _privileged(
                "db_connection.secret",
                "set a database connection's password, where it sends it, or its private-address grant",
                web=_CODE,
                cli=_HOST,
            ),
            # The command line cannot answer a challenge; a scheduled run was
            # approved when its schedule was saved.
            # MCP: a workflow that requires 2FA (or has a privileged step) starts only
            # once the operator answers the challenge from the web or a chat.
            _privileged(
                "workflow.run", "start a workflow that requires 2FA", web=_CODE, chat=_CODE, mcp=_CODE, scheduler=_NONE
            ),
            _privileged("workflow.resume", "resume a run of a workflow that requires 2FA", web=_CODE, chat=_CODE),
            _privileged("shell.run", "run a command on the node (/shell)", chat=_CODE),
            _privileged("cluster.register", "let another cluster node start workflows here", web=_CODE, cli=_HOST),
            # Code the node will run: from the Skills page only, never a chat, MCP or the command line.
            _privileged("skill.load", "load a dynamic skill", web=_CODE),
            _privileged("skill.reload", "reload a dynamic skill with a new version", web=_CODE),
            _privileged("skill.unload", "unload a dynamic skill", web=_CODE),
            _privileged("database.restore", "replace the whole database with a backup", web=_CODE, cli=_HOST),
            _privileged("data.import", "import settings, workflows and providers from an export", web=_CODE, cli=_HOST),
        )
    }
)


def required_proof(action: str, entry: Entry) -> Proof | None:
    """The proof ``action`` needs from ``entry``; None when it is refused
    from there (or the action is unknown: fail closed)."""
    privileged = PRIVILEGED.get(action)
    return None if privileged is None else privileged.proofs.get(entry)


@dataclass(frozen=True, slots=True)
class Approval:
    """Presented to a store with a sensitive change."""

    action: str
    entry: Entry
    proof: Proof
    actor: str

    @property
    def strong(self) -> bool:
        return self.proof.strong


def host_approval(action: str, actor: str) -> Approval:
    """The command line's approval: the host operator, audited as ``cli``."""
    if required_proof(action, Entry.CLI) is not Proof.HOST:
        raise ValueError(f"{action} is not a host-approved action")
    return Approval(action, Entry.CLI, Proof.HOST, actor)


def no_approval(actor: str, entry: Entry = Entry.WEB) -> Approval:
    """For ordinary changes: carries who and where, proves nothing."""
    return Approval("none", entry, Proof.NONE, actor)


@dataclass(frozen=True, slots=True)
class Ran(Generic[T]):
    value: T


@dataclass(frozen=True, slots=True)
class NotAllowed:
    reason: str


async def approve_or_run(
    challenges: Challenges,
    database: Pools,
    *,
    two_factor_on: bool,
    action: str,
    entry: Entry,
    actor: str,
    description: str,
    run: Callable[[Approval], Awaitable[T]],
    channel: str | None = None,
) -> Ran[T] | ChallengeView | NotAllowed:
    """Run ``run`` now with the approval the table allows, or park it behind
    a TOTP challenge (``ChallengeView``), or refuse (audited). A parked
    action runs later, maybe from another channel: it must not touch the
    request that asked for it. ``channel`` names where the request came
    from (``telegram``), so that channel is not told twice."""
    proof = required_proof(action, entry)
    if proof is None:
        async with database.pool().acquire() as conn:
            detail: dict[str, Any] = {"entry": entry.value, "reason": "not allowed from this entry point"}
            await record_audit(conn, actor, "privileged.refused", action, outcome="denied", detail=detail)
        return NotAllowed(f"{action} cannot be done from {entry.value}")
    if proof is Proof.CODE and not two_factor_on:
        proof = Proof.TWO_FACTOR_OFF
    if proof is not Proof.CODE:
        return Ran(await run(Approval(action, entry, proof, actor)))

    async def approved() -> T:
        return await run(Approval(action, entry, Proof.CODE, actor))

    return await challenges.create(action, description, approved, actor=actor, origin=channel or entry.value)

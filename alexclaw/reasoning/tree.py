"""The reasoning subtree, rest_for_one:

    reasoning
    ├── recovery   at boot: this node's sessions still running → interrupted (then ignored)
    └── sessions   DynamicSupervisor: one transient process per running session

Recovery runs first, so no session of an earlier start is left ``running``
before a new one can start; a restarted sessions supervisor (whose
sessions were stopped, each marking itself interrupted) is recovered the
same way.
"""

from __future__ import annotations

from typing import Any

from actors import IGNORE, publish
from alexclaw.reasoning._actor import CRASHED, REASONING_TOPIC, STOPPED, SessionActor, session_name
from alexclaw.reasoning._desk import EventKind
from alexclaw.reasoning._model import Status
from alexclaw.reasoning._ports import ReasoningPorts
from alexclaw.reasoning._store import add_event, get_session, interrupt_running, save_session
from supervisors import ChildSpec, DynamicSupervisor, Restart, Strategy, Supervisor

REASONING_NAME = "alexclaw.reasoning"
SESSIONS_NAME = "alexclaw.reasoning.sessions"


def session_spec(ports: ReasoningPorts, session_id: int, *, resumed: bool = False) -> ChildSpec:
    """A transient child: restarted after a crash only to be marked
    ``interrupted`` (resumable) — the operator decides to go on."""
    starts = 0

    async def start() -> Any:
        nonlocal starts
        starts += 1
        if starts > 1:
            await interrupt(ports, session_id, CRASHED)
            return IGNORE
        return await SessionActor(ports, session_id, resumed=resumed).start(name=session_name(session_id))

    return ChildSpec(f"session-{session_id}", start, restart=Restart.TRANSIENT, shutdown=10.0)


async def interrupt(ports: ReasoningPorts, session_id: int, reason: str) -> None:
    async with ports.database.pool().acquire() as conn:
        row = await get_session(conn, session_id)
        if row is None or row.finished:
            return
        await save_session(conn, session_id, status=Status.INTERRUPTED.value, reason=reason)
        data = {"status": Status.INTERRUPTED.value, "reason": reason}
        event = await add_event(conn, session_id, EventKind.STATUS, data)
    publish(REASONING_TOPIC, event)


def reasoning_spec(ports: ReasoningPorts) -> ChildSpec:
    async def start_recovery() -> Any:
        async def attempt() -> None:
            async with ports.database.pool().acquire() as conn:
                await interrupt_running(conn, ports.node, STOPPED)

        await ports.database.when_ready(attempt, what="reasoning recovery")
        return IGNORE

    children = [
        ChildSpec("recovery", start_recovery, restart=Restart.TEMPORARY, info="running sessions → interrupted"),
        # Sessions are transient: a crash restarts the spec only to mark the
        # session interrupted (resumable). 100 in 10 s: sessions are many and
        # independent; one bad session must not take the others down.
        DynamicSupervisor.child_spec("sessions", name=SESSIONS_NAME, intensity=100, period=10.0, shutdown=15.0),
    ]
    return Supervisor.child_spec(
        "reasoning", children, name=REASONING_NAME, strategy=Strategy.REST_FOR_ONE, intensity=3, period=30.0
    )

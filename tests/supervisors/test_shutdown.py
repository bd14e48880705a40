"""Shutdown policies: a timeout then a kill, BRUTAL_KILL, INFINITY."""

from __future__ import annotations

import asyncio

from actors import Killed, call, whereis
from supervisors import ShutdownPolicy, Supervisor, terminate_child, which_children
from tests.helpers import Stubborn, worker


async def test_a_child_that_does_not_stop_in_time_is_killed() -> None:
    journal: list[tuple[str, str]] = []
    sup = await Supervisor([worker("s", journal, shutdown=0.05, cls=Stubborn)]).start()
    child = whereis("s")
    assert child is not None
    await terminate_child(sup, "s")
    assert isinstance(child.exit_reason, Killed)
    assert ("stuck", "s") in journal  # it was asked nicely first
    await sup.stop()


async def test_brutal_kill_cancels_an_async_actor_stuck_in_a_handler() -> None:
    journal: list[tuple[str, str]] = []
    sup = await Supervisor([worker("h", journal, shutdown=ShutdownPolicy.BRUTAL_KILL)]).start()
    child = whereis("h")
    assert child is not None
    hung = asyncio.ensure_future(call(child, "hang", timeout=None))
    await child.hanging.wait()  # type: ignore[attr-defined]
    await terminate_child(sup, "h")
    assert isinstance(child.exit_reason, Killed)
    assert ("stop", "h") not in journal  # a kill skips terminate
    assert hung.done()
    assert hung.exception() is not None
    await sup.stop()


async def test_infinity_waits_for_an_orderly_stop() -> None:
    journal: list[tuple[str, str]] = []
    sup = await Supervisor([worker("w", journal, shutdown=ShutdownPolicy.INFINITY)]).start()
    await sup.stop()
    assert journal[-1] == ("stop", "w")


async def test_a_terminated_child_keeps_its_spec_and_is_not_restarted() -> None:
    sup = await Supervisor([worker("w", [])]).start()
    await terminate_child(sup, "w")
    assert [(r.id, r.status) for r in which_children(sup)] == [("w", "stopped")]
    assert whereis("w") is None
    await sup.stop()


async def test_stopping_a_tree_leaves_no_process_behind() -> None:
    journal: list[tuple[str, str]] = []
    inner = Supervisor.child_spec("inner", [worker("x", journal), worker("y", journal)])
    sup = await Supervisor([worker("a", journal), inner, worker("b", journal)]).start()
    await sup.stop()
    assert [e for e in journal if e[0] == "stop"] == [("stop", "b"), ("stop", "y"), ("stop", "x"), ("stop", "a")]

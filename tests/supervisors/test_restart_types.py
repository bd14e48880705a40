"""Permanent, transient and temporary children on normal exit, shutdown
and crash: the OTP table."""

from __future__ import annotations

import pytest

from actors import NORMAL, SHUTDOWN, Crashed, ExitReason, Process, call, cast, sync, whereis
from supervisors import Restart, Supervisor, should_restart, which_children
from tests.helpers import worker

CASES = [
    (Restart.PERMANENT, "normal", True),
    (Restart.PERMANENT, "shutdown", True),
    (Restart.PERMANENT, "crash", True),
    (Restart.TRANSIENT, "normal", False),
    (Restart.TRANSIENT, "shutdown", False),
    (Restart.TRANSIENT, "crash", True),
    (Restart.TEMPORARY, "normal", False),
    (Restart.TEMPORARY, "shutdown", False),
    (Restart.TEMPORARY, "crash", False),
]


async def end(proc: Process, how: str) -> None:
    if how == "normal":
        await call(proc, "stop")
    elif how == "shutdown":
        await proc.stop()
    else:
        cast(proc, "crash")
    await proc.wait_exited()


@pytest.mark.parametrize(("restart", "how", "restarted"), CASES)
async def test_a_child_is_restarted_according_to_its_restart_type(restart: Restart, how: str, restarted: bool) -> None:
    sup = await Supervisor([worker("w", [], restart=restart)], intensity=5).start()
    first = whereis("w")
    assert first is not None
    await end(first, how)
    await sync(sup)  # the supervisor has handled the exit
    now = whereis("w")
    assert (now is not None and now is not first) == restarted
    ids = [row.id for row in which_children(sup)]
    assert ids == ([] if restart is Restart.TEMPORARY else ["w"])  # a temporary spec is forgotten
    await sup.stop()


@pytest.mark.parametrize(
    ("restart", "reason", "expected"),
    [
        (Restart.PERMANENT, NORMAL, True),
        (Restart.TRANSIENT, NORMAL, False),
        (Restart.TRANSIENT, SHUTDOWN, False),
        (Restart.TRANSIENT, Crashed(RuntimeError()), True),
        (Restart.TEMPORARY, Crashed(RuntimeError()), False),
    ],
)
def test_the_restart_rule_as_a_function(restart: Restart, reason: ExitReason, expected: bool) -> None:
    assert should_restart(restart, reason) is expected

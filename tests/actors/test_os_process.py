"""``OsProcess``: an OS child process with the kernel's process interface."""

from __future__ import annotations

import sys

from actors import KILLED, NORMAL, Crashed, OsExit, OsProcess, Shutdown
from actors.testing import Probe, wait_until

PY = [sys.executable, "-I", "-S", "-c"]


async def test_a_child_that_exits_zero_exits_normal_and_its_pipes_work() -> None:
    proc = await OsProcess([*PY, "import sys; sys.stdout.write(sys.stdin.readline().upper())"], env={}).start()
    proc.stdin.write(b"hello\n")
    await proc.stdin.drain()
    assert await proc.stdout.readline() == b"HELLO\n"
    assert await proc.wait_exited(10) == NORMAL


async def test_a_nonzero_status_is_a_crash_naming_it_and_monitors_get_down() -> None:
    probe = await Probe().start()
    proc = await OsProcess([*PY, "import time, sys; sys.stdin.readline(); sys.exit(3)"], env={}).start(link=False)
    probe.monitor(proc)
    proc.stdin.write(b"go\n")
    reason = await proc.wait_exited(10)
    assert isinstance(reason, Crashed) and isinstance(reason.error, OsExit) and reason.error.returncode == 3
    down = await probe.receive()
    assert down.reason is reason
    await probe.stop()


async def test_kill_ends_the_whole_process_group() -> None:
    script = (
        "import os, time\npid = os.fork()\nif pid == 0:\n    time.sleep(60)\nprint(pid, flush=True)\ntime.sleep(60)\n"
    )
    proc = await OsProcess([*PY, script], env={}).start(link=False)
    grandchild = int(await proc.stdout.readline())
    proc.kill()
    assert await proc.wait_exited(10) == KILLED
    assert proc.os_pid is not None
    # The group's SIGKILL reaches the grandchild on its own schedule: the
    # child's exit being seen does not mean the grandchild is already dead.
    await wait_until(lambda: _gone_or_zombie(grandchild), timeout=10, message="the grandchild was killed too")


async def test_a_killed_child_whose_unread_stdout_filled_its_buffer_is_seen_to_exit() -> None:
    # Found in CI (the sandbox's stdout-flood test hung): with the reader
    # paused on a full buffer, the pipe never saw EOF, so the exit was never
    # reported and wait_exited() waited forever.
    proc = await OsProcess([*PY, "while True:\n    print('x' * 65536)\n"], env={}).start(link=False)
    pipe = proc._proc._transport.get_pipe_transport(1)  # type: ignore[union-attr]
    await wait_until(lambda: not pipe.is_reading(), timeout=30, message="the stdout reader paused")
    proc.kill()
    assert await proc.wait_exited(10) == KILLED


def _gone_or_zombie(pid: int) -> bool:
    """Killed: absent, or a zombie waiting for whoever adopted it."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


async def test_stop_asks_with_sigterm_and_exits_with_the_reason() -> None:
    proc = await OsProcess([*PY, "import time\nprint('up', flush=True)\ntime.sleep(60)"], env={}).start(link=False)
    await proc.stdout.readline()
    assert await proc.stop(Shutdown("done"), timeout=10) == Shutdown("done")

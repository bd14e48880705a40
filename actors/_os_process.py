"""``OsProcess``: an operating-system child process as a kernel process.

It shares the interface of every process kind — ``start(name=...)``,
``stop(reason, timeout)``, ``kill()``, ``link``, ``monitor`` (→ ``Down``),
``exit_reason``, ``wait_exited()`` — so a supervisor starts, stops and shows
it like any other child (BEAM's port, in spirit). The child runs in its own
session, so its process group is its whole family: a stop sends SIGTERM to
the group and SIGKILL after ``stop_grace`` seconds; a kill sends SIGKILL to
the group at once. When the child itself exits, whatever it left behind in
its group is killed too.

Exit reasons: the child exiting 0 is ``Normal``; any other status (an exit
code or a signal) is ``Crashed(OsExit(...))``, unless a stop or kill asked
for it, in which case the reason is the one asked for. It has no mailbox:
the owner talks to the child through its pipes (``stdin``, ``stdout``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from actors._exits import KILLED, NORMAL, Crashed, ExitReason
from actors._process import Process

log = logging.getLogger("actors")


class OsExit(Exception):
    """How an OS child process ended abnormally: ``returncode`` as asyncio
    reports it (negative: killed by that signal)."""

    def __init__(self, returncode: int) -> None:
        self.returncode = returncode
        if returncode < 0:
            try:
                text = f"killed by {signal.Signals(-returncode).name}"
            except ValueError:
                text = f"killed by signal {-returncode}"
        else:
            text = f"exited with status {returncode}"
        super().__init__(text)


class OsProcess(Process):
    """Runs ``argv`` as a child OS process with pipes on stdin and stdout."""

    __slots__ = (
        "_argv",
        "_cwd",
        "_env",
        "_os_stop_reason",
        "_os_waiter",
        "_preexec",
        "_proc",
        "_stderr",
        "_stop_grace",
    )

    def __init__(
        self,
        argv: Sequence[str],
        *,
        env: Mapping[str, str],
        cwd: str | None = None,
        preexec: Callable[[], None] | None = None,
        stop_grace: float = 2.0,
        stderr: int = asyncio.subprocess.DEVNULL,
    ) -> None:
        super().__init__()
        self._argv = tuple(argv)
        self._env = dict(env)
        self._cwd = cwd
        self._preexec = preexec
        self._stop_grace = stop_grace
        self._stderr = stderr
        self._proc: asyncio.subprocess.Process | None = None
        self._os_waiter: asyncio.Task[None] | None = None
        self._os_stop_reason: ExitReason | None = None

    def __repr__(self) -> str:
        label = self.name or os.path.basename(self._argv[0])
        os_pid = self._proc.pid if self._proc is not None else "-"
        return f"<os {label} #{self.pid} pid {os_pid}>"

    async def start(self, name: str | None = None, *, link: bool = True) -> OsProcess:
        """Spawn the child (``preexec`` runs in it before ``exec``); linked
        to the calling process by default. A spawn failure raises ``OSError``
        (or ``SubprocessError``) and nothing is registered."""
        loop = asyncio.get_running_loop()
        self._proc = await asyncio.create_subprocess_exec(
            *self._argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=self._stderr,
            env=self._env,
            cwd=self._cwd,
            preexec_fn=self._preexec,
            start_new_session=True,
            close_fds=True,
        )
        self._begin(loop, name)
        if link and self._parent is not None:
            self._parent.link(self)
        self._os_waiter = loop.create_task(self._wait())
        return self

    @property
    def os_pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def stdin(self) -> asyncio.StreamWriter:
        assert self._proc is not None and self._proc.stdin is not None, "not started"
        return self._proc.stdin

    @property
    def stdout(self) -> asyncio.StreamReader:
        assert self._proc is not None and self._proc.stdout is not None, "not started"
        return self._proc.stdout

    async def _wait(self) -> None:
        assert self._proc is not None
        returncode = await self._proc.wait()
        self._signal_group(signal.SIGKILL)  # what it left behind in its group
        if self._os_stop_reason is not None:
            reason: ExitReason = self._os_stop_reason
        elif returncode == 0:
            reason = NORMAL
        else:
            reason = Crashed(OsExit(returncode))
        self._finalize(reason)

    def _signal_group(self, sig: signal.Signals) -> None:
        if self._proc is None:
            return
        try:
            os.killpg(self._proc.pid, sig)  # its own session: the group id is its pid
        except (ProcessLookupError, PermissionError):
            pass

    def _request_stop(self, reason: ExitReason) -> None:
        if self._exit_reason is not None or self._os_stop_reason is not None:
            return
        self._os_stop_reason = reason
        self._signal_group(signal.SIGTERM)
        if self._loop is not None:
            self._loop.call_later(self._stop_grace, self._kill_if_running)

    def _kill_if_running(self) -> None:
        """The stop's grace is over: SIGKILL, unless it has exited (its pid
        may belong to someone else by now)."""
        if self._exit_reason is None:
            self._signal_group(signal.SIGKILL)
            self._close_pipes()

    def _kill(self, reason: ExitReason = KILLED) -> None:
        if self._exit_reason is not None:
            return
        if self._os_stop_reason is None:
            self._os_stop_reason = reason
        self._signal_group(signal.SIGKILL)
        self._close_pipes()

    def _close_pipes(self) -> None:
        """After SIGKILL nothing more is read or written: close our ends.
        asyncio's ``wait()`` answers only once every pipe is closed, and a
        stdout whose reader was paused on a full buffer (a child flooding it,
        a caller that stopped reading) never sees the EOF: the exit was never
        seen, and whoever waited for it hung."""
        transport = getattr(self._proc, "_transport", None)  # the subprocess transport asyncio keeps
        if transport is None:
            return
        for fd in (0, 1):
            pipe = transport.get_pipe_transport(fd)
            if pipe is not None:
                pipe.close()

    def _deliver_info(self, message: Any) -> None:
        log.debug("%s has no mailbox; dropped %r", self, message)

    async def _call(self, message: Any, timeout: float | None) -> Any:
        raise TypeError(f"{self} is an OS process and takes no calls; talk to it through its pipes")

    def _cast(self, message: Any) -> None:
        self._deliver_info(message)

    def _send(self, message: Any) -> None:
        self._deliver_info(message)

    async def _sync(self, timeout: float | None) -> None:
        return None

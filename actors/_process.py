"""What every process kind shares: identity, name, links, monitors, exit.

A ``Process`` object is its own pid: it denotes one incarnation. Once that
incarnation has exited, every call or link to it fails loudly with
``NoProcess``; it never silently reaches a successor. Code that must follow
restarts addresses the process by its registered *name*, which the kernel
resolves at each call (see ``whereis``).

All link, monitor and exit bookkeeping runs on the event loop thread; the
thread-based kind marshals its exit back to the loop before it is announced.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import types
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any, Final

from actors._errors import NoProcess, StartError
from actors._exits import KILLED, Down, Exit, ExitReason, Normal
from actors._pubsub import drop_subscriber

log = logging.getLogger("actors")

_pids: Final = itertools.count(1)
KILL_GRACE: Final = 5.0  # how long a killed process may take to notice
_live: dict[int, Process] = {}
_names: dict[str, Process] = {}
_current: ContextVar[Process | None] = ContextVar("actors_current_process", default=None)


class _Ignore:
    """Returned by ``init`` (and so by ``start``) when a process has nothing
    to do, e.g. its service is not configured. Supervisors record the child
    as not running and go on."""

    _instance: _Ignore | None = None

    def __new__(cls) -> _Ignore:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "IGNORE"


IGNORE: Final = _Ignore()
Ignore = _Ignore


class MonitorRef:
    """Handle of one monitor; ``Down.ref`` carries it back."""

    __slots__ = ("target", "watcher")

    def __init__(self, target: Process, watcher: Process) -> None:
        self.target = target
        self.watcher = watcher

    def __repr__(self) -> str:
        return f"<MonitorRef {self.watcher} -> {self.target}>"


_KERNEL_PACKAGES: Final = frozenset({"actors", "supervisors"})


def _kernel_private(cls: type) -> set[str]:
    """The single-underscore names the kernel's classes in ``cls``'s MRO
    define: their slots and their methods."""
    names: set[str] = set()
    for base in cls.__mro__[1:]:
        if base.__module__.split(".")[0] not in _KERNEL_PACKAGES:
            continue
        slots = getattr(base, "__slots__", ())
        members = [*([slots] if isinstance(slots, str) else slots), *vars(base)]
        names.update(n for n in members if n.startswith("_") and not n.startswith("__"))
    return names


def _code_names(code: types.CodeType) -> set[str]:
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _code_names(const)
    return names


def _names_used(cls: type) -> set[str]:
    """What the class itself defines, and every attribute name its own
    functions touch (``self._x = ...`` included)."""
    names = set(vars(cls))
    for member in vars(cls).values():
        function = getattr(member, "fget", None) or getattr(member, "__func__", None) or member
        code = getattr(function, "__code__", None)
        if isinstance(code, types.CodeType):
            names |= _code_names(code)
    return names


class Process:
    """Base of ``AsyncActor``, ``ThreadActor`` and ``TaskProcess``.

    Subclasses implement message delivery, the graceful stop request and the
    brutal kill; this class owns identity and exit propagation.
    """

    __slots__ = (
        "__weakref__",
        "_exit_reason",
        "_exit_waiters",
        "_links",
        "_loop",
        "_monitors",
        "_parent",
        "name",
        "pid",
        "trap_exits",
    )

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__.split(".")[0] in _KERNEL_PACKAGES:
            return
        clash = sorted(_names_used(cls) & _kernel_private(cls))
        if clash:
            # A subclass that reuses one of these silently corrupts the
            # kernel's state (a dict of its own in place of the monitors, a
            # method in place of message delivery): refuse it at once.
            raise TypeError(
                f"{cls.__qualname__} uses {', '.join(clash)}, private to the process kernel; rename "
                f"{'it' if len(clash) == 1 else 'them'}"
            )

    def __init__(self) -> None:
        self.pid: int = next(_pids)
        self.name: str | None = None
        self.trap_exits: bool = False
        self._links: set[Process] | None = None
        self._monitors: dict[MonitorRef, Process] | None = None
        self._exit_reason: ExitReason | None = None
        self._exit_waiters: list[asyncio.Future[ExitReason]] | None = None
        self._parent: Process | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        label = self.name or type(self).__name__
        return f"<{label} #{self.pid}>"

    # -- state ---------------------------------------------------------

    @property
    def alive(self) -> bool:
        """True from a successful start until the process exits."""
        return self._exit_reason is None and self._loop is not None

    @property
    def exit_reason(self) -> ExitReason | None:
        """Why the process exited, or None while it runs."""
        return self._exit_reason

    @property
    def parent(self) -> Process | None:
        """The process that started (and linked) this one, if any."""
        return self._parent

    async def wait_exited(self, timeout: float | None = None) -> ExitReason:
        """Wait until the process has exited and return its reason.

        For code that is not a process (tests, the CLI); processes use
        ``monitor`` and receive a ``Down`` message instead.
        """
        if self._exit_reason is not None:
            return self._exit_reason
        fut = self.exit_future()
        if timeout is None:
            return await fut
        return await asyncio.wait_for(asyncio.shield(fut), timeout)

    def exit_future(self) -> asyncio.Future[ExitReason]:
        """A future resolved with the exit reason (at once if exited), for
        waiting on several things with ``asyncio.wait`` without a task."""
        fut: asyncio.Future[ExitReason] = asyncio.get_running_loop().create_future()
        if self._exit_reason is not None:
            fut.set_result(self._exit_reason)
            return fut
        if self._exit_waiters is None:
            self._exit_waiters = []
        self._exit_waiters.append(fut)
        return fut

    # -- for subclasses ------------------------------------------------

    def _deliver_info(self, message: Any) -> None:
        """Queue a message for ``handle_info`` (loop thread only)."""
        raise NotImplementedError

    def _request_stop(self, reason: ExitReason) -> None:
        """Ask the process to stop after its current handler: it runs
        ``terminate(reason)`` and exits with ``reason``."""
        raise NotImplementedError

    def _kill(self, reason: ExitReason = KILLED) -> None:
        """Stop at once without ``terminate``; the exit reason is ``reason``."""
        raise NotImplementedError

    async def _call(self, message: Any, timeout: float | None) -> Any:
        raise NotImplementedError

    def _cast(self, message: Any) -> None:
        raise NotImplementedError

    async def _sync(self, timeout: float | None) -> None:
        """Return once every message sent before has been handled."""
        raise NotImplementedError

    def _send(self, message: Any) -> None:
        """Queue a ``handle_info`` message from any thread."""
        raise NotImplementedError

    def _begin(self, loop: asyncio.AbstractEventLoop, name: str | None) -> None:
        """Claim the name and enter the live table; called by ``start``."""
        if self._loop is not None:
            raise StartError(f"{self} was already started; a process starts once")
        if name is not None:
            holder = _names.get(name)
            if holder is not None and holder._exit_reason is None:
                raise StartError(f"name {name!r} is already registered to {holder}")
            _names[name] = self
            self.name = name
        self._loop = loop
        self._parent = _current.get()
        _live[self.pid] = self

    def _finalize(self, reason: ExitReason) -> None:
        """Record the exit and tell links, monitors and waiters (loop thread)."""
        if self._exit_reason is not None:
            return
        self._exit_reason = reason
        _live.pop(self.pid, None)
        if self.name is not None and _names.get(self.name) is self:
            del _names[self.name]
        drop_subscriber(self)
        links, self._links = self._links, None
        if links:
            for other in links:
                if other._links is not None:
                    other._links.discard(self)
                other._on_link_exit(self, reason)
        monitors, self._monitors = self._monitors, None
        if monitors:
            for ref, watcher in monitors.items():
                watcher._deliver_info(Down(ref, self, reason))
        waiters, self._exit_waiters = self._exit_waiters, None
        if waiters:
            for fut in waiters:
                if not fut.done():
                    fut.set_result(reason)

    def _on_link_exit(self, other: Process, reason: ExitReason) -> None:
        """An exit signal from a linked process (OTP semantics)."""
        if self._exit_reason is not None:
            return
        if self.trap_exits:
            self._deliver_info(Exit(other, reason))
        elif not isinstance(reason, Normal):
            # A process that does not trap exits dies with its partner's
            # reason, at once and without terminate, as in OTP.
            self._kill(reason)

    # -- links and monitors ------------------------------------------------

    def link(self, other: Process) -> None:
        """Two-way fate sharing: when either exits abnormally, the other gets
        the exit signal. Linking to a dead process signals at once."""
        if other is self:
            return
        if other._exit_reason is not None:
            self._on_link_exit(other, other._exit_reason)
            return
        if self._exit_reason is not None:
            other._on_link_exit(self, self._exit_reason)
            return
        if self._links is None:
            self._links = set()
        if other._links is None:
            other._links = set()
        self._links.add(other)
        other._links.add(self)

    def unlink(self, other: Process) -> None:
        """Remove a link in both directions (no-op when absent)."""
        if self._links is not None:
            self._links.discard(other)
        if other._links is not None:
            other._links.discard(self)

    def monitor(self, target: Process) -> MonitorRef:
        """One-way watch: this process receives ``Down(ref, target, reason)``
        in ``handle_info`` when ``target`` exits (at once if already dead)."""
        ref = MonitorRef(target, self)
        if target._exit_reason is not None:
            self._deliver_info(Down(ref, target, target._exit_reason))
            return ref
        if target._monitors is None:
            target._monitors = {}
        target._monitors[ref] = self
        return ref

    @staticmethod
    def demonitor(ref: MonitorRef) -> None:
        """Stop watching; a ``Down`` already queued is not recalled."""
        if ref.target._monitors is not None:
            ref.target._monitors.pop(ref, None)

    # -- stopping ------------------------------------------------------

    async def stop(self, reason: ExitReason | None = None, timeout: float | None = 5.0) -> ExitReason:
        """Ask the process to stop (it runs ``terminate``), wait up to
        ``timeout`` seconds, then kill it. Returns the exit reason."""
        from actors._exits import SHUTDOWN

        if self._exit_reason is not None:
            return self._exit_reason
        if self._loop is None:
            raise NoProcess(f"{self} was never started")
        if _current.get() is self:
            # Waiting for our own exit from inside a handler would deadlock.
            raise RuntimeError(f"{self} cannot await its own stop; call stop_self() from a handler")
        self._request_stop(reason if reason is not None else SHUTDOWN)
        try:
            return await self.wait_exited(timeout)
        except TimeoutError:
            log.warning("%s did not stop within %ss; killing it", self, timeout)
            self._kill(KILLED)
        try:
            return await self.wait_exited(KILL_GRACE)
        except TimeoutError:
            self._abandon()
            return KILLED

    def _abandon(self) -> None:
        """It survived a kill (its code swallows cancellation): declare it
        exited so its supervisor can go on, and say so loudly."""
        log.error("%s did not exit after a kill; abandoned", self)
        self._finalize(KILLED)

    def kill(self) -> None:
        """Brutal kill: no ``terminate``; exit reason ``Killed``."""
        if self._exit_reason is None and self._loop is not None:
            self._kill(KILLED)


def current() -> Process | None:
    """The process whose code is running now (None outside any process)."""
    return _current.get()


def whereis(name: str) -> Process | None:
    """The live process registered under ``name``, or None."""
    proc = _names.get(name)
    if proc is None or proc._exit_reason is not None:
        return None
    return proc


def resolve(target: Process | str) -> Process:
    """A process for a pid or a name; ``NoProcess`` if nobody is there."""
    if isinstance(target, str):
        proc = whereis(target)
        if proc is None:
            raise NoProcess(f"no process is registered as {target!r}")
        return proc
    if target._exit_reason is not None:
        raise NoProcess(f"{target} has exited ({target._exit_reason})")
    return target


def live_processes() -> list[Process]:
    """Every process started and not yet exited (diagnostics, leak checks)."""
    return list(_live.values())


def live_count() -> int:
    """How many processes are alive (for metrics)."""
    return len(_live)


def registered_names() -> Iterator[str]:
    """Names currently held by live processes."""
    return (n for n, p in list(_names.items()) if p._exit_reason is None)

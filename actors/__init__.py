"""The process kernel: OTP-style processes on one asyncio loop.

Two kinds of process share one interface (start, stop, link, monitor,
call/cast/send, exit reasons): ``AsyncActor`` (an asyncio task with a lean
mailbox — the default) and ``ThreadActor`` (a pykka thread, for code that
blocks). ``TaskProcess`` runs one coroutine function as a process;
``OsProcess`` an operating-system child process (its pipes, its group).

Expected failures are values: a handler answers ``Refused`` (see
``actors._refusal``) and never raises for a request it turns down; the
exceptions here are for talking to a process going wrong.

Refs: a process object is its pid and denotes one incarnation; after it
exits, using it raises ``NoProcess``. Names (``start(name=...)``) are
resolved at each ``call``/``cast``/``send``, so they follow restarts.
"""

from actors._async_actor import NOREPLY, AsyncActor, Caller, reply
from actors._errors import ActorError, CallTimeout, NoProcess, ProcessExited, StartError
from actors._exits import (
    KILLED,
    NORMAL,
    SHUTDOWN,
    Crashed,
    Down,
    Exit,
    ExitReason,
    Killed,
    Normal,
    Shutdown,
    is_abnormal,
)
from actors._messaging import DEFAULT_TIMEOUT, call, cast, send, sync
from actors._os_process import OsExit, OsProcess
from actors._process import (
    IGNORE,
    Ignore,
    MonitorRef,
    Process,
    current,
    live_count,
    live_processes,
    registered_names,
    resolve,
    whereis,
)
from actors._pubsub import publish, subscribe, subscribers, unsubscribe
from actors._refusal import Refused, RefusedError, raise_if_refused
from actors._snapshot import Snapshot
from actors._task import TaskProcess
from actors._thread_actor import ThreadActor
from actors._timers import Timer, send_after

__all__ = [
    "DEFAULT_TIMEOUT",
    "IGNORE",
    "KILLED",
    "NOREPLY",
    "NORMAL",
    "SHUTDOWN",
    "ActorError",
    "AsyncActor",
    "OsExit",
    "OsProcess",
    "CallTimeout",
    "Caller",
    "Crashed",
    "Down",
    "Exit",
    "ExitReason",
    "Ignore",
    "Killed",
    "MonitorRef",
    "NoProcess",
    "Normal",
    "Process",
    "ProcessExited",
    "Refused",
    "RefusedError",
    "Shutdown",
    "Snapshot",
    "StartError",
    "TaskProcess",
    "ThreadActor",
    "Timer",
    "call",
    "cast",
    "current",
    "is_abnormal",
    "live_count",
    "live_processes",
    "publish",
    "raise_if_refused",
    "registered_names",
    "reply",
    "resolve",
    "send",
    "send_after",
    "subscribe",
    "subscribers",
    "sync",
    "unsubscribe",
    "whereis",
]

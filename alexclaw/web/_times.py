"""How the pages show a moment and an audit row's detail.

Every time on every page is shown in one zone, the scheduler's
(``scheduler.timezone``; UTC while it is not a zone zoneinfo knows), with
the zone named, and UTC on hover: ``<time datetime="…UTC ISO…" title="… UTC">
2026-12-03 08:15:00 CET</time>``. One filter, ``when``, does it for every
template; JSON APIs keep ISO UTC."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from alexclaw.config import ConfigHandle, timezone_error

FULL: Final = "%Y-%m-%d %H:%M:%S %Z"
SHORT: Final = "%a %Y-%m-%d %H:%M %Z"  # a fire time: the weekday matters, the seconds do not
_UTC_TITLE: Final = "%Y-%m-%d %H:%M:%S UTC"


def display_zone(config: ConfigHandle) -> str:
    """The zone the pages show times in: the scheduler's, as it schedules."""
    zone = str(config.get("scheduler.timezone")).strip()
    return "UTC" if timezone_error(zone) else zone


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)  # the database's naive is UTC
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str):  # an ISO time with its offset (a JSON value)
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
        return moment if moment.tzinfo is not None else None
    return None


def time_element(value: Any, zone: str, *, short: bool = False) -> Markup:
    """``value`` as a ``<time>`` in ``zone``, named, with UTC on hover; a
    value that is not a moment is shown as it is (escaped)."""
    moment = _moment(value)
    if moment is None:
        return escape("" if value is None else str(value))
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    utc = moment.astimezone(UTC)
    return Markup('<time datetime="{}" title="{}">{}</time>').format(
        utc.isoformat(), utc.strftime(_UTC_TITLE), moment.astimezone(tz).strftime(SHORT if short else FULL)
    )


@pass_context
def when(context: Context, value: Any, short: bool = False) -> Markup:
    """The Jinja filter: the zone comes from the page's ``display_zone``
    global (set per app from the node's settings)."""
    zone = context.get("display_zone")
    return time_element(value, zone() if callable(zone) else str(zone or "UTC"), short=short)


def _inline(value: Any) -> str:
    """A value of a detail on one line: counts as "BLOCK 2 · REVIEW 1",
    lists joined, a list of records one record after another."""
    if isinstance(value, Mapping):
        return " · ".join(f"{k} {_inline(v)}" for k, v in value.items())
    if isinstance(value, list):
        records = any(isinstance(item, Mapping) for item in value)
        return ("; " if records else ", ").join(_inline(item) for item in value) if value else "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def detail_list(value: Any) -> Markup:
    """An audit row's detail (or a stored JSON summary, like a break-glass
    retro scan) as a readable key/value list instead of raw JSON."""
    if isinstance(value, (str, bytes)):
        try:
            value = json.loads(value)
        except ValueError:
            return escape(value)
    if not isinstance(value, Mapping):
        return escape("" if value is None else _inline(value))
    items = [(str(k), _inline(v)) for k, v in value.items() if v is not None]
    if not items:
        return Markup("")
    return Markup('<dl class="kv">{}</dl>').format(
        Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(k, v) for k, v in items)
    )

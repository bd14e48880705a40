"""``google_calendar``: the operator's Google Calendar. ``action: list``
(the default): the events of the next ``days`` (7) from ``calendar_id``
(``primary``), at most ``max_results`` (25); ``action: create``: a new
event from ``summary``, ``start``, ``end`` (ISO 8601 date-times with an
offset, or dates ``YYYY-MM-DD`` for an all-day event) and ``description``
— AlexClaw announced creation and never built it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, ClassVar, Final
from urllib.parse import quote

from skills._contract import ON_EMPTY, ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.google._common import GoogleProblem, call_google, text
from skills.ports import GoogleRequest

ON_EVENTS: Final = "on_events"
ACTIONS: Final = ("list", "create")


def parse_when(value: Any) -> dict[str, str] | None:
    """Calendar's ``start``/``end`` object: ``{"date": …}`` for a date
    ``YYYY-MM-DD``, ``{"dateTime": …}`` for a date-time with its offset (a
    naive one is taken as UTC); None when it is neither."""
    raw = text(value, 64)
    try:
        if len(raw) == 10:
            return {"date": date.fromisoformat(raw).isoformat()}
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return {"dateTime": moment.isoformat()}


def brief(event: Mapping[str, Any]) -> dict[str, str]:
    start, end = event.get("start") or {}, event.get("end") or {}
    return {
        "summary": text(event.get("summary"), 300),
        "start": text(start.get("dateTime") or start.get("date"), 64) if isinstance(start, Mapping) else "",
        "end": text(end.get("dateTime") or end.get("date"), 64) if isinstance(end, Mapping) else "",
        "location": text(event.get("location"), 300),
        "link": text(event.get("htmlLink"), 500),
    }


class GoogleCalendar:
    name: ClassVar[str] = "google_calendar"
    description: ClassVar[str] = "List the next days' events of your Google Calendar, or create an event"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"google"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_EVENTS: BranchKind.OK,
        ON_EMPTY: BranchKind.EMPTY,
        ON_ERROR: BranchKind.ERROR,
    }
    external: ClassVar[bool] = True  # event texts are written by whoever invites the operator
    egress: ClassVar[tuple[str, ...]] = ()  # the node's Google client makes the call, not the skill
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("action", "choice:list,create", "list the next days' events, or create one", "list"),
        ConfigField("days", "integer", "list: how many days ahead", 7, minimum=1, maximum=366),
        ConfigField("calendar_id", "string", "which calendar (primary: your own)", "primary"),
        ConfigField("max_results", "integer", "list: at most this many events", 25, minimum=1, maximum=250),
        ConfigField("summary", "string", "create: the title (empty: the input)"),
        ConfigField("start", "string", "create: 2026-12-24T18:00:00+01:00, or 2026-12-24 for all day"),
        ConfigField("end", "string", "create: like start (empty: an hour after, or the next day)"),
        ConfigField("description", "text", "create: the event's notes"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        if args.api is None:
            return SkillOutcome.error("google_calendar runs inside a workflow or a command (it needs the SkillAPI)")
        action = str(args.config.get("action") or "list")
        if action not in ACTIONS:
            return SkillOutcome.error(f"config.action: one of {', '.join(ACTIONS)}")
        calendar = text(args.config.get("calendar_id") or "primary", 300)
        path = f"/calendar/v3/calendars/{quote(calendar, safe='@.')}/events"
        try:
            if action == "create":
                return await self._create(args, path)
            return await self._list(args, path, calendar)
        except GoogleProblem as exc:
            return SkillOutcome.error(str(exc))

    @staticmethod
    async def _list(args: SkillArgs, path: str, calendar: str) -> SkillOutcome:
        days = args.config.get("days") or 7
        limit = args.config.get("max_results") or 25
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 366:
            return SkillOutcome.error("config.days: a whole number from 1 to 366")
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 250:
            return SkillOutcome.error("config.max_results: a whole number from 1 to 250")
        now = datetime.now(UTC).replace(microsecond=0)
        query = {
            "timeMin": now.isoformat(), "timeMax": (now + timedelta(days=days)).isoformat(),
            "singleEvents": "true", "orderBy": "startTime", "maxResults": str(limit),
        }  # fmt: skip
        assert args.api is not None
        data = await call_google(args.api, GoogleRequest("GET", path, query))
        items = data.get("items") if isinstance(data, Mapping) else None
        events = [brief(e) for e in items if isinstance(e, Mapping)] if isinstance(items, list) else []
        if not events:
            return SkillOutcome({"reason": f"no events in the next {days} days", "calendar": calendar}, ON_EMPTY)
        return SkillOutcome({"calendar": calendar, "days": days, "events": events, "count": len(events)}, ON_EVENTS)

    @staticmethod
    async def _create(args: SkillArgs, path: str) -> SkillOutcome:
        summary = text(args.config.get("summary") or (args.input if isinstance(args.input, str) else ""), 300)
        start = parse_when(args.config.get("start"))
        if not summary:
            return SkillOutcome.error("create: a summary (config.summary or the input)")
        if start is None:
            return SkillOutcome.error("create: start as 2026-12-24T18:00:00+01:00 or 2026-12-24")
        end = parse_when(args.config.get("end")) if args.config.get("end") else None
        if end is None:
            end = _after(start)
        if set(end) != set(start):
            return SkillOutcome.error("create: start and end are both dates or both date-times")
        if not _before(start, end):
            return SkillOutcome.error("create: the end comes after the start")
        body = {"summary": summary, "start": start, "end": end}
        description = text(args.config.get("description"), 8000)
        if description:
            body["description"] = description
        assert args.api is not None
        created = await call_google(args.api, GoogleRequest("POST", path, body=body))
        event = brief(created) if isinstance(created, Mapping) else {"summary": summary}
        return SkillOutcome({"created": event, "events": [event], "count": 1}, ON_EVENTS)


def _after(start: dict[str, str]) -> dict[str, str]:
    """An hour after a date-time; the next day after a date."""
    if "date" in start:
        return {"date": (date.fromisoformat(start["date"]) + timedelta(days=1)).isoformat()}
    return {"dateTime": (datetime.fromisoformat(start["dateTime"]) + timedelta(hours=1)).isoformat()}


def _before(start: dict[str, str], end: dict[str, str]) -> bool:
    if "date" in start:
        return date.fromisoformat(start["date"]) < date.fromisoformat(end["date"])
    return datetime.fromisoformat(start["dateTime"]) < datetime.fromisoformat(end["dateTime"])

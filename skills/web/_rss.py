"""``rss_fetch``: the newest items of the workflow's feeds. The step reads
the workflow's ``rss_feed`` resources — every enabled feed only when it
says ``all_feeds: true`` — five at a time, RSS and Atom alike (feedparser),
keeps items newer than ``recent_hours`` (48; an undated item is kept), and
leaves out items whose link is in memory already unless ``force``. The
answer is a list of items ``{title, link, published, summary, feed}``,
newest first, at most ``max_items`` (20). A feed that cannot be fetched or
read is a reason, not the end of the others."""

from __future__ import annotations

import asyncio
import calendar
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, Final

import feedparser

from skills._api import PermissionDenied, SkillAPI, SkillAPIUnavailable, WebFailed
from skills._contract import ON_EMPTY, ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.ports import WebRequest
from skills.web._common import ANY_HOST, bounded

log = logging.getLogger(__name__)

ON_ITEMS: Final = "on_items"
AT_ONCE: Final = 5
FEED_TYPE: Final = "rss_feed"
SUMMARY_CHARS: Final = 1_000
_ENCODING_DECLARATION: Final = re.compile(r"^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*[\"'][^\"']*[\"']", re.IGNORECASE)


@dataclass
class Harvest:
    items: list[dict[str, Any]] = field(default_factory=list)
    problems: dict[str, str] = field(default_factory=dict)


def _published(entry: Mapping[str, Any]) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC)


def parse_feed(text: str, feed: str) -> list[tuple[datetime | None, dict[str, Any]]]:
    """The items of one feed document; ``ValueError`` with the parser's
    reason when it is no feed at all. The text is already decoded by its
    declared charset, so its XML declaration's encoding is dropped and
    feedparser reads UTF-8 bytes — bytes always: handed a string that looks
    like a URL or a path, feedparser would open it itself."""
    parsed = feedparser.parse(_ENCODING_DECLARATION.sub(r"\1", text, count=1).encode("utf-8"))
    if not parsed.entries:
        if parsed.get("bozo"):
            raise ValueError(f"not a readable feed: {parsed.get('bozo_exception')}")
        if not parsed.get("version"):
            raise ValueError("not an RSS or Atom feed")
    items = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        title = str(entry.get("title") or link).strip()
        if not link and not title:
            continue
        when = _published(entry)
        summary = str(entry.get("summary") or "").strip()[:SUMMARY_CHARS]
        items.append(
            (when, {"title": title, "link": link, "published": when.isoformat() if when else None,
                    "summary": summary, "feed": feed})
        )  # fmt: skip
    return items


async def _fetch_one(api: SkillAPI, feed: Mapping[str, Any], gate: asyncio.Semaphore, harvest: Harvest) -> None:
    name = str(feed.get("name") or feed.get("url"))
    found: int | None = None
    async with gate:
        try:
            reply = await api.web_request(
                WebRequest("GET", str(feed.get("url") or ""), headers={"Accept": "application/rss+xml, "
                           "application/atom+xml, application/xml;q=0.9, */*;q=0.5"}, text="raw")
            )  # fmt: skip
        except WebFailed as exc:
            harvest.problems[name] = f"{exc.kind}: {exc.message}"
        else:
            if not 200 <= reply.status < 300:
                harvest.problems[name] = f"HTTP {reply.status}"
            else:
                try:
                    parsed = parse_feed(reply.text, name)
                except ValueError as exc:
                    harvest.problems[name] = str(exc)
                else:
                    harvest.items.extend({"_when": when, **item} for when, item in parsed)
                    found = len(parsed)
    await _record(api, feed, found, harvest.problems.get(name))


async def _record(api: SkillAPI, feed: Mapping[str, Any], items: int | None, problem: str | None) -> None:
    """The feed's read on the Resources page (last read, item count or why
    it failed); a node that cannot record it still hands on the items."""
    resource_id = feed.get("id")
    if isinstance(resource_id, bool) or not isinstance(resource_id, int):
        return
    try:
        await api.resource_fetched(resource_id, items, problem)
    except (SkillAPIUnavailable, PermissionDenied, ValueError) as exc:
        log.warning("the read of feed %s was not recorded: %s", resource_id, exc)


class RssFetch:
    name: ClassVar[str] = "rss_fetch"
    description: ClassVar[str] = "Fetch the workflow's RSS/Atom feeds: new items, newest first"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"web_read", "memory_read", "resources_read"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_ITEMS: BranchKind.OK,
        ON_EMPTY: BranchKind.EMPTY,
        ON_ERROR: BranchKind.ERROR,
    }
    external: ClassVar[bool] = True
    egress: ClassVar[tuple[str, ...]] = ANY_HOST
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("all_feeds", "boolean", "Read every enabled feed, not only this workflow's", False),
        ConfigField("recent_hours", "integer", "Keep items newer than this", 48, minimum=1, maximum=24 * 365),
        ConfigField("max_items", "integer", "At most this many items", 20, minimum=1, maximum=500),
        ConfigField("force", "boolean", "Keep items already in memory too", False),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        hours = bounded(args.config, "recent_hours", 48, 1, 24 * 365)
        limit = bounded(args.config, "max_items", 20, 1, 500)
        if hours is None or limit is None:
            return SkillOutcome.error("config.recent_hours and config.max_items: whole numbers (hours, items)")
        if args.api is None:
            return SkillOutcome.error("rss_fetch runs inside a workflow (it needs the SkillAPI)")
        api: SkillAPI = args.api
        if args.config.get("all_feeds") is True:
            feeds = [f for f in await api.resources_read(type=FEED_TYPE, every=True) if f.get("url")]
        else:
            feeds = [r for r in args.resources if r.get("type") == FEED_TYPE and r.get("url")]
        if not feeds:
            return SkillOutcome({"reason": "no feeds: assign rss_feed resources to the workflow (or all_feeds: true)"},
                                ON_EMPTY)  # fmt: skip
        harvest = Harvest()
        gate = asyncio.Semaphore(AT_ONCE)
        async with asyncio.TaskGroup() as group:
            for feed in feeds:
                group.create_task(_fetch_one(api, feed, gate, harvest))
        if harvest.problems:
            log.warning("rss_fetch: feeds not read", extra={"feeds": harvest.problems})
        if not harvest.items and harvest.problems:
            reasons = "; ".join(f"{name}: {why}" for name, why in sorted(harvest.problems.items()))
            return SkillOutcome(
                {"error": f"no feed could be read: {reasons}", "feeds": dict(harvest.problems)}, ON_ERROR
            )
        items = await self._select(api, harvest.items, hours, limit, force=args.config.get("force") is True)
        if not items:
            return SkillOutcome({"reason": "no new items", "feeds": dict(harvest.problems)}, ON_EMPTY)
        return SkillOutcome(items, ON_ITEMS)

    @staticmethod
    async def _select(
        api: SkillAPI, items: list[dict[str, Any]], hours: int, limit: int, *, force: bool
    ) -> list[dict[str, Any]]:
        since = datetime.now(UTC) - timedelta(hours=hours)
        oldest = datetime.min.replace(tzinfo=UTC)
        fresh = [i for i in items if i["_when"] is None or i["_when"] >= since]
        fresh.sort(key=lambda i: i["_when"] or oldest, reverse=True)
        chosen: list[dict[str, Any]] = []
        seen: set[str] = set()
        for item in fresh:
            link = item["link"]
            if link and link in seen:
                continue
            if link and not force and await api.memory_exists(link):
                continue
            seen.add(link)
            chosen.append({k: v for k, v in item.items() if k != "_when"})
            if len(chosen) == limit:
                break
        return chosen

"""The refusal tally: a flood from one source is one row with its count; a
flood from many sources is bounded (the first 200 sources, then one
``other`` row); the counts are written at a clean stop too."""

from __future__ import annotations

import json
from typing import Any

from actors import call, cast, sync
from alexclaw.security import CSRF_REFUSED, WEBHOOK_REFUSED
from alexclaw.security._refusals import FLUSH, MAX_SOURCES, Refusal, RefusalTally
from alexclaw.storage import DatabaseHandle
from supervisors import ChildSpec, start_child, which_children
from tests.alexclaw.security.conftest import Outage
from tests.helpers import refused_and_still_running


async def rows(database: DatabaseHandle) -> list[tuple[str, str, str, dict[str, object]]]:
    async with database.pool().acquire() as conn:
        found = await conn.fetch("SELECT actor, action, outcome, detail::text AS detail FROM audit_log ORDER BY id")
    return [(r["actor"], r["action"], r["outcome"], json.loads(r["detail"])) for r in found]


async def test_a_flood_from_one_source_is_one_row_per_action_with_its_count(database: DatabaseHandle) -> None:
    tally = await RefusalTally(database, window=3600).start()
    try:
        for index in range(1000):
            cast(tally, Refusal(CSRF_REFUSED, "ip:203.0.113.9", f"/path/{index % 7}"))
        cast(tally, Refusal(WEBHOOK_REFUSED, "ip:203.0.113.9", "/webhooks/telegram"))
        assert await call(tally, FLUSH) == 2
        written = await rows(database)
        assert [(a, b, c) for a, b, c, _ in written] == [
            ("ip:203.0.113.9", CSRF_REFUSED, "denied"),
            ("ip:203.0.113.9", WEBHOOK_REFUSED, "denied"),
        ]
        assert written[0][3]["count"] == 1000 and len(written[0][3]["targets"]) == 5  # type: ignore[arg-type]
        assert await call(tally, FLUSH) == 0  # nothing new, nothing written
    finally:
        await tally.stop()


async def test_a_flood_from_many_sources_is_bounded(database: DatabaseHandle) -> None:
    tally = await RefusalTally(database, window=3600).start()
    try:
        for index in range(MAX_SOURCES + 300):
            cast(tally, Refusal(CSRF_REFUSED, f"ip:10.0.{index // 256}.{index % 256}"))
        await call(tally, FLUSH)
        written = await rows(database)
        assert len(written) == MAX_SOURCES + 1
        other = [detail for actor, _, _, detail in written if actor == "other"]
        assert other == [{"count": 300, "window_seconds": 3600, "sources": f"beyond the first {MAX_SOURCES}"}]
    finally:
        await tally.stop()


async def test_the_counts_are_written_at_a_clean_stop(database: DatabaseHandle) -> None:
    tally = await RefusalTally(database, window=3600).start()
    cast(tally, Refusal(CSRF_REFUSED, "ip:198.51.100.1"))
    await sync(tally)
    await tally.stop()
    assert [(a, b) for a, b, _, _ in await rows(database)] == [("ip:198.51.100.1", CSRF_REFUSED)]


async def test_a_flush_while_the_database_is_away_is_refused_and_the_counts_wait_for_the_next(outage: Outage) -> None:
    async def tally() -> Any:
        return await RefusalTally(outage.database, window=3600).start()

    await start_child(outage.supervisor, ChildSpec("tally", tally))
    cast_to = next(c.process for c in which_children(outage.supervisor) if c.id == "tally")
    assert cast_to is not None
    cast(cast_to, Refusal(CSRF_REFUSED, "ip:203.0.113.9", "/login"))
    await outage.begin()
    refused = await refused_and_still_running(outage.supervisor, "tally", FLUSH)
    assert refused.code == "unavailable"
    await outage.end()
    assert await call(cast_to, FLUSH) == 1
    assert [(a, b, n["count"]) for a, b, _, n in await rows(outage.database)] == [("ip:203.0.113.9", CSRF_REFUSED, 1)]

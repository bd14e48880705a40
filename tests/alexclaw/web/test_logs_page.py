"""The Logs page: the node's last records at a chosen level, secrets masked
as in every log line, a live tail over server-sent events (real HTTP), and
Clear, audited."""

from __future__ import annotations

import json
import logging
from typing import Any

from alexclaw import Node
from alexclaw.log_buffer import KEPT, LOGS_CLEARED, LogRing
from tests.alexclaw.web.conftest import HTML, KEY, login, page_csrf
from tests.alexclaw.web.test_live_tree import logged_in

log = logging.getLogger("alexclaw.test_logs")


async def test_the_page_shows_the_records_at_or_above_the_chosen_level(node: Node, client: Any) -> None:
    await login(client)
    log.warning("disk nearly full", extra={"mount": "/data"})
    log.error("backup failed")
    shown = await (await client.get("/logs?level=WARNING", headers=HTML)).get_data(as_text=True)
    assert "disk nearly full" in shown and "mount=/data" in shown and "backup failed" in shown
    errors_only = await (await client.get("/logs?level=ERROR", headers=HTML)).get_data(as_text=True)
    assert "backup failed" in errors_only and "disk nearly full" not in errors_only
    odd = await (await client.get("/logs?level=<script>", headers=HTML)).get_data(as_text=True)
    assert "<script>" not in odd  # an unknown level is the default one, never echoed


async def test_a_secret_logged_never_reaches_the_page(node: Node, client: Any) -> None:
    await login(client)
    log.warning("connecting with key %s", KEY, extra={"token": KEY})
    try:
        raise RuntimeError(f"refused {KEY}")
    except RuntimeError:
        log.exception("call failed")
    page = await (await client.get("/logs?level=WARNING", headers=HTML)).get_data(as_text=True)
    assert "connecting with key ****" in page and "refused ****" in page
    assert KEY not in page
    ring_text = json.dumps([e.as_json() for e in node.state.log_ring.snapshot()])
    assert KEY not in ring_text


async def test_the_live_tail_sends_each_new_record_once(node: Node) -> None:
    client = await logged_in(node)
    log.warning("before the tail")
    after = node.state.log_ring.snapshot()[-1].seq
    async with client.stream("GET", f"/events/logs?level=WARNING&after={after}") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        events = stream.aiter_lines()

        async def next_records() -> list[dict[str, Any]]:
            async for line in events:
                if line.startswith("data: "):
                    records: list[dict[str, Any]] = json.loads(line[6:])["records"]
                    return records
            raise AssertionError("the stream ended")

        assert await next_records() == []  # nothing newer than what the page showed
        log.warning("tail me")
        while not (records := await next_records()):
            pass
        assert [(r["level"], r["logger"], r["message"]) for r in records] == [
            ("WARNING", "alexclaw.test_logs", "tail me")
        ]
    await client.aclose()


async def test_clear_empties_the_page_and_is_audited(node: Node, client: Any) -> None:
    await login(client)
    log.warning("old news")
    token = await page_csrf(client, "/logs")
    response = await client.post("/logs/clear", form={"csrf_token": token}, headers=HTML)
    assert response.status_code == 302
    assert all(e.message != "old news" for e in node.state.log_ring.snapshot())
    page = await (await client.get("/logs?level=WARNING", headers=HTML)).get_data(as_text=True)
    assert "old news" not in page and "Cleared " in page
    async with node.state.database.pool().acquire() as conn:
        row = await conn.fetchrow("SELECT actor, target FROM audit_log WHERE action = $1", LOGS_CLEARED)
    assert row is not None and row["actor"].startswith("web:admin@") and row["target"] == "logs"


def test_the_ring_keeps_the_last_records_only() -> None:
    ring = LogRing()
    for n in range(KEPT + 20):
        ring.append(logging.LogRecord("x", logging.WARNING, __file__, 1, "record %d", (n,), None))
    kept = ring.snapshot()
    assert len(kept) == KEPT and kept[0].message == "record 20" and kept[-1].message == f"record {KEPT + 19}"
    assert ring.snapshot(after=kept[-2].seq) == kept[-1:]

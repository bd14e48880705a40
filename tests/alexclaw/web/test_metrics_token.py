"""GET /metrics with metrics.token: a scraper sends the token as a bearer;
without the setting the endpoint answers anyone who reaches the port."""

from __future__ import annotations

from typing import Any

from alexclaw import Node
from alexclaw.security import METRICS_TOKEN_REFUSED

TOKEN = "metrics-token-" + "m" * 32


async def test_metrics_answer_without_a_token_while_the_setting_is_empty(client: Any) -> None:
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert "alexclaw_live_processes" in await response.get_data(as_text=True)


async def test_metrics_need_the_bearer_token_once_it_is_set(node: Node, client: Any) -> None:
    await node.state.config.set("metrics.token", TOKEN, actor="test")
    missing = await client.get("/metrics")
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"].startswith("Bearer")
    granted = await client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert granted.status_code == 200
    assert "alexclaw_live_processes" in await granted.get_data(as_text=True)


async def test_a_wrong_metrics_token_is_refused_and_audited_without_the_token(node: Node, client: Any) -> None:
    await node.state.config.set("metrics.token", TOKEN, actor="test")
    wrong = await client.get("/metrics", headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 401
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch(
            "SELECT actor, target, outcome, detail::text FROM audit_log WHERE action = $1", METRICS_TOKEN_REFUSED
        )
    assert [(r["target"], r["outcome"]) for r in rows] == [("/metrics", "denied")]
    assert all("not-the-token" not in r["detail"] and TOKEN not in r["detail"] for r in rows)


async def test_wrong_metrics_tokens_count_towards_the_address_block(node: Node, client: Any) -> None:
    await node.state.config.set("metrics.token", TOKEN, actor="test")
    limit = int(node.state.config.get("auth.rate_limit.max_attempts"))
    codes = [
        (await client.get("/metrics", headers={"Authorization": f"Bearer wrong-{i}"})).status_code
        for i in range(limit + 1)
    ]
    assert codes[:limit] == [401] * limit and codes[limit] == 429
    # The block holds even for the right token until it expires.
    blocked = await client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert blocked.status_code == 429

"""``GET /metrics`` behind ``metrics.token``: when the setting holds a
token, a scraper sends it as ``Authorization: Bearer …``; each wrong token
is audited and counts towards the same per-address block as a wrong
password. Unset, /metrics answers whoever reaches the port (doctor's
posture audit says so when the port is reachable from the network)."""

from __future__ import annotations

from quart import Response, request

from alexclaw.security import METRICS_TOKEN_REFUSED, Attempt, constant_time_equals, record_audit, source_key
from alexclaw.web._guard import client_ip
from alexclaw.web._state import WebState


async def refuse_unauthorised_scrape(state: WebState) -> Response | None:
    """None when /metrics may answer; else the 401/429 to send."""
    expected = str(state.config.get("metrics.token") or "")
    if not expected:
        return None
    ip = client_ip(state)
    header = request.headers.get("Authorization", "")
    given = header[7:].strip() if header[:7].lower() == "bearer " else ""

    async def right() -> bool:
        return constant_time_equals(given, expected)

    limiter = state.limiter
    if given:
        attempt = await limiter.attempt(source_key(ip), right, actor=f"ip:{ip}", what="metrics token")
    else:
        wait = await limiter.refuse_if_locked(source_key(ip), actor=f"ip:{ip}", what="metrics token")
        attempt = Attempt(False, wait, checked=not wait)
    if attempt.passed:
        return None
    if not attempt.checked:
        return Response("too many failed attempts\n", 429, {"Retry-After": str(attempt.retry_after)})
    if given and state.database.available:
        async with state.database.pool().acquire() as conn:
            await record_audit(conn, f"ip:{ip}", METRICS_TOKEN_REFUSED, "/metrics", outcome="denied")
    return Response("a bearer token is required (metrics.token)\n", 401, {"WWW-Authenticate": 'Bearer realm="metrics"'})

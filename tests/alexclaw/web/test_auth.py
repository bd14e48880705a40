"""Login, sessions, brute-force blocks, CSRF, headers — through the Quart
test client on a real node."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import asyncpg
import pytest

from alexclaw import Node
from alexclaw.web._guard import forwarded_client
from tests.alexclaw.web.conftest import HTML, PASSWORD, csrf_in, login, make_settings, page_csrf


async def test_without_an_admin_password_the_login_page_says_so_and_nobody_gets_in(
    database_url: str, tmp_path: Path
) -> None:
    node = Node(make_settings(database_url, tmp_path, password=None))
    await node.start()
    client = node.state.app.test_client()
    page = await client.get("/login", headers=HTML)
    assert "ADMIN_PASSWORD" in await page.get_data(as_text=True)
    for guess in ("", "undefined", "null", "admin"):
        response = await client.post("/login", form={"password": guess, "csrf_token": "x"}, headers=HTML)
        assert response.status_code == 403
        assert "Login is disabled" in await response.get_data(as_text=True)
    assert (await client.get("/", headers=HTML)).status_code == 302
    await node.stop()


async def test_the_right_password_logs_in_and_the_dashboard_shows(client: Any) -> None:
    response = await login(client)
    assert response.status_code == 302 and response.headers["Location"] == "/"
    dashboard = await client.get("/", headers=HTML)
    text = await dashboard.get_data(as_text=True)
    assert dashboard.status_code == 200 and "Supervision tree" in text and "storage" in text


async def test_a_wrong_password_is_refused_and_audited(client: Any, database_url: str) -> None:
    response = await login(client, "not the password")
    assert response.status_code == 401
    assert "Wrong password" in await response.get_data(as_text=True)
    conn = await asyncpg.connect(database_url)
    actions = [r["action"] for r in await conn.fetch("SELECT action FROM audit_log")]
    await conn.close()
    assert "login.failure" in actions


async def test_unauthenticated_browsers_are_redirected_and_api_clients_get_401(client: Any) -> None:
    browser = await client.get("/config", headers=HTML)
    assert browser.status_code == 302 and browser.headers["Location"] == "/login?next=/config"
    api = await client.get("/config", headers={"Accept": "application/json"})
    assert api.status_code == 401 and (await api.get_json()) == {"error": "authentication required"}
    for public in ("/healthz", "/readyz", "/metrics"):
        assert (await client.get(public)).status_code == 200


async def test_login_renews_the_session_id(client: Any) -> None:
    await login(client)
    stolen = next(c for c in client.cookie_jar if c.name == "alexclaw_session").value
    await login(client)
    fresh = next(c for c in client.cookie_jar if c.name == "alexclaw_session").value
    assert fresh != stolen
    other = client.app.test_client()
    other.set_cookie("localhost", "alexclaw_session", stolen)
    assert (await other.get("/", headers=HTML)).status_code == 302  # the old id is dead


async def test_the_next_parameter_never_leaves_the_site(client: Any) -> None:
    page = await client.get("/login?next=//evil.example/x", headers=HTML)
    token = csrf_in(await page.get_data(as_text=True))
    response = await client.post(
        "/login?next=//evil.example/x", form={"password": PASSWORD, "csrf_token": token}, headers=HTML
    )
    assert response.headers["Location"] == "/"


async def test_the_ip_is_blocked_after_n_failures_even_for_the_right_password(client: Any, node: Node) -> None:
    await node.state.config.set("auth.rate_limit.max_attempts", "3", actor="test")
    statuses = [(await login(client, f"wrong-{i}")).status_code for i in range(3)]
    assert statuses == [401, 401, 429]
    blocked = await login(client)
    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) == 900


async def test_a_failure_while_blocked_blocks_again_for_the_full_time(
    client: Any, node: Node, database_url: str
) -> None:
    await node.state.config.set("auth.rate_limit.max_attempts", "1", actor="test")
    await login(client, "wrong")
    conn = await asyncpg.connect(database_url)
    await conn.execute("UPDATE secret_attempts SET locked_until = extract(epoch FROM now()) + 10")
    await login(client, "wrong again")
    remaining = await conn.fetchval("SELECT locked_until - extract(epoch FROM now()) FROM secret_attempts")
    await conn.close()
    assert remaining > 800


async def test_a_block_survives_a_restart(database_url: str, tmp_path: Path) -> None:
    first = Node(make_settings(database_url, tmp_path))
    await first.start()
    await first.state.config.set("auth.rate_limit.max_attempts", "1", actor="test")
    assert (await login(first.state.app.test_client(), "wrong")).status_code == 429
    await first.stop()
    second = Node(make_settings(database_url, tmp_path))
    await second.start()
    assert (await login(second.state.app.test_client())).status_code == 429
    await second.stop()


async def test_x_forwarded_for_is_ignored_unless_proxies_are_trusted(client: Any, node: Node) -> None:
    await node.state.config.set("auth.rate_limit.max_attempts", "2", actor="test")
    # Untrusted: a spoofed header does not give each attempt a new identity.
    for _ in range(2):
        response = await login(client, "wrong", scope_base={"client": ("10.1.1.1", 1000)})
    assert response.status_code == 429
    spoofed = await client.post(
        "/login",
        form={"password": PASSWORD, "csrf_token": await _login_token(client)},
        headers={**HTML, "X-Forwarded-For": "203.0.113.9"},
        scope_base={"client": ("10.1.1.1", 1000)},
    )
    assert spoofed.status_code == 429
    # Trusted: the proxy's header names the client.
    await node.state.config.set("auth.trust_proxy_headers", "true", actor="test")
    trusted = await client.post(
        "/login",
        form={"password": PASSWORD, "csrf_token": await _login_token(client)},
        headers={**HTML, "X-Forwarded-For": "203.0.113.9"},
        scope_base={"client": ("10.1.1.1", 1000)},
    )
    assert trusted.status_code == 302


@pytest.mark.parametrize(
    ("headers", "proxies", "expected"),
    [
        # One proxy appends what it saw: the last hop; whatever the client wrote before it is ignored.
        (["203.0.113.9"], 1, "203.0.113.9"),
        (["1.2.3.4, 203.0.113.9"], 1, "203.0.113.9"),
        (["6.6.6.6, 7.7.7.7, 203.0.113.9"], 1, "203.0.113.9"),
        (["1.2.3.4", "203.0.113.9"], 1, "203.0.113.9"),  # repeated headers form one chain
        # Two proxies: the outer one appended the client, the inner one appended the outer proxy.
        (["1.2.3.4, 203.0.113.9, 10.0.0.2"], 2, "203.0.113.9"),
        (["2001:db8::1, 10.0.0.2"], 2, "2001:db8::1"),
        # A chain shorter than the trusted proxies, or a hop that is not an address: the peer.
        (["203.0.113.9"], 2, "10.1.1.1"),
        ([], 1, "10.1.1.1"),
        (["1.2.3.4, not-an-ip"], 1, "10.1.1.1"),
        (["1.2.3.4, 203.0.113.9:4711"], 1, "10.1.1.1"),
        (["1.2.3.4, "], 1, "10.1.1.1"),
        (["203.0.113.9"], 0, "10.1.1.1"),
    ],
)
def test_the_client_is_the_hop_the_outermost_trusted_proxy_appended_never_one_the_client_wrote(
    headers: list[str], proxies: int, expected: str
) -> None:
    assert forwarded_client("10.1.1.1", headers, proxies) == expected


async def test_a_spoofed_first_hop_does_not_escape_a_login_block_behind_a_trusted_proxy(
    client: Any, node: Node
) -> None:
    await node.state.config.set("auth.trust_proxy_headers", "true", actor="test")
    await node.state.config.set("auth.rate_limit.max_attempts", "2", actor="test")
    proxy = {"client": ("10.0.0.2", 1000)}
    for spoof in ("1.1.1.1", "2.2.2.2"):
        wrong = await client.post(
            "/login",
            form={"password": "wrong", "csrf_token": await _login_token(client)},
            headers={**HTML, "X-Forwarded-For": f"{spoof}, 203.0.113.9"},
            scope_base=proxy,
        )
        assert wrong.status_code in (401, 429)
    spoofed = await client.post(
        "/login",
        form={"password": PASSWORD, "csrf_token": await _login_token(client)},
        headers={**HTML, "X-Forwarded-For": "3.3.3.3, 203.0.113.9"},
        scope_base=proxy,
    )
    assert spoofed.status_code == 429  # the proxy-appended address is blocked, whatever the client prepends
    other = await client.post(
        "/login",
        form={"password": PASSWORD, "csrf_token": await _login_token(client)},
        headers={**HTML, "X-Forwarded-For": "203.0.113.9, 198.51.100.7"},
        scope_base=proxy,
    )
    assert other.status_code == 302  # another real client behind the same proxy is not


async def _login_token(client: Any) -> str:
    return csrf_in(await (await client.get("/login", headers=HTML)).get_data(as_text=True))


async def test_a_login_without_its_csrf_token_is_refused(client: Any) -> None:
    await client.get("/login", headers=HTML)
    response = await client.post("/login", form={"password": PASSWORD}, headers=HTML)
    assert response.status_code == 403


async def test_an_unsafe_request_without_or_with_a_wrong_csrf_token_is_403(client: Any) -> None:
    await login(client)
    missing = await client.post("/config/auth.session_hours", form={"value": "9"}, headers=HTML)
    wrong = await client.post("/config/auth.session_hours", form={"value": "9", "csrf_token": "nope"}, headers=HTML)
    header = await client.post(
        "/config/telegram.api_base_url",
        form={"value": "https://tg.example"},
        headers={**HTML, "X-CSRF-Token": await page_csrf(client)},
    )
    assert missing.status_code == 403 and wrong.status_code == 403
    assert "CSRF" in await missing.get_data(as_text=True)
    assert header.status_code == 302


async def test_an_expired_session_sends_the_browser_back_to_login(client: Any, node: Node, database_url: str) -> None:
    await login(client)
    conn = await asyncpg.connect(database_url)
    await conn.execute("UPDATE web_sessions SET expires_at = now() - interval '1 second'")
    await conn.close()
    node.state.sessions.evict()  # a hand edit in SQL is seen within the cache's 2 s; do not wait
    assert (await client.get("/", headers=HTML)).status_code == 302


async def test_logout_is_post_only_and_ends_the_session(client: Any, database_url: str) -> None:
    await login(client)
    assert (await client.get("/logout", headers=HTML)).status_code == 405
    token = await page_csrf(client)
    response = await client.post("/logout", form={"csrf_token": token}, headers=HTML)
    assert response.status_code == 302 and response.headers["Location"] == "/login"
    assert (await client.get("/", headers=HTML)).status_code == 302
    conn = await asyncpg.connect(database_url)
    assert await conn.fetchval("SELECT count(*) FROM web_sessions") == 0
    await conn.close()


async def test_every_response_carries_the_security_headers(client: Any) -> None:
    response = await client.get("/login", headers=HTML)
    headers = response.headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "Strict-Transport-Security" not in headers  # plain HTTP on loopback
    cookie = response.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


async def test_behind_a_trusted_tls_proxy_hsts_and_secure_cookies_are_sent(client: Any, node: Node) -> None:
    await node.state.config.set("auth.trust_proxy_headers", "true", actor="test")
    page = await client.get("/login", headers={**HTML, "X-Forwarded-Proto": "https"})
    token = csrf_in(await page.get_data(as_text=True))
    response = await client.post(
        "/login",
        form={"password": PASSWORD, "csrf_token": token},
        headers={**HTML, "X-Forwarded-Proto": "https"},
    )
    assert "max-age=" in response.headers["Strict-Transport-Security"]
    session_cookie = next(v for v in response.headers.getlist("Set-Cookie") if "alexclaw_session" in v)
    assert "Secure" in session_cookie and "HttpOnly" in session_cookie


async def test_a_body_over_one_megabyte_is_refused(client: Any) -> None:
    await login(client)
    token = await page_csrf(client)
    response = await client.post(
        "/config/telegram.api_base_url", form={"value": "x" * 1_100_000, "csrf_token": token}, headers=HTML
    )
    assert response.status_code == 413


async def test_errors_never_show_a_stack_trace(client: Any) -> None:
    await login(client)
    missing = await client.get("/no/such/page", headers=HTML)
    text = await missing.get_data(as_text=True)
    assert missing.status_code == 404 and "Traceback" not in text and "Not found" in text


def test_the_session_cache_forgets_after_its_ttl_and_on_eviction() -> None:
    from datetime import UTC, datetime, timedelta

    from alexclaw.web._sessions import SessionCache, WebSession
    from tests.helpers import ManualClock

    clock = ManualClock()
    cache = SessionCache(ttl=2.0, clock=clock)
    now = datetime.now(UTC)
    live = WebSession("a" * 64, "csrf", now, now, now, now + timedelta(hours=1), "127.0.0.1", "ua")
    expired = WebSession("b" * 64, "csrf", now, now, now, now - timedelta(seconds=1), "127.0.0.1", "ua")
    cache.put(live)
    cache.put(expired)
    assert cache.get(live.id_hash) is live and cache.get(expired.id_hash) is None
    clock.advance(2.1)
    assert cache.get(live.id_hash) is None
    cache.put(live)
    cache.evict("aaaa")
    assert cache.get(live.id_hash) is None

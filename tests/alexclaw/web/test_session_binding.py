"""Issue 13, rule 3: a session is only as valid as the password and the 2FA
state it was made under. Every session carries an HMAC fingerprint (key
derived from SECRET_KEY_BASE) of both; a change or removal ends it on its
next request — after a restart with another password, with none, and when
2FA is turned on, off or re-enrolled. The request that changed the 2FA state
with a code gets a fresh session instead of being logged out mid-flow."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pyotp

from actors import whereis
from alexclaw import Node
from alexclaw.security import derive_key, host_approval
from alexclaw.web import WEB_NAME, WebEndpoint
from alexclaw.web._sessions import fingerprint
from tests.alexclaw.web.conftest import HTML, KEY, PASSWORD, login, make_settings, page_csrf

SESSION = "alexclaw_session"


def cookie_of(client: Any) -> str:
    return str(next(c for c in client.cookie_jar if c.name == SESSION).value)


async def status_with(node: Node, cookie: str, method: str = "GET") -> int:
    client = node.state.app.test_client()
    client.set_cookie("localhost", SESSION, cookie)
    if method == "GET":
        return int((await client.get("/", headers=HTML)).status_code)
    return int((await client.post("/workflows", form={"name": "x", "csrf_token": "x"}, headers=HTML)).status_code)


async def logged_in(node: Node) -> Any:
    client = node.state.app.test_client()
    assert (await login(client)).status_code == 302
    return client


@asynccontextmanager
async def restarted_with(database_url: str, tmp_path: Path, password: str | None) -> AsyncIterator[tuple[str, Node]]:
    """A session cookie made on a node, and the node restarted with ``password``."""
    first = Node(make_settings(database_url, tmp_path))
    await first.start()
    try:
        cookie = cookie_of(await logged_in(first))
        assert await status_with(first, cookie) == 200
    finally:
        await first.stop()
    second = Node(make_settings(database_url, tmp_path, password=password))
    await second.start()
    try:
        yield cookie, second
    finally:
        await second.stop()


async def test_after_a_restart_with_the_same_password_a_session_goes_on(database_url: str, tmp_path: Path) -> None:
    async with restarted_with(database_url, tmp_path, PASSWORD) as (cookie, node):
        assert await status_with(node, cookie) == 200


async def test_after_a_restart_with_a_new_password_every_old_session_is_sent_to_login(
    database_url: str, tmp_path: Path
) -> None:
    async with restarted_with(database_url, tmp_path, "a brand new operator password") as (cookie, node):
        client = node.state.app.test_client()
        client.set_cookie("localhost", SESSION, cookie)
        response = await client.get("/config", headers=HTML)
        assert response.status_code == 302 and response.headers["Location"].startswith("/login")
        assert await status_with(node, cookie, "POST") in {302, 401}  # no write either
        conn = await asyncpg.connect(database_url)
        ended = await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'session.ended'")
        left = await conn.fetchval("SELECT count(*) FROM web_sessions")
        await conn.close()
        assert (ended, left) == (1, 0)  # ended for good, and audited


async def test_with_the_password_unset_every_old_session_is_refused(database_url: str, tmp_path: Path) -> None:
    async with restarted_with(database_url, tmp_path, None) as (cookie, node):
        assert await status_with(node, cookie) == 302
        assert await status_with(node, cookie, "POST") in {302, 401}


async def enable_2fa_on_the_web(client: Any) -> pyotp.TOTP:
    page = await (await client.get("/security/totp", headers=HTML)).get_data(as_text=True)
    found = re.search(r'id="totp-secret">([A-Z2-7]+)<', page)
    assert found
    totp = pyotp.TOTP(found.group(1))
    token = await page_csrf(client, "/security/totp")
    response = await client.post("/security/totp", form={"code": totp.now(), "csrf_token": token}, headers=HTML)
    assert response.status_code == 302
    return totp


async def test_turning_2fa_on_ends_other_sessions_and_renews_the_one_that_did_it(node: Node) -> None:
    operator, other = await logged_in(node), await logged_in(node)
    before = cookie_of(operator)
    await enable_2fa_on_the_web(operator)
    assert cookie_of(operator) != before  # a fresh session, bound to the new state
    assert (await operator.get("/security", headers=HTML)).status_code == 200
    assert (await other.get("/", headers=HTML)).status_code == 302
    assert await status_with(node, before) == 302  # the old id is dead too


async def test_turning_2fa_off_through_the_web_challenge_keeps_the_session_that_answered(node: Node) -> None:
    operator = await logged_in(node)
    totp = await enable_2fa_on_the_web(operator)
    other = await logged_in(node)  # made under 2FA on
    asked = await operator.post(
        "/security/totp/disable", form={"csrf_token": await page_csrf(operator, "/security")}, headers=HTML
    )
    location = asked.headers["Location"]
    assert location.startswith("/challenge/")
    token = await page_csrf(operator, location)
    code = totp.at(time.time() + 30)  # not the step enrolment used
    answered = await operator.post(
        location.split("?")[0], form={"code": code, "csrf_token": token, "next": "/security"}, headers=HTML
    )
    assert answered.status_code == 302 and answered.headers["Location"] == "/security"
    assert node.state.config.get("auth.totp_enabled") is False
    assert (await operator.get("/security", headers=HTML)).status_code == 200
    assert (await other.get("/", headers=HTML)).status_code == 302


async def test_2fa_changed_from_elsewhere_ends_every_web_session(node: Node) -> None:
    config = node.state.config
    first = await logged_in(node)
    await config.set("auth.totp_secret", pyotp.random_base32(), actor="test")
    await config.set("auth.totp_enabled", "true", actor="test")  # turned on from the chat
    assert (await first.get("/", headers=HTML)).status_code == 302
    second = await logged_in(node)
    approved = host_approval("totp.enrol", "test")  # as a code answered in the chat would approve it
    await config.set("auth.totp_secret", pyotp.random_base32(), actor="test", approval=approved)  # re-enrolled
    assert (await second.get("/", headers=HTML)).status_code == 302
    third = await logged_in(node)
    await config.set("auth.totp_enabled", "false", actor="test", approval=approved)  # /disable 2fa in the chat
    assert (await third.get("/", headers=HTML)).status_code == 302


def test_the_fingerprint_is_keyed_and_never_the_password() -> None:
    key = derive_key(KEY, "alexclaw session binding v1")
    bound = fingerprint(key, PASSWORD, None)
    assert bound is not None and PASSWORD not in bound and len(bound) == 64
    assert (
        fingerprint(derive_key("another-secret-key-base-" + "x" * 30, "alexclaw session binding v1"), PASSWORD, None)
        != bound
    )
    assert fingerprint(key, PASSWORD, "JBSWY3DPEHPK3PXP") != bound
    assert fingerprint(key, PASSWORD + "J", "BSWY3DPEHPK3PXP") != fingerprint(key, PASSWORD, "JBSWY3DPEHPK3PXP")
    assert fingerprint(key, None, None) is None and fingerprint(key, "", None) is None


async def test_an_open_event_stream_ends_when_its_session_is_no_longer_bound(node: Node) -> None:
    client = await over_http(node)
    async with client.stream("GET", "/events/tree") as stream:
        lines = stream.aiter_lines()
        async for line in lines:
            if line.startswith("data: "):
                break
        await node.state.config.set("auth.totp_secret", pyotp.random_base32(), actor="test")
        await node.state.config.set("auth.totp_enabled", "true", actor="test")
        async with asyncio.timeout(30):  # without the check the stream never ends: a guard, not a timing assertion
            async for _ in lines:  # the server ends the response itself
                pass
    assert (await client.get("/")).status_code == 302
    await client.aclose()


async def over_http(node: Node) -> httpx.AsyncClient:
    web = whereis(WEB_NAME)
    assert isinstance(web, WebEndpoint)
    client = httpx.AsyncClient(base_url=web.url, headers={"Accept": "text/html"})
    page = await client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    assert (await client.post("/login", data={"password": PASSWORD, "csrf_token": token.group(1)})).status_code == 302
    return client

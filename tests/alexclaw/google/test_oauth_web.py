"""Connecting Google from the web against the fake Google over real HTTP:
the link (PKCE S256, a one-time state bound to this session), the
consent, the callback, the token exchange the fake verifies, tokens stored
encrypted, the status, the Services check, and disconnecting. Every bad
callback — a made-up, replayed or expired state, another session's state,
Google's refusal — is a clear error page, audited, with nothing stored."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

from actors import Refused
from alexclaw import Node
from alexclaw.security import Acting, Invalid
from tests.alexclaw.google.conftest import callback, consent
from tests.alexclaw.web.conftest import HTML, login, page_csrf
from tests.fake_google import ACCOUNT, FakeGoogle, s256


async def start_from_web(client: Any) -> str:
    csrf = await page_csrf(client, "/google")
    response = await client.post("/google/connect", form={"csrf_token": csrf}, headers=HTML)
    assert response.status_code == 302
    return str(response.headers["Location"])


async def stored(node: Node) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    async with node.state.database.pool().acquire() as conn:
        tokens = [dict(r) for r in await conn.fetch("SELECT * FROM google_tokens")]
        states = [dict(r) for r in await conn.fetch("SELECT * FROM google_oauth_states")]
    return tokens, states


async def audit(node: Node, action: str) -> list[dict[str, Any]]:
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT actor, outcome, detail FROM audit_log WHERE action = $1 ORDER BY id", action)
    return [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]


async def test_connecting_from_the_web_stores_encrypted_tokens_and_shows_who_is_connected(
    node: Node, client: Any, google: FakeGoogle
) -> None:
    await login(client)
    link = await start_from_web(client)
    query = {k: v[0] for k, v in parse_qs(urlsplit(link).query).items()}
    assert link.startswith(google.endpoints.auth_url)
    assert query["code_challenge_method"] == "S256" and query["prompt"] == "consent"

    status, page = await callback(client, await consent(link))

    assert status == 200 and f"Google connected as {ACCOUNT}" in page
    [exchange] = google.grants("authorization_code")
    assert s256(exchange.form["code_verifier"]) == query["code_challenge"]  # the fake checked it too
    assert 43 <= len(exchange.form["code_verifier"]) <= 128
    tokens, states = await stored(node)
    [row] = tokens
    assert row["access_token"].startswith("enc:") and row["refresh_token"].startswith("enc:")
    issued = set(google.access_tokens) | google.refresh_tokens
    assert not any(token in str(row) for token in issued)  # no token in clear anywhere in the row
    assert all(s["verifier"].startswith("enc:") and s["used_at"] is not None for s in states)
    assert query["state"] not in str(states)  # only its hash is kept
    assert node.services.google.status.read().label == f"connected as {ACCOUNT}"
    assert f"connected as {ACCOUNT}" in await (await client.get("/google", headers=HTML)).get_data(as_text=True)
    [connected] = await audit(node, "google.connected")
    assert connected["detail"]["account"] == ACCOUNT and connected["detail"]["from"] == "web"
    trail = str(await audit(node, "google.connected")) + str(await audit(node, "google.connect_started"))
    assert not any(token in trail for token in issued)


async def test_the_services_check_refreshes_the_token_and_reads_the_calendar(
    node: Node, client: Any, google: FakeGoogle
) -> None:
    await login(client)
    await callback(client, await consent(await start_from_web(client)))
    csrf = await page_csrf(client, "/services")

    await client.post("/services/check", form={"csrf_token": csrf, "part": "google"}, headers=HTML)

    page = await (await client.get("/services", headers=HTML)).get_data(as_text=True)
    assert 'id="google" data-part="google" data-state="up"' in page
    assert len(google.grants("refresh_token")) == 1
    calendar_reads = [s for s in google.seen if s.path.startswith("/calendar/v3/") and s.method == "GET"]
    assert calendar_reads[-1].headers["Authorization"].startswith("Bearer ya29.fake-access-")


async def test_disconnecting_revokes_at_google_deletes_the_tokens_and_is_audited(
    node: Node, client: Any, google: FakeGoogle
) -> None:
    await login(client)
    await callback(client, await consent(await start_from_web(client)))
    refresh = next(iter(google.refresh_tokens))
    csrf = await page_csrf(client, "/google")

    await client.post("/google/disconnect", form={"csrf_token": csrf}, headers=HTML)

    assert [s.form["token"] for s in google.seen if s.path == "/revoke"] == [refresh]
    assert not google.refresh_tokens and not google.access_tokens
    assert (await stored(node))[0] == []
    assert node.services.google.status.read().state == "disconnected"
    [row] = await audit(node, "google.disconnected")
    assert row["detail"] == {"revoked_at_google": True} and row["actor"].startswith("web:")


async def test_a_made_up_state_is_refused_with_a_clear_page_and_nothing_is_stored(
    node: Node, client: Any, google: FakeGoogle
) -> None:
    await login(client)

    status, page = await callback(client, "/oauth/google/callback?state=made-up-state&code=4/whatever")

    assert status == 400 and "unknown to the node" in page and "Nothing was stored" in page
    assert google.grants("authorization_code") == [] and (await stored(node))[0] == []
    [refused] = await audit(node, "google.callback_refused")
    assert refused["outcome"] == "denied" and "unknown" in refused["detail"]["reason"]


async def test_a_replayed_callback_is_refused_and_changes_nothing(node: Node, client: Any, google: FakeGoogle) -> None:
    await login(client)
    path = await consent(await start_from_web(client))
    assert (await callback(client, path))[0] == 200
    before = (await stored(node))[0]

    status, page = await callback(client, path)

    assert status == 400 and "already used" in page
    assert len(google.grants("authorization_code")) == 1 and (await stored(node))[0] == before


async def test_an_expired_state_is_refused_before_the_code_is_exchanged(
    node: Node, client: Any, google: FakeGoogle
) -> None:
    await login(client)
    path = await consent(await start_from_web(client))
    async with node.state.database.pool().acquire() as conn:  # the operator came back 11 minutes later
        await conn.execute("UPDATE google_oauth_states SET created_at = created_at - interval '11 minutes'")

    status, page = await callback(client, path)

    assert status == 400 and "expired" in page
    assert google.grants("authorization_code") == [] and (await stored(node))[0] == []


async def test_a_state_a_web_session_asked_for_is_refused_in_another_browser(
    node: Node, client: Any, google: FakeGoogle
) -> None:
    await login(client)
    path = await consent(await start_from_web(client))
    stranger = node.state.app.test_client()  # no session cookie: someone else's browser

    status, page = await callback(stranger, path)

    assert status == 400 and "another browser session" in page
    assert google.grants("authorization_code") == [] and (await stored(node))[0] == []
    # and the state is spent: the operator's own browser cannot use it after that either
    assert (await callback(client, path))[0] == 400


async def test_a_refusal_at_google_is_shown_and_nothing_is_stored(node: Node, client: Any, google: FakeGoogle) -> None:
    await login(client)
    link = await start_from_web(client)
    state = parse_qs(urlsplit(link).query)["state"][0]

    status, page = await callback(client, f"/oauth/google/callback?error=access_denied&state={state}")

    assert status == 400 and "Google did not authorize: access_denied" in page
    assert (await stored(node))[0] == []


async def test_without_a_client_id_and_secret_google_is_off_and_says_why(
    node: Node, client: Any, google: FakeGoogle
) -> None:
    await node.state.config.set("google.client_secret", "", actor="test")
    await login(client)

    page = await (await client.get("/google", headers=HTML)).get_data(as_text=True)
    csrf = await page_csrf(client, "/google")
    refused = await client.post("/google/connect", form={"csrf_token": csrf}, headers=HTML)
    services = await (await client.get("/services", headers=HTML)).get_data(as_text=True)

    assert "Off: set <code>google.client_id</code>" in page
    assert refused.status_code == 302 and not refused.headers["Location"].startswith(google.url)
    assert 'data-part="google" data-state="off"' in services and "no client id or secret" in services
    from_chat = await node.services.google.connect(Acting.chat("telegram:1", "telegram"), "chat:telegram:1")
    assert isinstance(from_chat, Invalid) and "Google is off" in from_chat.message()
    token = await node.services.google.access_token()
    assert isinstance(token, Refused) and token.code == "off"
    assert (await stored(node))[1] == []

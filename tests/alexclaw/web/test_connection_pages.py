"""The Connections page through the app's test client on a whole node,
against a second database on the embedded server reached over TCP: a save
is tested and the server's words shown (never the password); a LAN or
loopback host needs the grant, which waits for a code while two-factor is
on; the password never goes back to the browser."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from typing import Any

import pytest

from alexclaw import Node
from alexclaw.connections import list_connections
from tests.alexclaw.connections.support import SecondDatabase, second_database
from tests.alexclaw.web.conftest import login
from tests.alexclaw.web.test_pages import enable_totp, post, text_of
from tests.alexclaw.web.test_privileged_pages import answer


@pytest.fixture
async def reporting(pg_admin_dsn: str) -> AsyncIterator[SecondDatabase]:
    async with second_database(pg_admin_dsn) as made:
        yield made


def form_of(db: SecondDatabase, **changes: str) -> dict[str, str]:
    return {"name": "reports", "host": db.host, "port": str(db.port), "database": db.database, "user": db.user,
            "tls": "disable", "password": db.password, "allow_private": "on"} | changes  # fmt: skip


async def listed(node: Node) -> list[Any]:
    async with node.state.database.pool().acquire() as conn:
        return await list_connections(conn)


async def test_a_saved_connection_is_tested_and_its_password_never_comes_back(
    client: Any, node: Node, reporting: SecondDatabase
) -> None:
    await login(client)
    assert 'href="/connections"' in await text_of(client, "/")
    saved = await post(client, "/connections", form_of(reporting), "/connections")
    assert saved.status_code == 302
    [made] = await listed(node)
    page = await text_of(client, saved.headers["Location"])
    assert "Connection reports saved; it answers." in page and "password ••••••••" in page
    assert reporting.password not in page and made.state.last_test_error is None
    tested = await post(client, f"/connections/{made.id}/test", {}, "/connections")
    assert "Connection reports answers." in await text_of(client, tested.headers["Location"])


async def test_a_wrong_password_shows_the_servers_error_verbatim_without_the_password(
    client: Any, node: Node, reporting: SecondDatabase
) -> None:
    await login(client)
    wrong = "wrong-" + reporting.password
    saved = await post(client, "/connections", form_of(reporting, password=wrong), "/connections")
    page = html.unescape(await text_of(client, saved.headers["Location"]))
    assert f'password authentication failed for user "{reporting.user}"' in page
    assert "saved, but the test failed" in page and wrong not in page


async def test_a_loopback_host_without_the_grant_is_refused_on_the_form_with_the_reason(
    client: Any, node: Node, reporting: SecondDatabase
) -> None:
    await login(client)
    form = form_of(reporting)
    del form["allow_private"]
    refused = await post(client, "/connections", form, "/connections")
    page = html.unescape(await refused.get_data(as_text=True))
    assert refused.status_code == 400 and "needs the allow-private grant" in page
    assert f'value="{reporting.database}"' in page and reporting.password not in page  # the form keeps the rest
    metadata = await post(client, "/connections", form_of(reporting, host="169.254.169.254"), "/connections")
    assert metadata.status_code == 400 and "never reachable" in await metadata.get_data(as_text=True)
    assert await listed(node) == []


async def test_with_two_factor_on_the_password_and_grant_wait_for_a_code(
    client: Any, node: Node, reporting: SecondDatabase
) -> None:
    await login(client)
    totp = await enable_totp(client)
    parked = await post(client, "/connections", form_of(reporting), "/connections")
    assert parked.headers["Location"].startswith("/challenge/")
    assert await listed(node) == []
    await answer(client, parked, totp)
    [made] = await listed(node)
    assert made.granted_here and made.password_here and made.state.last_test_error is None
    # An ordinary change (the same host, the password kept) saves at once.
    renamed = await post(client, f"/connections/{made.id}", form_of(reporting, name="sales", password=""),
                         "/connections")  # fmt: skip
    assert renamed.status_code == 302 and not renamed.headers["Location"].startswith("/challenge/")
    assert [c.name for c in await listed(node)] == ["sales"]
    deleted = await post(client, f"/connections/{made.id}/delete", {}, "/connections")
    assert deleted.status_code == 302 and await listed(node) == []

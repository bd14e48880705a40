"""The Connections page in Chromium: a person adds the reporting database
with a wrong password, reads the server's refusal (never the password),
enters the right one and sees the connection answer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from alexclaw import Node
from tests.alexclaw.connections.support import SecondDatabase, second_database
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot

__all__ = ["browser", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests


@pytest.fixture
async def reporting(pg_admin_dsn: str) -> AsyncIterator[SecondDatabase]:
    async with second_database(pg_admin_dsn) as made:
        yield made


async def test_a_person_adds_a_database_reads_why_it_refused_then_sees_it_answer(
    page: Any, node: Node, reporting: SecondDatabase
) -> None:
    await log_in(page)
    await page.goto("/connections")
    form = page.locator("#connection-form")
    typed = {"name": "reports", "host": reporting.host, "port": str(reporting.port),
             "database": reporting.database, "user": reporting.user, "password": "not-it"}  # fmt: skip
    for field, value in typed.items():
        await form.locator(f"input[name={field}]").fill(value)
    await form.locator("select[name=tls]").select_option("disable")
    await form.locator("input[name=allow_private]").check()
    await form.locator("button[type=submit]").click()
    await page.wait_for_selector(".flash.error")
    row = page.locator("#connections tbody tr", has_text="reports")
    said = await row.locator(".test").inner_text()
    assert f'password authentication failed for user "{reporting.user}"' in said and "not-it" not in said
    await shoot(page, "connections-refused")
    await form.locator("input[name=password]").fill(reporting.password)
    await form.locator("button[type=submit]").click()
    await page.wait_for_selector(".flash.success")
    assert "answers" in await page.locator("#connections tbody tr", has_text="reports").inner_text()
    assert reporting.password not in await page.content()

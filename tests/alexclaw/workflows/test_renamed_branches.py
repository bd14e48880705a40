"""telegram_notify answers on ``on_delivered`` (issue 23, AlexClaw's branch
names): a route of its old ``on_success`` keeps working — read as the new
name from an imported document or a form, and renamed in stored workflows
by migration 0035."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from alexclaw.storage import load_migrations
from alexclaw.workflows._model import END, Route, Step, Workflow, parse_step
from alexclaw.workflows._store import get_workflow, save_workflow
from alexclaw.workflows._transfer import parse_document
from skills.builtin import DiscordNotify, TelegramNotify


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    yield connection
    await connection.close()


def test_both_notify_skills_answer_on_delivered_and_on_error() -> None:
    assert set(TelegramNotify.branches) == set(DiscordNotify.branches) == {"on_delivered", "on_error"}


def test_an_old_document_routing_on_success_of_telegram_notify_imports_as_on_delivered() -> None:
    step = {"position": 0, "skill": "telegram_notify", "routes": [{"branch": "on_success", "goto": "end"},
                                                                  {"branch": "on_error", "goto": 1}]}  # fmt: skip
    other = {"position": 1, "skill": "echo", "routes": [{"branch": "on_success", "goto": "end"}]}
    workflow, _ = parse_document({"version": 1, "workflow": {"name": "Old"}, "steps": [step, other]})
    assert workflow.steps[0].routes == (Route("on_delivered", END), Route("on_error", 1))
    assert workflow.steps[1].routes == (Route("on_success", END),)  # another skill's on_success is its own


def test_an_old_name_beside_the_new_one_keeps_the_new_ones_route() -> None:
    errors: list[str] = []
    data = {"position": 0, "skill": "telegram_notify",
            "routes": [{"branch": "on_success", "goto": 3}, {"branch": "on_delivered", "goto": "end"}]}  # fmt: skip
    step = parse_step(data, "", errors)
    assert errors == [] and step is not None and step.routes == (Route("on_delivered", END),)


async def test_migration_0035_renames_the_stored_routes_of_telegram_notify_only(conn: asyncpg.Connection) -> None:
    steps = (
        Step(0, "telegram_notify", routes=(Route("on_error", 2), Route("on_success", 1))),
        Step(1, "echo", routes=(Route("on_success", END),)),
        Step(2, "echo"),
    )
    # As a workflow saved before this build stored it (the store writes routes as given).
    saved = await save_workflow(conn, Workflow(None, "Stored before 0035", steps=steps), with_steps=True)
    migration = next(m for m in load_migrations() if m.version == 35)
    await conn.execute(migration.sql)
    after = await get_workflow(conn, saved)
    assert after is not None
    assert after.steps[0].routes == (Route("on_error", 2), Route("on_delivered", 1))  # order kept
    assert after.steps[1].routes == (Route("on_success", END),)

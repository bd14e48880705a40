from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from alexclaw.connections import ConnectionOperations, DbConnection, PasswordChange
from alexclaw.security import Acting, Approver, Challenges, Done, SecretBox
from alexclaw.storage import Database, DatabaseHandle
from tests.alexclaw.connections.support import SecondDatabase, second_database


@pytest.fixture
async def reporting(pg_admin_dsn: str) -> AsyncIterator[SecondDatabase]:
    """The operator's other database, reached over TCP on 127.0.0.1."""
    async with second_database(pg_admin_dsn) as made:
        yield made


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[DatabaseHandle]:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return database_url

    db = await Database(dsn, handle, max_size=3).start()
    yield handle
    await db.stop()


KEY = "connections-test-" + "c" * 40
CLI = Acting.cli("alex")


@pytest.fixture
def box() -> SecretBox:
    return SecretBox(KEY)


@pytest.fixture
def operations(database: DatabaseHandle, box: SecretBox) -> ConnectionOperations:
    # Two-factor off and no challenge actor: the command line's host proof, or a refusal.
    return ConnectionOperations(Approver(Challenges(), database, lambda: False), box)


def described(db: SecondDatabase, name: str = "reports", **changes: Any) -> DbConnection:
    fields: dict[str, Any] = {"id": None, "name": name, "host": db.host, "port": db.port, "database": db.database,
                              "user": db.user, "tls": "disable"} | changes  # fmt: skip
    return DbConnection(**fields)


async def saved(operations: ConnectionOperations, db: SecondDatabase, name: str = "reports") -> int:
    """A working connection, saved from the command line with its password and grant."""
    made = await operations.save(CLI, described(db, name), PasswordChange(db.password), allow_private=True)
    assert isinstance(made, Done) and "it answers" in made.message, made
    return made.value

"""``alexclaw connection list [--json]`` and ``alexclaw connection test NAME``
as an operator runs them, against a migrated database and a second database
reached over TCP: no output ever carries the password; a test says what
the server said, and exits 2 when it does not answer or the name is
unknown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alexclaw.connections import ConnectionOperations, PasswordChange
from alexclaw.security import Approver, Challenges, Done, SecretBox
from alexclaw.storage import DatabaseHandle
from tests.alexclaw.connections.conftest import CLI, described
from tests.alexclaw.connections.support import SecondDatabase
from tests.alexclaw.test_cli import KEY, node_env
from tests.alexclaw.workflows.test_cli_resource import alexclaw


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    return node_env(tmp_path, DATABASE_URL=database_url)


async def test_list_and_test_never_show_the_password_and_say_what_the_server_said(
    env: dict[str, str], database: DatabaseHandle, reporting: SecondDatabase
) -> None:
    operations = ConnectionOperations(Approver(Challenges(), database, lambda: False), SecretBox(KEY))
    good = await operations.save(CLI, described(reporting), PasswordChange(reporting.password), allow_private=True)
    wrong = "wrong-" + reporting.password
    bad = await operations.save(CLI, described(reporting, "broken"), PasswordChange(wrong), allow_private=True)
    assert isinstance(good, Done) and isinstance(bad, Done)

    listed = await alexclaw("connection", "list", env=env)
    assert listed.code == 0 and "reports" in listed.stdout and "password set" in listed.stdout
    as_json = await alexclaw("connection", "list", "--json", env=env)
    rows = {row["name"]: row for row in json.loads(as_json.stdout)}
    assert rows["reports"]["password_set"] is True and rows["reports"]["allow_private"] is True
    assert "password authentication failed" in rows["broken"]["last_test_error"]
    tested = await alexclaw("connection", "test", "reports", env=env)
    assert tested.code == 0 and "Connection reports answers." in tested.stdout
    failed = await alexclaw("connection", "test", "broken", env=env)
    assert failed.code == 2 and "password authentication failed" in failed.stderr
    unknown = await alexclaw("connection", "test", "nope", env=env)
    assert unknown.code == 2 and "there is no connection 'nope'" in unknown.stderr
    for ran in (listed, as_json, tested, failed, unknown):
        assert reporting.password not in ran.stdout + ran.stderr and wrong not in ran.stdout + ran.stderr

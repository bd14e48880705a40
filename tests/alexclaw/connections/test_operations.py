"""The connection operations shared by the Connections page and the command
line: the password stored encrypted and bound to its host, a guarded change
(password, grant, a move of a held password) only through the approval
table, the address rules before anything is written, and each save tested
and audited without the password."""

from __future__ import annotations

import asyncpg

from alexclaw.connections import (
    ConnectionOperations,
    DbConnection,
    PasswordChange,
    connection_guarded_reasons,
    connection_secret,
    get_connection,
    rotate_connection_passwords,
)
from alexclaw.security import DB_CONNECTION_SAVED, DB_CONNECTION_TESTED, Acting, Done, Invalid, NotAllowed, SecretBox
from alexclaw.storage import DatabaseHandle
from tests.alexclaw.connections.conftest import CLI, described, saved
from tests.alexclaw.connections.support import SecondDatabase

CHAT = Acting.chat("telegram:42", "telegram")


async def rows(database: DatabaseHandle, sql: str, *args: object) -> list[asyncpg.Record]:
    async with database.pool().acquire() as conn:
        return list(await conn.fetch(sql, *args))


async def test_a_saved_connection_is_tested_and_its_password_is_stored_encrypted_for_its_host(
    operations: ConnectionOperations, reporting: SecondDatabase, database: DatabaseHandle, box: SecretBox
) -> None:
    made = await saved(operations, reporting)
    stored = (await rows(database, "SELECT password, password_host, granted_host FROM db_connections"))[0]
    assert stored["password"] != reporting.password and box.decrypt(stored["password"]) == reporting.password
    assert stored["password_host"] == stored["granted_host"] == "127.0.0.1"
    audit = await rows(database, "SELECT action, outcome, detail::text AS detail FROM audit_log ORDER BY id")
    assert [(r["action"], r["outcome"]) for r in audit] == [(DB_CONNECTION_SAVED, "ok"), (DB_CONNECTION_TESTED, "ok")]
    assert '"proof": "host"' in audit[0]["detail"] and "sets its password" in audit[0]["detail"]
    assert all(reporting.password not in r["detail"] for r in audit)
    async with database.pool().acquire() as conn:
        found = await get_connection(conn, made)
        assert found is not None and found.password_here and found.granted_here
        assert found.state.last_test_error is None and found.state.last_test_at is not None


async def test_a_wrong_password_is_saved_with_the_servers_error_and_never_echoed(
    operations: ConnectionOperations, reporting: SecondDatabase, database: DatabaseHandle
) -> None:
    wrong = "wrong-" + reporting.password
    made = await operations.save(CLI, described(reporting), PasswordChange(wrong), allow_private=True)
    assert isinstance(made, Done) and "test failed" in made.message and "password authentication failed" in made.message
    assert wrong not in made.message
    stored = await rows(database, "SELECT last_test_error FROM db_connections")
    assert "password authentication failed" in stored[0]["last_test_error"]
    everything = await rows(database, "SELECT detail::text AS detail FROM audit_log")
    assert all(wrong not in r["detail"] for r in everything)


async def test_a_private_host_without_the_grant_and_a_metadata_host_are_refused_before_anything_is_written(
    operations: ConnectionOperations, reporting: SecondDatabase, database: DatabaseHandle
) -> None:
    refused = await operations.save(CLI, described(reporting), PasswordChange(reporting.password))
    assert isinstance(refused, Invalid) and "allow-private grant" in refused.message()
    never = await operations.save(CLI, described(reporting, host="169.254.169.254"), allow_private=True)
    assert isinstance(never, Invalid) and "never reachable" in never.message()
    bad = await operations.save(CLI, described(reporting, name="", host="http://x/", tls="sometimes", port=0))
    assert isinstance(bad, Invalid) and len(bad.errors) == 4
    assert await rows(database, "SELECT id FROM db_connections") == []
    assert await rows(database, "SELECT id FROM audit_log") == []


async def test_a_password_or_a_grant_cannot_be_given_from_a_way_in_the_table_does_not_list(
    operations: ConnectionOperations, reporting: SecondDatabase, database: DatabaseHandle
) -> None:
    refused = await operations.save(CHAT, described(reporting), PasswordChange(reporting.password), allow_private=True)
    assert isinstance(refused, NotAllowed)
    assert await rows(database, "SELECT id FROM db_connections") == []
    audit = await rows(database, "SELECT action, outcome, target FROM audit_log")
    assert [(r["action"], r["outcome"], r["target"]) for r in audit] == [
        ("privileged.refused", "denied", "db_connection.secret")
    ]


async def test_a_moved_connection_sends_its_password_only_after_the_move_is_approved(
    operations: ConnectionOperations, reporting: SecondDatabase, database: DatabaseHandle, box: SecretBox
) -> None:
    made = await saved(operations, reporting)
    async with database.pool().acquire() as conn:
        before = await get_connection(conn, made)
    assert before is not None
    moved = DbConnection(made, "reports", "localhost", reporting.port, reporting.database, reporting.user, "disable")
    assert connection_guarded_reasons(before, moved, new_password=False, clear=False, wants_grant=True) == (
        "lets it reach localhost on a private or loopback address", "sends its password to localhost",
    )  # fmt: skip
    assert connection_guarded_reasons(before, before, new_password=False, clear=False, wants_grant=True) == ()
    refused = await operations.save(CHAT, moved, allow_private=True)
    assert isinstance(refused, NotAllowed)
    async with database.pool().acquire() as conn:
        assert await connection_secret(conn, box, made) == reporting.password  # still bound to 127.0.0.1
        await conn.execute("UPDATE db_connections SET host = 'localhost' WHERE id = $1", made)  # behind its back
        assert await connection_secret(conn, box, made) == ""  # a password is never sent to another host
        await conn.execute("UPDATE db_connections SET host = '127.0.0.1' WHERE id = $1", made)
    approved = await operations.save(CLI, moved, allow_private=True)
    assert isinstance(approved, Done) and "it answers" in approved.message
    async with database.pool().acquire() as conn:
        assert await connection_secret(conn, box, made) == reporting.password
    last = (await rows(database, "SELECT detail::text AS d FROM audit_log WHERE action = $1 ORDER BY id DESC",
                       DB_CONNECTION_SAVED))[0]  # fmt: skip
    assert "sends its password to localhost" in last["d"]


async def test_an_ordinary_change_needs_no_approval_and_a_test_records_its_result(
    operations: ConnectionOperations, reporting: SecondDatabase
) -> None:
    made = await saved(operations, reporting)
    renamed = await operations.save(CHAT, described(reporting, name="sales", id=made), allow_private=True)
    assert isinstance(renamed, Done), renamed  # same host, grant held, password kept: nothing sensitive
    tested = await operations.test(CHAT, "sales")
    assert isinstance(tested, Done) and tested.value is None
    assert isinstance(await operations.test(CHAT, "nope"), Invalid)
    assert isinstance(await operations.delete(CHAT, "sales"), Done)
    assert await operations.list() == []


async def test_a_key_rotation_re_encrypts_every_stored_password(
    operations: ConnectionOperations, reporting: SecondDatabase, database: DatabaseHandle, box: SecretBox
) -> None:
    made = await saved(operations, reporting)
    new = SecretBox("the-next-key-" + "n" * 40)
    async with database.pool().acquire() as conn, conn.transaction():
        assert await rotate_connection_passwords(conn, box, new) == 1
    async with database.pool().acquire() as conn:
        assert await connection_secret(conn, new, made) == reporting.password

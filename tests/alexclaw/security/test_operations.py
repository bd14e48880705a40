"""The acting principal cannot be forged into another entry, and the
security operations (policies, login blocks, two-factor) answer with values, audit
under their one action name and ask the one approval service."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

import pyotp
import pytest

from alexclaw.security import (
    BLOCK_REMOVED,
    POLICY_DELETED,
    Acting,
    Approver,
    BlockOperations,
    Challenges,
    Done,
    Entry,
    Invalid,
    NotAllowed,
    PolicyOperations,
    TwoFactorOperations,
    secret_in_force,
    source_key,
)
from alexclaw.storage import DatabaseHandle
from tests.alexclaw.config.test_actor import start_node

WEB = Acting.web("192.0.2.7")
CLI = Acting.cli("alex")
CHAT = Acting.chat("telegram:42", "telegram")


def test_an_acting_principal_is_built_only_by_its_front_ends_constructor() -> None:
    assert (WEB.entry, WEB.origin, WEB.actor) == (Entry.WEB, "web", "web:admin@192.0.2.7")
    assert (CLI.entry, CLI.origin, CLI.actor) == (Entry.CLI, "cli", "cli:alex")
    assert (CHAT.entry, CHAT.origin) == (Entry.CHAT, "telegram")
    with pytest.raises(TypeError, match="built by its front end"):
        Acting("cli:mallory", Entry.CLI)
    with pytest.raises(TypeError, match="built by its front end"):
        dataclasses.replace(WEB, entry=Entry.CLI)  # a web principal does not become the host
    with pytest.raises(dataclasses.FrozenInstanceError):
        WEB.entry = Entry.CLI  # type: ignore[misc]


def approver(database: DatabaseHandle) -> Approver:
    return Approver(Challenges(), database, lambda: False)  # 2FA off: nothing is parked


async def no_refresh() -> None:
    """The policy cache is not running in these tests: nothing to reload."""


async def test_a_policy_is_validated_before_any_approval_and_deleted_only_where_the_table_allows(
    database: DatabaseHandle,
) -> None:
    policies = PolicyOperations(approver(database), no_refresh)
    bad = await policies.save(WEB, {"name": "x", "rule_type": "no_such_rule", "config": {}})
    assert isinstance(bad, Invalid)
    unnamed = await policies.save(WEB, {"name": " ", "rule_type": "chain_restriction", "config": {}})
    assert isinstance(unnamed, Invalid)
    async with database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM audit_log") == 0
    refused = await policies.delete(CHAT, 1)
    assert isinstance(refused, NotAllowed)
    assert await policies.delete(CLI, 1) == Done("No such policy.", None)
    async with database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT actor, action, target FROM audit_log ORDER BY id")
    assert [(r["actor"], r["action"]) for r in rows] == [
        (CHAT.actor, "privileged.refused"),
        (CLI.actor, POLICY_DELETED),
    ]


async def test_lifting_a_block_is_one_act_with_one_row_shape_from_the_web_and_the_command_line(
    database: DatabaseHandle,
) -> None:
    async with database.pool().acquire() as conn:
        await conn.execute(
            "INSERT INTO secret_attempts (key, failures, last_failure, locked_until) "
            "VALUES ($1, 5, extract(epoch FROM now()), extract(epoch FROM now()) + 900)",
            source_key("198.51.100.9"),
        )
    forgotten: list[str] = []
    blocks = BlockOperations(approver(database), forgotten.append)
    lifted = await blocks.lift(WEB, "198.51.100.9")
    assert isinstance(lifted, Done) and lifted.message == "198.51.100.9 unblocked."
    assert forgotten == [source_key("198.51.100.9")]
    nothing = await blocks.lift(CLI, None)
    assert isinstance(nothing, Done) and nothing.value == ()
    assert isinstance(await blocks.lift(CHAT, "198.51.100.9"), NotAllowed)
    async with database.pool().acquire() as conn:
        rows = await conn.fetch(
            "SELECT actor, target, detail::text AS detail FROM audit_log WHERE action = $1 ORDER BY id", BLOCK_REMOVED
        )
    assert [(r["actor"], r["target"], json.loads(r["detail"])) for r in rows] == [
        (WEB.actor, "198.51.100.9", {"origin": "web", "failures": 5, "was_blocked": True}),
        (CLI.actor, "*", {"origin": "cli", "removed": 0}),
    ]


async def test_two_factor_is_turned_on_and_off_through_the_approval_service_with_the_way_in_on_record(
    database_url: str,
) -> None:
    node = await start_node(database_url)
    try:
        two_factor = TwoFactorOperations(
            Approver(Challenges(), node.database, lambda: False), node.config, lambda: secret_in_force(node.config)
        )
        shown: list[int] = []

        def show(codes: Sequence[str]) -> str:
            shown.append(len(codes))
            return ""

        on = await two_factor.enable(CHAT, pyotp.random_base32(), show=show)
        assert isinstance(on, Done) and on.message.startswith("Two-factor authentication is on.")
        assert shown == [10] and secret_in_force(node.config) is not None
        off = await two_factor.disable(CLI)
        assert off == Done("Two-factor authentication is off.", None)
        none_left = await two_factor.regenerate(WEB, show=show)
        assert isinstance(none_left, Done) and "not on" in none_left.message
        async with node.database.pool().acquire() as conn:
            rows = await conn.fetch(
                "SELECT actor, action, detail::text AS detail FROM audit_log WHERE action LIKE 'totp.%' ORDER BY id"
            )
        assert [(r["actor"], r["action"], json.loads(r["detail"])["origin"]) for r in rows] == [
            (CHAT.actor, "totp.enabled", "chat"),
            (CLI.actor, "totp.disabled", "cli"),
        ]
    finally:
        await node.supervisor.stop()

"""The table of privileged actions and ``approve_or_run``: what each entry
point needs for each action, and an entry point not listed is refused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pyotp
import pytest

from alexclaw.config import CATALOG, Sensitivity
from alexclaw.security import (
    Approval,
    ChallengeActor,
    Challenges,
    ChallengeView,
    Entry,
    NotAllowed,
    Outcome,
    Proof,
    Ran,
    approve_or_run,
    host_approval,
    required_proof,
)
from alexclaw.security._approval import PRIVILEGED
from alexclaw.storage import DatabaseHandle


def test_every_sensitivity_class_names_a_listed_action_and_the_guarded_ones_need_a_code_from_the_web() -> None:
    for sensitivity in Sensitivity:
        wanted = Proof.NONE if sensitivity is Sensitivity.ORDINARY else Proof.CODE
        assert required_proof(sensitivity.action, Entry.WEB) is wanted
        assert required_proof(sensitivity.action, Entry.CHAT) is wanted
        assert required_proof(sensitivity.action, Entry.CLI) is Proof.HOST


def test_an_entry_point_that_is_not_listed_is_refused_and_so_is_an_unknown_action() -> None:
    assert required_proof("config.secret", Entry.MCP) is None
    assert required_proof("config.secret", Entry.CLUSTER) is None
    assert required_proof("totp.disable", Entry.WEBHOOK) is None
    assert required_proof("no.such_action", Entry.WEB) is None


def test_no_listed_proof_lets_a_remote_entry_point_weaken_a_control_without_a_code() -> None:
    remote = {Entry.WEB, Entry.CHAT, Entry.MCP, Entry.WEBHOOK, Entry.CLUSTER}
    for privileged in PRIVILEGED.values():
        if privileged.action in {"config.ordinary", "workflow.run"}:
            continue
        for entry, proof in privileged.proofs.items():
            if entry in remote:
                assert proof is Proof.CODE, (privileged.action, entry)


def test_the_command_line_cannot_start_a_2fa_workflow_nor_open_break_glass() -> None:
    assert required_proof("workflow.run", Entry.CLI) is None
    assert required_proof("break_glass.start", Entry.CLI) is None
    with pytest.raises(ValueError, match="not a host-approved action"):
        host_approval("break_glass.start", "cli:root")


def test_only_a_code_or_the_host_is_strong_enough_for_a_guarded_change() -> None:
    assert [p for p in Proof if p.strong] == [Proof.CODE, Proof.HOST]
    assert Approval("config.secret", Entry.CLI, Proof.HOST, "cli:root").strong


def test_every_catalogued_setting_maps_to_a_listed_action() -> None:
    for known in CATALOG:
        assert known.sensitivity.action in PRIVILEGED, known.key


@pytest.fixture
async def challenges(database: DatabaseHandle) -> AsyncIterator[tuple[Challenges, pyotp.TOTP]]:
    totp = pyotp.TOTP(pyotp.random_base32())
    actor = await ChallengeActor(database, lambda: totp.secret).start()
    yield Challenges(actor), totp
    await actor.stop()


async def test_a_refused_entry_point_runs_nothing_and_is_audited(
    database: DatabaseHandle, challenges: tuple[Challenges, pyotp.TOTP]
) -> None:
    ran: list[Approval] = []

    async def run(approval: Approval) -> str:
        ran.append(approval)
        return "done"

    outcome = await approve_or_run(
        challenges[0], database, two_factor_on=True, action="config.secret", entry=Entry.MCP, actor="mcp:client",
        description="set a key", run=run,
    )  # fmt: skip
    assert isinstance(outcome, NotAllowed) and "mcp" in outcome.reason and ran == []
    async with database.pool().acquire() as conn:
        row = await conn.fetchrow("SELECT actor, outcome, detail FROM audit_log WHERE action = 'privileged.refused'")
    assert row is not None and row["actor"] == "mcp:client" and row["outcome"] == "denied"


async def test_with_two_factor_off_the_action_runs_at_once_saying_so(
    database: DatabaseHandle, challenges: tuple[Challenges, pyotp.TOTP]
) -> None:
    async def run(approval: Approval) -> Approval:
        return approval

    outcome: Any = await approve_or_run(
        challenges[0], database, two_factor_on=False, action="config.control", entry=Entry.WEB, actor="web:admin",
        description="change a control", run=run,
    )  # fmt: skip
    assert isinstance(outcome, Ran) and outcome.value.proof is Proof.TWO_FACTOR_OFF and not outcome.value.strong


async def test_with_two_factor_on_the_action_waits_for_a_code_and_then_runs_with_it(
    database: DatabaseHandle, challenges: tuple[Challenges, pyotp.TOTP]
) -> None:
    client, totp = challenges

    async def run(approval: Approval) -> Approval:
        return approval

    outcome: Any = await approve_or_run(
        client, database, two_factor_on=True, action="totp.disable", entry=Entry.CHAT, actor="telegram:1",
        description="turn 2FA off", run=run, channel="telegram",
    )  # fmt: skip
    assert isinstance(outcome, ChallengeView) and outcome.origin == "telegram"
    answer = await client.answer(outcome.id, totp.now(), "telegram")
    assert answer.outcome is Outcome.PASSED and answer.task is not None
    approval = await answer.task.join()
    assert approval == Approval("totp.disable", Entry.CHAT, Proof.CODE, "telegram:1")

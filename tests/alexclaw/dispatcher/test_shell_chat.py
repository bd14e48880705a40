"""``/shell <cmd>`` from the operator's Telegram chat (fake Bot API, real
HTTP): a 2FA code for every command, the output in the reply, and every
refusal naming its layer in the reply and on the audit trail."""

from __future__ import annotations

import json
import time

import pyotp

from alexclaw import Node
from alexclaw.invoke import SKILL_INVOKED
from alexclaw.security import host_approval
from alexclaw.workflows import Step, Workflow, save_workflow
from tests.alexclaw.dispatcher.conftest import CHAT, say
from tests.fake_telegram import FakeBotAPI


async def two_factor_on(node: Node) -> pyotp.TOTP:
    secret = pyotp.random_base32()
    await node.state.config.set("auth.totp_secret", secret, actor="test")
    await node.state.config.set("auth.totp_enabled", "true", actor="test")
    return pyotp.TOTP(secret)


async def shell_switch(node: Node, on: bool) -> None:
    """Turn the shell on or off as the host would (a control: 2FA or the host)."""
    approval = host_approval("config.control", "cli:test")
    await node.state.config.set("shell.enabled", "true" if on else "false", actor="test", approval=approval)


async def refusals(node: Node) -> list[tuple[str, str, str]]:
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch(
            "SELECT actor, outcome, detail::text AS detail FROM audit_log WHERE action = 'shell.refused' ORDER BY id"
        )
    return [(r["actor"], r["outcome"], json.loads(r["detail"])["layer"]) for r in rows]


async def test_shell_from_the_chat_runs_the_command_after_a_2fa_code(node: Node, fake: FakeBotAPI) -> None:
    totp = await two_factor_on(node)
    await shell_switch(node, on=True)
    asked = (await say(fake, "/shell uname -s")).text or ""
    assert asked.startswith("Run on the node: $ uname -s\n") and "6-digit code" in asked
    fake.push_message(CHAT, totp.now())
    assert (await fake.next_sent()).text == "Code verified, executing…"
    output = (await fake.next_sent()).text or ""
    lines = output.splitlines()
    assert lines[0] == "$ uname -s" and lines[1].startswith("exit 0 · ") and lines[3] == "Linux"
    async with node.state.database.pool().acquire() as conn:
        row = await conn.fetchrow("SELECT actor, target, outcome FROM audit_log WHERE action = $1", SKILL_INVOKED)
    assert row is not None and dict(row) == {"actor": f"telegram:{CHAT}", "target": "skill:shell", "outcome": "ok"}


async def test_each_refusal_in_the_chat_names_its_layer_and_is_audited(node: Node, fake: FakeBotAPI) -> None:
    assert (await say(fake, "/shell df -h")).text == "Refused (enabled): the shell is off (shell.enabled)."
    await shell_switch(node, on=True)
    assert (await say(fake, "/shell df -h")).text == (
        "Refused (2fa): two-factor is not set up, and every /shell command needs a code."
    )
    await two_factor_on(node)
    said = {
        "define": "Refused (whitelist): the command does not start with a whitelisted command (shell.whitelist).",
        "df -h; reboot": "Refused (blocklist): the command contains ';'.",
        "ls $IFS/etc": "Refused (obfuscation): $IFS (a hidden word separator).",
    }
    for command, answer in said.items():
        assert (await say(fake, f"/shell {command}")).text == answer
    assert (await say(fake, "/shell")).text == "Usage: /shell <command>, e.g. /shell df -h"
    who = f"telegram:{CHAT}"
    assert await refusals(node) == [
        (who, "denied", layer) for layer in ("enabled", "2fa", "whitelist", "blocklist", "obfuscation")
    ]
    assert node.dispatcher.watch.latest_challenge is None  # nothing was ever parked behind a code


async def test_the_skill_checks_the_switch_again_when_the_code_arrives(node: Node, fake: FakeBotAPI) -> None:
    totp = await two_factor_on(node)
    await shell_switch(node, on=True)
    assert "6-digit code" in ((await say(fake, "/shell date")).text or "")
    await shell_switch(node, on=False)  # turned off while the code is typed
    fake.push_message(CHAT, totp.at(time.time()))
    assert (await fake.next_sent()).text == "Code verified, executing…"
    assert (await fake.next_sent()).text == "Refused (enabled): the shell is off (shell.enabled)."
    assert await refusals(node) == [(f"telegram:{CHAT}", "denied", "enabled")]


async def test_workflows_lists_a_workflow_with_a_shell_step_as_asking_for_a_code(node: Node, fake: FakeBotAPI) -> None:
    async with node.state.database.pool().acquire() as conn:
        await save_workflow(conn, Workflow(None, "Disk", steps=(Step(0, "shell", config={"command": "df"}),)),
                            with_steps=True)  # fmt: skip
        await save_workflow(conn, Workflow(None, "Plain", steps=(Step(0, "echo"),)), with_steps=True)
    listed = ((await say(fake, "/workflows")).text or "").splitlines()
    assert [line.endswith(" · 2FA") for line in listed] == [True, False]  # Disk, Plain

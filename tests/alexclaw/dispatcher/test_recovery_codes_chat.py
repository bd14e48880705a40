"""Recovery codes in the chat: made and shown once in ``/confirm 2fa``'s
reply, accepted as the answer to a challenge like a TOTP code, once, and
every use told to the operator with how many are left. A whole node and the
fake Bot API over real HTTP."""

from __future__ import annotations

import re
import time

import pyotp

from alexclaw import Node
from alexclaw.workflows import Step, Workflow, save_workflow
from tests.alexclaw.dispatcher.conftest import CHAT, say
from tests.fake_telegram import FakeBotAPI

RECOVERY = re.compile(r"^[a-z2-9]{5}-[a-z2-9]{5}$", re.MULTILINE)


def texts(fake: FakeBotAPI) -> list[str]:
    return [m.text or "" for m in fake.sent]


async def enrol(fake: FakeBotAPI) -> tuple[pyotp.TOTP, list[str]]:
    await say(fake, "/setup 2fa")
    key = await fake.next_sent()
    totp = pyotp.TOTP((key.text or "").split("by hand: ")[1].split()[0])
    reply = (await say(fake, f"/confirm 2fa {totp.now()}")).text or ""
    return totp, RECOVERY.findall(reply)


async def test_a_recovery_code_answers_a_chat_challenge_once_and_the_operator_hears_of_it(
    node: Node, fake: FakeBotAPI
) -> None:
    async with node.state.database.pool().acquire() as conn:
        guarded = Workflow(None, "Guarded", steps=(Step(0, "echo", config={}),), metadata={"requires_2fa": True})
        await save_workflow(conn, guarded, with_steps=True)
    _, codes = await enrol(fake)
    assert len(codes) == 10 and len(set(codes)) == 10

    assert "requires 2FA" in ((await say(fake, "/run Guarded")).text or "")
    fake.push_message(CHAT, codes[0].upper())  # as typed from paper: any case
    await fake.wait_until(lambda: "Code verified, executing…" in texts(fake))
    await fake.wait_until(
        lambda: any(t.startswith("A two-factor recovery code was just used; 9 left") for t in texts(fake))
    )

    await say(fake, "/run Guarded")
    fake.push_message(CHAT, codes[0])
    await fake.wait_until(lambda: any(t.startswith("That recovery code was already used") for t in texts(fake)))
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT detail::text AS detail FROM audit_log WHERE action = 'totp.recovery_code_used'")
        dump = str(await conn.fetch("SELECT * FROM audit_log"))
    assert [r["detail"] for r in rows] == ['{"remaining": 9}']
    assert not any(code in dump or code.replace("-", "") in dump for code in codes)  # never a code in the trail


async def test_the_operator_is_told_to_make_new_codes_when_fewer_than_three_remain(
    node: Node, fake: FakeBotAPI
) -> None:
    _, codes = await enrol(fake)
    async with node.state.database.pool().acquire() as conn:  # seven used already
        await conn.execute(
            "UPDATE totp_recovery_codes SET used_at = now() WHERE id IN "
            "(SELECT id FROM totp_recovery_codes ORDER BY id LIMIT 7)"
        )
    await say(fake, "/disable 2fa " + codes[-1])  # a recovery code turns 2FA off like a TOTP code would
    await fake.wait_until(lambda: any("2 left" in t and "Fewer than 3 remain" in t for t in texts(fake)))
    assert node.state.config.get("auth.totp_enabled") is False
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM totp_recovery_codes") == 0  # disabling cleared them


async def test_new_codes_from_the_chat_need_a_code_and_come_in_the_reply(node: Node, fake: FakeBotAPI) -> None:
    totp, old = await enrol(fake)
    asked = (await say(fake, "/recovery 2fa")).text or ""
    assert "Generate new recovery codes" in asked and "6-digit code" in asked
    fake.push_message(CHAT, totp.at(time.time() + 30))  # the next step: not the one /confirm used
    made = "New recovery codes made"
    await fake.wait_until(lambda: any(t.startswith(made) for t in texts(fake)))
    new = RECOVERY.findall(next(t for t in texts(fake) if t.startswith(made)))
    assert len(new) == 10
    assert not set(new) & set(old)
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM totp_recovery_codes") == 10
        assert await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'totp.recovery_codes_replaced'") == 1

"""Issue 15: two-factor protects the session itself. With 2FA on, the right
password opens no session until a TOTP or recovery code is given (checked
through the operator's limiter); recovery codes are made at enrolment, shown
once, stored only as HMACs, each used once, accepted wherever a code is, and
replaced or cleared with the secret. A whole node, the Quart test client."""

from __future__ import annotations

import json
import re
from typing import Any

import pyotp

from alexclaw import Node
from alexclaw.security import OPERATOR_KEY
from tests.alexclaw.web.conftest import HTML, login, login_code
from tests.alexclaw.web.test_pages import enable_totp, next_code, post, text_of
from tests.alexclaw.web.test_privileged_pages import answer, forget_used_codes

RECOVERY = re.compile(r"<li>([a-z2-9]{5}-[a-z2-9]{5})</li>")


async def enrolled(client: Any) -> tuple[pyotp.TOTP, list[str]]:
    """2FA turned on from the Security page, and the codes it showed."""
    await login(client)
    totp = await enable_totp(client)
    return totp, RECOVERY.findall(await text_of(client, "/security"))


async def audit(node: Node, action: str) -> list[dict[str, Any]]:
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT outcome, detail::text AS detail FROM audit_log WHERE action = $1", action)
    return [{"outcome": r["outcome"], **json.loads(r["detail"])} for r in rows]


async def test_with_2fa_on_the_password_opens_no_session_and_a_wrong_code_is_refused_and_counted(
    node: Node, client: Any
) -> None:
    totp, _ = await enrolled(client)
    stranger = node.state.app.test_client()
    asked = await login(stranger)
    assert asked.status_code == 302 and asked.headers["Location"].endswith("/login/code")
    assert (await stranger.get("/security", headers=HTML)).status_code == 302  # no session from the password
    assert "Two-factor code" in await text_of(stranger, "/login/code")

    wrong = await login_code(stranger, "000000")
    assert wrong.status_code == 401 and "Wrong code." in await wrong.get_data(as_text=True)
    assert [b.failures for b in await node.state.limiter.current() if b.source is None] == [1]
    assert [row["outcome"] for row in await audit(node, "login.code_refused")] == ["denied"]

    right = await login_code(stranger, next_code(totp))
    assert right.status_code == 302 and right.headers["Location"] == "/"
    assert (await stranger.get("/security", headers=HTML)).status_code == 200
    assert await node.state.limiter.current() == []  # a right code clears the count
    assert any(row.get("second_factor") == "totp" for row in await audit(node, "login.success"))


async def test_a_recovery_code_logs_in_once_and_the_second_time_is_already_used(node: Node, client: Any) -> None:
    _, codes = await enrolled(client)
    assert len(codes) == 10
    first = await login(node.state.app.test_client(), code=codes[3])
    assert first.status_code == 302 and first.headers["Location"] == "/"
    again = await login(node.state.app.test_client(), code=codes[3])
    assert again.status_code == 401 and "already used" in await again.get_data(as_text=True)
    assert "9 unused recovery codes left" in await text_of(client, "/security")
    assert [row["remaining"] for row in await audit(node, "totp.recovery_code_used")] == [9]
    assert any(row.get("second_factor") == "recovery_code" for row in await audit(node, "login.success"))


async def test_recovery_codes_are_shown_once_and_stored_only_as_hashes(node: Node, client: Any) -> None:
    _, codes = await enrolled(client)
    assert RECOVERY.findall(await text_of(client, "/security")) == []  # the second view shows none
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT set_tag, code_hash FROM totp_recovery_codes")
        trail = str(await conn.fetch("SELECT * FROM audit_log"))
    stored = str([tuple(r) for r in rows])
    assert len(rows) == 10 and all(re.fullmatch(r"[0-9a-f]{64}", r["code_hash"]) for r in rows)
    for code in codes:
        for form in (code, code.replace("-", ""), code.upper()):
            assert form not in stored and form not in trail


async def test_a_recovery_code_answers_a_challenge(node: Node, client: Any) -> None:
    _, codes = await enrolled(client)
    parked = await post(client, "/config/auth.session_hours", {"value": "4"}, "/config")
    location = parked.headers["Location"]
    assert location.startswith("/challenge/")
    done = await post(client, location.split("?")[0], {"code": codes[0]}, location)
    assert done.status_code == 302 and node.state.config.get("auth.session_hours") == 4


async def test_new_codes_need_a_code_and_replace_the_old_ones(node: Node, client: Any) -> None:
    totp, old = await enrolled(client)
    parked = await post(client, "/security/recovery-codes", {}, "/security")
    assert parked.headers["Location"].startswith("/challenge/")  # a privileged action
    assert (await answer(client, parked, totp)).status_code == 302
    new = RECOVERY.findall(await text_of(client, "/security"))
    assert len(new) == 10 and not set(new) & set(old)
    refused = await login(node.state.app.test_client(), code=old[0])
    assert refused.status_code == 401 and "Wrong code." in await refused.get_data(as_text=True)
    assert (await login(node.state.app.test_client(), code=new[0])).status_code == 302


async def test_replacing_two_factor_replaces_the_codes(node: Node, client: Any) -> None:
    totp, old = await enrolled(client)
    page = await text_of(client, "/security/totp")
    found = re.search(r'id="totp-secret">([A-Z2-7]+)<', page)
    assert found
    replacement = pyotp.TOTP(found.group(1))
    await forget_used_codes(node)  # the two authenticators share the clock's time steps
    parked = await post(client, "/security/totp", {"code": replacement.now()}, "/security/totp")
    await forget_used_codes(node)
    await answer(client, parked, totp)  # a code from the current secret puts the new one in force
    assert node.state.config.get("auth.totp_secret") == replacement.secret
    new = RECOVERY.findall(await text_of(client, "/security"))  # shown to the renewed session
    assert len(new) == 10 and not set(new) & set(old)
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(DISTINCT set_tag) FROM totp_recovery_codes") == 1
        assert await conn.fetchval("SELECT count(*) FROM totp_recovery_codes") == 10
    refused = await login(node.state.app.test_client(), code=old[0])
    assert refused.status_code == 401


async def test_disabling_two_factor_deletes_the_codes(node: Node, client: Any) -> None:
    totp, _ = await enrolled(client)
    parked = await post(client, "/security/totp/disable", {}, "/security")
    await answer(client, parked, totp)
    assert node.state.config.get("auth.totp_enabled") is False
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM totp_recovery_codes") == 0


async def test_with_login_requires_code_off_the_password_logs_in_but_privileged_actions_still_ask(
    node: Node, client: Any
) -> None:
    totp, _ = await enrolled(client)
    parked = await post(client, "/config/auth.login_requires_code", {"value": "false"}, "/config")
    assert parked.headers["Location"].startswith("/challenge/")  # turning it off is itself a control
    await answer(client, parked, totp)
    assert node.state.config.get("auth.login_requires_code") is False
    other = node.state.app.test_client()
    assert (await login(other)).headers["Location"] == "/"  # the password alone
    asked = await post(other, "/config/auth.session_hours", {"value": "4"}, "/config")
    assert asked.headers["Location"].startswith("/challenge/")


async def test_a_pending_login_is_good_only_where_the_password_was_given(node: Node, client: Any) -> None:
    await enrolled(client)
    other = node.state.app.test_client()
    await login(other)
    elsewhere = await other.get("/login/code", headers=HTML, scope_base={"client": ("203.0.113.9", 1)})
    assert elsewhere.status_code == 302 and elsewhere.headers["Location"].endswith("/login")
    assert await node.state.limiter.seconds_locked(OPERATOR_KEY) == 0

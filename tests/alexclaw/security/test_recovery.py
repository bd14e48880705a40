"""Recovery codes at the level of ``check_code``: a used code is used once
even when two answers race, a wrong one counts for the operator like a wrong
TOTP code, codes of another secret never match, and the stored rows say
nothing about the codes."""

from __future__ import annotations

import asyncio
import re

import pyotp

from actors.testing import Probe
from alexclaw.dispatcher import bare_code
from alexclaw.security import RECOVERY_TOPIC, CodeResult, RecoveryCodeUsed, SecretLimiter, check_code
from alexclaw.security._recovery import codes_left, new_code, normalize, replace_codes
from alexclaw.storage import DatabaseHandle

SECRET = pyotp.random_base32()


def test_a_code_is_ten_symbols_with_a_digit_and_a_letter_and_is_read_however_it_is_typed() -> None:
    for _ in range(200):
        code = new_code()
        assert re.fullmatch(r"[a-z2-9]{5}-[a-z2-9]{5}", code)
        assert any(c.isdigit() for c in code) and any(c.isalpha() for c in code)
        assert normalize(code.upper()) == normalize(f" {code.replace('-', ' ')} ") == code.replace("-", "")
    assert normalize("123456") is None and normalize("abcde-1234") is None and normalize("abcde-1234o") is None


def test_the_chat_reads_a_recovery_code_as_an_answer_but_not_a_hyphenated_word() -> None:
    assert bare_code(" k7mqa-zz3x9 ") == "k7mqa-zz3x9"
    assert bare_code("hello-world") is None and bare_code("k7mqazz3x9") is None


async def test_two_answers_with_one_code_at_once_pass_once(database: DatabaseHandle) -> None:
    limiter = SecretLimiter(database)
    async with database.pool().acquire() as conn:
        codes = await replace_codes(conn, SECRET)
    probe = await Probe().listen(RECOVERY_TOPIC).start()
    checks = await asyncio.gather(*(check_code(limiter, SECRET, codes[0], actor="test") for _ in range(2)))
    assert sorted(c.result.value for c in checks) == ["already_used", "valid"]
    assert (await probe.receive(lambda m: isinstance(m, RecoveryCodeUsed))).remaining == 9
    await probe.stop()
    async with database.pool().acquire() as conn:
        assert await codes_left(conn, SECRET) == 9


async def test_a_wrong_or_foreign_recovery_code_counts_as_a_wrong_code(database: DatabaseHandle) -> None:
    limiter = SecretLimiter(database)
    other = pyotp.random_base32()
    async with database.pool().acquire() as conn:
        codes = await replace_codes(conn, SECRET)
        assert await codes_left(conn, other) == 0  # codes belong to their secret
    foreign = await check_code(limiter, other, codes[0], actor="test")
    guessed = await check_code(limiter, SECRET, "abcde-23456", actor="test")
    assert foreign.result is guessed.result is CodeResult.WRONG
    assert [(row.source, row.failures) for row in await limiter.current()] == [(None, 2)]


async def test_proving_a_new_secret_takes_no_recovery_code(database: DatabaseHandle) -> None:
    limiter = SecretLimiter(database)
    async with database.pool().acquire() as conn:
        codes = await replace_codes(conn, SECRET)
    check = await check_code(limiter, SECRET, codes[1], actor="test", recovery=False)
    assert check.result is CodeResult.WRONG and not check.recovery

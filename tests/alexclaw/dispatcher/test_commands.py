"""Parsing chat input: commands, bare codes, ratings, durations."""

from __future__ import annotations

import pytest

from alexclaw.dispatcher import Command, Rating, bare_code, parse_command, parse_rating
from alexclaw.dispatcher._commands import duration, is_repeatable


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/ping", Command("ping", (), "")),
        ("/run@AlexClawBot  Morning news ", Command("run", ("Morning", "news"), "Morning news")),
        ("/RUNS", Command("runs", (), "")),
        ("/cancel 12", Command("cancel", ("12",), "12")),
    ],
)
def test_a_command_is_its_name_and_arguments(text: str, expected: Command) -> None:
    assert parse_command(text) == expected


@pytest.mark.parametrize("text", ["ping", "/", "/ bad", "/drop-table", "hello /ping"])
def test_what_is_not_a_command_is_not_parsed_as_one(text: str) -> None:
    assert parse_command(text) is None


def test_a_bare_code_is_six_digits_alone() -> None:
    assert bare_code(" 123456 ") == "123456"
    assert bare_code("12345") is None and bare_code("1234567") is None and bare_code("code 123456") is None


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("12", "+"), Rating(12, None, 1, "")),
        (("#12", "2", "-", "too", "long"), Rating(12, 2, -1, "too long")),
        (("12", "👍", "great"), Rating(12, None, 1, "great")),
        (("12",), "Usage: /rate <run id> [step] <+|-> [feedback]"),
        (("x", "+"), "Usage: /rate <run id> [step] <+|-> [feedback]"),
        (("12", "2", "maybe"), "Usage: /rate <run id> [step] <+|-> [feedback]"),
    ],
)
def test_a_rating_is_a_run_an_optional_step_a_sign_and_feedback(args: tuple[str, ...], expected: object) -> None:
    assert parse_rating(args) == expected


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        ((str(2**63), "+"), "run id: 9223372036854775808 is out of range"),
        (("12", str(2**31), "+"), "step: 2147483648 is out of range"),
        (("²", "+"), "run id: a whole number"),  # a digit to str.isdigit, not to int()
    ],
)
def test_a_rating_with_an_id_beyond_its_column_says_why(args: tuple[str, ...], reason: str) -> None:
    answer = parse_rating(args)
    assert isinstance(answer, str) and answer.startswith(reason)


def test_durations_read_like_a_person_would_say_them() -> None:
    assert duration(42) == "42s"
    assert duration(125) == "2m"
    assert duration(3 * 3600 + 120) == "3h 2m"
    assert duration(2 * 86400 + 3600) == "2d 1h 0m"


def test_only_reads_may_be_handled_again_after_a_crash() -> None:
    assert all(is_repeatable(t) for t in ("/ping", "/status", "/runs@Bot", "/help"))
    assert not any(is_repeatable(t) for t in ("/run Morning", "/cancel 3", "/rate 3 +", "123456", "/setup 2fa", "hi"))

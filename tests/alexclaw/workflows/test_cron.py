"""Cron schedules: validation with readable reasons, and fire times in a
timezone, right across daylight-saving changes."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from alexclaw.config import timezone_error
from alexclaw.workflows._cron import cron_error, next_fires, previous_fire


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    "expr",
    [
        "* * * * *",
        "0 9 * * 1-5",
        "*/15 8-18 * * mon-fri",
        "30 2 1,15 * *",
        "0 0 29 2 *",  # leap days only, but it does fire
        "0 12 * jan,jul sun",
        "  5 4 * * *  ",
        "@hourly",
        "@daily",
        "@midnight",
        "@weekly",
        "@monthly",
        "@yearly",
        "@annually",
        "@DAILY",
    ],
)
def test_a_valid_expression_or_alias_has_no_error(expr: str) -> None:
    assert cron_error(expr) is None


@pytest.mark.parametrize(
    ("expr", "reason"),
    [
        ("", "empty; expected 5 fields (minute hour day month weekday)"),
        ("every morning", "expected 5 fields (minute hour day month weekday), got 2"),
        ("* * *", "expected 5 fields (minute hour day month weekday), got 3"),
        ("0 * * * * *", "got 6 (seconds and years are not supported)"),
        ("0 0 * * * * 2030", "got 7 (seconds and years are not supported)"),
        ("61 * * * *", "minute '61': out of range (allowed: 0-59)"),
        ("* 24 * * *", "hour '24': out of range (allowed: 0-23)"),
        ("0 0 32 * *", "day of month '32': out of range (allowed: 1-31)"),
        ("0 0 * 13 *", "month '13': out of range (allowed: 1-12 or jan-dec)"),
        ("0 0 * * 8", "weekday '8': out of range (allowed: 0-7 or sun-sat)"),
        ("0 0 * * funday", "weekday 'funday': not understood"),
        ("*/0 * * * *", "minute '*/0': a step of 0 is not allowed"),
        ("H * * * *", "minute 'H': H (hashed) values are not supported"),
        ("0 0 ? * ?x", "weekday '?x': '?' must stand alone"),
        ("? * * * *", "minute '?': '?' is only allowed in day of month or weekday"),
        ("0 0 31 2 *", "never fires"),
        ("@reboot", "unknown alias '@reboot'; use one of @hourly"),
    ],
)
def test_an_invalid_expression_says_what_is_wrong(expr: str, reason: str) -> None:
    error = cron_error(expr)
    assert error is not None and reason in error


@pytest.mark.parametrize(
    ("tz", "reason"),
    [
        ("UTC", None),
        ("Europe/Berlin", None),
        ("America/New_York", None),
        ("", "a timezone name is required"),
        ("Mars/Olympus", "unknown timezone 'Mars/Olympus' (use an IANA name like Europe/Berlin)"),
        ("europe/berlin", "did you mean 'Europe/Berlin'?"),
        ("Europe", "unknown timezone 'Europe'"),
        ("../etc/passwd", "unknown timezone"),
    ],
)
def test_a_timezone_is_checked_against_the_iana_names(tz: str, reason: str | None) -> None:
    error = timezone_error(tz)
    assert error is None if reason is None else (error is not None and reason in error)


def test_the_next_five_fires_are_strictly_after_the_given_moment() -> None:
    fires = next_fires("0 */6 * * *", "UTC", utc(2026, 1, 1, 6, 0))
    assert fires == [
        utc(2026, 1, 1, 12),
        utc(2026, 1, 1, 18),
        utc(2026, 1, 2, 0),
        utc(2026, 1, 2, 6),
        utc(2026, 1, 2, 12),
    ]
    assert all(f.tzinfo is UTC for f in fires)


def test_fire_times_are_computed_in_the_timezone_and_returned_in_utc() -> None:
    # 09:00 in Berlin (UTC+1 in January) is 08:00 UTC; the moment given may
    # be in any offset.
    after = datetime(2026, 1, 5, 10, 0, tzinfo=UTC).astimezone()
    assert next_fires("0 9 * * *", "Europe/Berlin", after, 2) == [utc(2026, 1, 6, 8), utc(2026, 1, 7, 8)]


def test_a_fixed_local_time_keeps_its_local_time_across_the_seasons() -> None:
    assert next_fires("0 9 * * *", "America/New_York", utc(2026, 7, 1), 1) == [utc(2026, 7, 1, 13)]
    assert next_fires("0 9 * * *", "America/New_York", utc(2026, 1, 1), 1) == [utc(2026, 1, 1, 14)]
    # Across the March change (the 8th in 2026): 14:00 UTC, then 13:00 UTC.
    assert next_fires("0 9 * * *", "America/New_York", utc(2026, 3, 6, 15), 3) == [
        utc(2026, 3, 7, 14),
        utc(2026, 3, 8, 13),
        utc(2026, 3, 9, 13),
    ]


def test_a_time_in_the_skipped_spring_hour_fires_once_when_the_gap_ends() -> None:
    # Berlin, 2026-03-29: 02:00 CET jumps to 03:00 CEST, so 02:30 never
    # happens; croniter fires at 03:00 CEST (01:00 UTC) that day instead.
    assert next_fires("30 2 * * *", "Europe/Berlin", utc(2026, 3, 27, 12), 4) == [
        utc(2026, 3, 28, 1, 30),  # 02:30 CET
        utc(2026, 3, 29, 1, 0),  # 03:00 CEST, the first instant after the gap
        utc(2026, 3, 30, 0, 30),  # 02:30 CEST
        utc(2026, 3, 31, 0, 30),
    ]


def test_an_hourly_schedule_loses_the_skipped_hour_without_doubling_the_next() -> None:
    assert next_fires("0 * * * *", "Europe/Berlin", utc(2026, 3, 28, 23, 30), 4) == [
        utc(2026, 3, 29, 0),  # 01:00 CET
        utc(2026, 3, 29, 1),  # 03:00 CEST (02:00 does not exist)
        utc(2026, 3, 29, 2),  # 04:00 CEST
        utc(2026, 3, 29, 3),
    ]


def test_a_fixed_time_in_the_repeated_autumn_hour_fires_once() -> None:
    # Berlin, 2026-10-25: 03:00 CEST falls back to 02:00 CET, so 02:30
    # happens twice, an hour apart; a daily job still runs once that day.
    assert next_fires("30 2 * * *", "Europe/Berlin", utc(2026, 10, 24, 12), 3) == [
        utc(2026, 10, 25, 0, 30),  # 02:30 CEST; not again at 02:30 CET
        utc(2026, 10, 26, 1, 30),
        utc(2026, 10, 27, 1, 30),
    ]
    assert next_fires("30 2 * * *", "Europe/Berlin", utc(2026, 10, 25, 0, 30), 1) == [utc(2026, 10, 26, 1, 30)]
    assert previous_fire("30 2 * * *", "Europe/Berlin", utc(2026, 10, 25, 1, 45)) == utc(2026, 10, 25, 0, 30)


@pytest.mark.parametrize(
    ("expr", "fires"),
    [
        ("0 * * * *", [(0, 0), (1, 0), (2, 0)]),  # 02:00 CEST, 02:00 CET, 03:00 CET
        ("@hourly", [(0, 0), (1, 0), (2, 0)]),
        ("*/30 2 * * *", [(0, 0), (0, 30), (1, 0), (1, 30)]),  # every half hour of both passes
        ("15 */1 * * *", [(0, 15), (1, 15), (2, 15)]),
    ],
)
def test_a_schedule_with_a_wildcard_minute_or_hour_keeps_its_rhythm_through_the_repeated_hour(
    expr: str, fires: list[tuple[int, int]]
) -> None:
    expected = [utc(2026, 10, 25, hour, minute) for hour, minute in fires]
    assert next_fires(expr, "Europe/Berlin", utc(2026, 10, 24, 23, 59), len(expected)) == expected


@pytest.mark.parametrize("expr", ["30 2 * * *", "*/20 * * * *", "0 * * * *", "0 0 * * *", "@daily"])
@pytest.mark.parametrize("start", [utc(2026, 3, 28, 20), utc(2026, 10, 24, 20)])
def test_chaining_single_fires_gives_the_same_list_across_a_change(expr: str, start: datetime) -> None:
    batch = next_fires(expr, "Europe/Berlin", start, 12)
    chained, moment = [], start
    for _ in range(12):
        (moment,) = next_fires(expr, "Europe/Berlin", moment, 1)
        chained.append(moment)
    assert chained == batch
    assert all(a < b for a, b in itertools.pairwise(batch))


def test_the_previous_fire_is_at_or_before_the_moment() -> None:
    assert previous_fire("0 12 * * *", "UTC", utc(2026, 1, 2, 12)) == utc(2026, 1, 2, 12)
    assert previous_fire("0 12 * * *", "UTC", utc(2026, 1, 2, 11, 59)) == utc(2026, 1, 1, 12)
    assert previous_fire("0 12 * * *", "UTC", utc(2026, 1, 2, 12) + timedelta(microseconds=1)) == utc(2026, 1, 2, 12)
    # The spring gap: the moved 03:00 CEST fire is the previous one.
    assert previous_fire("30 2 * * *", "Europe/Berlin", utc(2026, 3, 29, 9)) == utc(2026, 3, 29, 1)


def test_an_invalid_expression_or_timezone_or_a_naive_moment_raises_value_error() -> None:
    with pytest.raises(ValueError, match="minute '61'"):
        next_fires("61 * * * *", "UTC", utc(2026, 1, 1))
    with pytest.raises(ValueError, match="unknown timezone"):
        next_fires("* * * * *", "Nowhere/City", utc(2026, 1, 1))
    with pytest.raises(ValueError, match="aware"):
        previous_fire("* * * * *", "UTC", datetime(2026, 1, 1))

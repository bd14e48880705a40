"""The chaos suite's seed and report.

``ALEXCLAW_CHAOS_SEED=<n>`` replays a run (every failure prints its seed);
``ALEXCLAW_CHAOS_LONG=1`` is the long form (``make chaos``). Each chaos test
attaches its report to its result (``user_properties``, which xdist carries
to the controller too) and the terminal summary prints every line of it
with a ``CHAOS`` prefix."""

from __future__ import annotations

import os
import random

import pytest

REPORT = "chaos report"


def long_form() -> bool:
    return os.environ.get("ALEXCLAW_CHAOS_LONG", "") not in ("", "0")


@pytest.fixture
def chaos_seed() -> int:
    given = os.environ.get("ALEXCLAW_CHAOS_SEED")
    return int(given) if given else random.SystemRandom().randrange(2**32)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = [
        str(text)
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        if getattr(report, "when", "") == "call"
        for name, text in getattr(report, "user_properties", [])
        if name == REPORT
    ]
    if lines:
        terminalreporter.section("chaos")
        for text in lines:
            for line in text.splitlines():
                terminalreporter.write_line(f"CHAOS {line}")

"""The ``CHAOS`` lines of the terminal summary, read from the test reports.

A chaos test attaches its report to its result as a user property; the
root conftest's ``pytest_terminal_summary`` prints it. The root one, not
this package's conftest: under xdist the controller that writes the
summary never collects, so it loads no conftest below ``tests/`` — a hook
there ran only in the workers, which print no summary, and the report was
seen only through ``-rA``. The property itself crosses from a worker to
the controller with the report (xdist serialises ``user_properties``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

REPORT: Final = "chaos report"


def chaos_lines(reports: Iterable[Any]) -> list[str]:
    """Every line of every chaos report among ``reports``, prefixed ``CHAOS``."""
    return [
        f"CHAOS {line}"
        for report in reports
        if getattr(report, "when", "") == "call"
        for name, text in getattr(report, "user_properties", ())
        if name == REPORT
        for line in str(text).splitlines()
    ]

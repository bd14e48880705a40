"""The CHAOS report reaches the terminal summary under xdist (``make test``
runs two workers): the report rides on the test's result from the worker
to the controller, and the hook that prints it is in the conftest the
controller loads. Before, the hook sat in ``tests/chaos/conftest.py``,
which the controller never loads, and the report showed only with ``-rA``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import pytest

from tests.chaos.summary import REPORT, chaos_lines

TESTS = Path(__file__).parent.parent


def a_report(
    when: Literal["setup", "call", "teardown"], outcome: Literal["passed", "failed"], *properties: tuple[str, object]
) -> pytest.TestReport:
    nodeid = "tests/chaos/test_chaos.py::test_a_node_under_load"
    return pytest.TestReport(nodeid, (nodeid, 1, "test"), {}, outcome, None, when, user_properties=list(properties))


def as_the_controller_gets_it(config: pytest.Config, report: pytest.TestReport) -> Any:
    """Through the hooks xdist serialises a worker's report with, and reads it back."""
    data = config.hook.pytest_report_to_serializable(config=config, report=report)
    return config.hook.pytest_report_from_serializable(config=config, data=data)


def test_a_chaos_report_crosses_from_a_worker_to_the_controller_and_becomes_chaos_lines(
    pytestconfig: pytest.Config,
) -> None:
    passed = a_report("call", "passed", (REPORT, "seed 7\nkills 220"), ("fuzz", "Telegram: 200 inputs"))
    failed = a_report("call", "failed", (REPORT, "seed 8\ninvariants: 12/13 held"))
    setup = a_report("setup", "passed", (REPORT, "not from a test's call"))
    received = [as_the_controller_gets_it(pytestconfig, r) for r in (passed, failed, setup)]
    assert chaos_lines(received) == ["CHAOS seed 7", "CHAOS kills 220", "CHAOS seed 8", "CHAOS invariants: 12/13 held"]
    assert chaos_lines([a_report("call", "passed", ("fuzz", "Telegram: 200 inputs"))]) == []


def test_the_summary_is_printed_by_the_root_conftest_which_the_xdist_controller_loads(
    pytestconfig: pytest.Config,
) -> None:
    printers = {
        Path(str(getattr(impl.plugin, "__file__", "")))
        for impl in pytestconfig.pluginmanager.hook.pytest_terminal_summary.get_hookimpls()
    }
    assert TESTS / "conftest.py" in printers
    assert not [p for p in printers if p.name == "conftest.py" and p.parent != TESTS], printers

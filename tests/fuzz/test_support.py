"""The fuzzers' seed: one per run, so a report's seed replays every worker."""

from __future__ import annotations

from tests.fuzz.support import run_seed


def test_the_seed_given_is_the_seed_used() -> None:
    assert run_seed({"ALEXCLAW_FUZZ_SEED": "42", "PYTEST_XDIST_TESTRUNUID": "abc"}) == 42


def test_every_worker_of_one_xdist_run_draws_the_same_seed_and_another_run_another() -> None:
    first = [run_seed({"PYTEST_XDIST_TESTRUNUID": "run-1"}) for _worker in range(2)]
    assert first[0] == first[1]
    assert run_seed({"PYTEST_XDIST_TESTRUNUID": "run-2"}) != first[0]
    assert 0 <= first[0] < 2**32

"""The fuzzing suite (issue 27): every way into a node fed generated and
mutated input. Its Hypothesis profiles, ``fuzz-short`` (the default, part
of ``make test``) and ``fuzz-long`` (``ALEXCLAW_CHAOS_LONG`` set, as
``make chaos`` runs it), are registered by ``tests.fuzz.support`` when
this conftest loads, and applied per test by ``support.fuzz`` — never
loaded globally, so the rest of the suite keeps its own settings. The
``FUZZ`` report lines (inputs tried per way in, the seed of a failure)
are printed by the root conftest's terminal summary, which sees every
worker's reports under xdist."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fuzz.node import FuzzNode, fuzz_node
from tests.fuzz.support import LONG, PROFILE, SEED

__all__ = ["PROFILE", "SEED"]

HERE = Path(__file__).parent
LONG_TIMEOUT = 3600


@pytest.fixture
async def fuzzed(database_url: str, tmp_path: Path) -> AsyncIterator[FuzzNode]:
    """A node behind its real endpoint, seeded with one of every secret."""
    async for made in fuzz_node(database_url, tmp_path):
        yield made


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The long form outlasts the suite's 120 s per test: its own limit."""
    if LONG:
        for item in items:
            if item.path.parent == HERE:
                item.add_marker(pytest.mark.timeout(LONG_TIMEOUT))

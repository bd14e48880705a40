"""The chaos suite's seed and form.

``ALEXCLAW_CHAOS_SEED=<n>`` replays a run (every failure prints its seed);
``ALEXCLAW_CHAOS_LONG=1`` is the long form (``make chaos``). Each chaos test
attaches its report to its result (``user_properties``, which xdist carries
to the controller too), and the root conftest's terminal summary prints
every line of it with a ``CHAOS`` prefix (``tests/chaos/summary.py``)."""

from __future__ import annotations

import os
import random

import pytest


def long_form() -> bool:
    return os.environ.get("ALEXCLAW_CHAOS_LONG", "") not in ("", "0")


@pytest.fixture
def chaos_seed() -> int:
    given = os.environ.get("ALEXCLAW_CHAOS_SEED")
    return int(given) if given else random.SystemRandom().randrange(2**32)

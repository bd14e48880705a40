"""Property: for any sequence of crashes, a supervisor whose intensity is
not exceeded returns to full health; once it is exceeded, the supervisor
has exited and none of its children is left."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actors import Down, cast, live_processes, whereis
from actors.testing import Probe
from supervisors import SUPERVISORS_TOPIC, ChildRestarted, Strategy, Supervisor, which_children
from tests.helpers import ManualClock, worker

NAMES = ["w0", "w1", "w2"]


@pytest.fixture(autouse=True, scope="module")
def quiet_crash_logs() -> Iterator[None]:
    loggers = [logging.getLogger(n) for n in ("actors", "supervisors")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    yield
    for lg, level in zip(loggers, levels, strict=True):
        lg.setLevel(level)


async def scenario(strategy: Strategy, intensity: int, period: float, crashes: list[tuple[int, float]]) -> None:
    clock = ManualClock()
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    sup = await Supervisor(
        [worker(n, []) for n in NAMES], strategy=strategy, intensity=intensity, period=period, clock=clock
    ).start()
    probe.monitor(sup)
    window: deque[float] = deque()
    exceeded = False
    for index, gap in crashes:
        clock.advance(gap)
        window.append(clock.now)
        while window and window[0] <= clock.now - period:
            window.popleft()
        exceeded = len(window) > intensity
        cast(NAMES[index], "crash")
        event = await probe.receive(lambda m: isinstance(m, ChildRestarted | Down))
        assert isinstance(event, Down) == exceeded, f"model says exceeded={exceeded}, got {event}"
        if exceeded:
            break
    if exceeded:
        assert not sup.alive
        assert all(whereis(n) is None for n in NAMES)
        assert live_processes() == [probe]
    else:
        assert sup.alive
        assert [row.status for row in which_children(sup)] == ["running"] * len(NAMES)
        assert all(whereis(n) is not None for n in NAMES)
        await sup.stop()
    await probe.stop()


@settings(max_examples=60, deadline=None)
@given(
    strategy=st.sampled_from(list(Strategy)),
    intensity=st.integers(min_value=0, max_value=3),
    period=st.sampled_from([1.0, 5.0]),
    crashes=st.lists(
        st.tuples(st.integers(min_value=0, max_value=2), st.sampled_from([0.0, 0.4, 2.0, 6.0])), max_size=10
    ),
)
def test_random_crash_sequences_either_heal_or_end_the_supervisor_cleanly(
    strategy: Strategy, intensity: int, period: float, crashes: list[tuple[int, float]]
) -> None:
    asyncio.run(scenario(strategy, intensity, period, crashes))

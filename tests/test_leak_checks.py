"""The leak checks themselves fail a test that leaves something running."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")

LEAKY = """
import asyncio
import threading
from actors import AsyncActor

async def test_leaves_an_actor_running():
    await AsyncActor().start()

async def test_leaves_a_task_running():
    asyncio.ensure_future(asyncio.Event().wait())

def test_leaves_a_thread_running():
    stop = threading.Event()
    threading.Thread(target=stop.wait, args=(5,), daemon=True).start()

async def test_clean():
    actor = await AsyncActor().start()
    await actor.stop()
"""


def test_each_kind_of_leak_fails_its_test_and_a_clean_test_passes(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST.read_text())
    pytester.makeini("[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(test_leaky=LEAKY)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, errors=3)
    text = result.stdout.str()
    assert "left running: processes [<AsyncActor" in text
    assert "tasks [<Task" in text
    assert "left threads running" in text

"""Nothing the operator's controls asked is lost when a session's process
crashes: a steer, context, an override or an answer accepted while a call
is in flight is written with its event when it is accepted, and a resume
applies it (the override runs next, the guidance, context and answer go
on in every later prompt)."""

from __future__ import annotations

import asyncio
import json

from actors import whereis
from alexclaw.reasoning import EventKind, Status, session_name
from alexclaw.security import Done
from tests.alexclaw.reasoning.conftest import Harness, done
from tests.alexclaw.reasoning.test_sessions import GOOD, PARTIAL, plan, step_input
from tests.fake_providers import FakeProviders, Script


async def kill(h: Harness, session_id: int) -> None:
    """The session's process crashes; its spec marks the session interrupted."""
    process = whereis(session_name(session_id))
    assert process is not None
    process.kill()
    await h.status(session_id, "interrupted")


async def requests_reach(fake: FakeProviders, count: int) -> None:
    """The fake provider has received ``count`` requests."""
    while len(fake.seen) < count:
        fake.arrived.clear()
        await asyncio.wait_for(fake.arrived.wait(), 20)


def prompts(fake: FakeProviders, since: int) -> list[str]:
    return [json.dumps(seen.body) for seen in fake.seen[since:]]


async def test_an_override_steer_and_context_queued_mid_step_survive_a_crash_and_apply_on_resume(
    harness: Harness,
) -> None:
    h = harness
    h.answers(plan(("gate", "wait")), step_input("slow"))
    session_id = await h.start()
    await h.entered()  # the gate step runs: the controls wait for it
    assert isinstance(await h.desk.override_step(h.acting, session_id, "lookup", "the operator's topic"), Done)
    assert isinstance(await h.desk.steer(h.acting, session_id, "prefer primary sources"), Done)
    assert isinstance(await h.desk.add_context(h.acting, session_id, "the stack is Debian"), Done)
    await kill(h, session_id)  # before the step in flight answered: the override has not run
    h.gate.open.set()
    asked = len(h.world.fake.seen)
    h.answers(GOOD, step_input("slow again"), GOOD)
    assert done(await h.desk.resume(h.acting, session_id)) == f"Session {session_id} resumed."
    assert await h.ended(session_id) is Status.COMPLETED
    view = await h.desk.view(session_id)
    assert view is not None
    ran = [(s.skill, s.input) for s in view.steps if s.phase == "execute" and s.error is None]
    assert ran == [("lookup", "the operator's topic"), ("gate", "slow again")]  # the override first, once
    assert view.result is not None and "facts about the operator's topic" in view.result
    assert view.guidance == "prefer primary sources"
    after = prompts(h.world.fake, asked)
    assert len(after) == 3
    assert all("prefer primary sources" in p and "Context: the stack is Debian" in p for p in after)
    guidance = [e.data["kind"] async for e in h.desk.timeline(session_id) if e.kind is EventKind.GUIDANCE]
    assert guidance == ["override", "steer", "context"]  # each recorded once, when accepted


async def test_an_answer_accepted_before_a_crash_is_not_asked_again_on_resume(harness: Harness) -> None:
    h = harness
    h.answers(plan(("lookup", "x")), step_input("x"), PARTIAL, {"action": "ask_user", "question": "Which stack?"})
    session_id = await h.start()
    await h.status(session_id, "waiting_user")
    held = asyncio.Event()
    h.world.fake.script(Script(deltas=[json.dumps(plan(("lookup", "y")))], wait=held))
    asked = len(h.world.fake.seen)
    assert isinstance(await h.desk.answer(h.acting, session_id, "Django on Postgres"), Done)
    await requests_reach(h.world.fake, asked + 1)  # the next plan is being written
    await kill(h, session_id)
    held.set()
    h.answers(plan(("lookup", "y")), step_input("django"), GOOD)
    assert done(await h.desk.resume(h.acting, session_id)) == f"Session {session_id} resumed."
    assert await h.ended(session_id) is Status.COMPLETED
    view = await h.desk.view(session_id)
    assert view is not None and view.question is None
    assert view.result is not None and "facts about django" in view.result
    replanned = prompts(h.world.fake, asked + 1)[0]
    assert "Q: Which stack?\\nA: Django on Postgres" in replanned
    statuses = [e.data["status"] async for e in h.desk.timeline(session_id) if e.kind is EventKind.STATUS]
    assert statuses.count("waiting_user") == 1  # answered once, never asked again

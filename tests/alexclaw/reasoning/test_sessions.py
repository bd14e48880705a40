"""Reasoning sessions end to end against the scripted fake provider: the
phases in order, adjusting, stuck, a question answered, every budget,
control mid-step, the guards, bad plans, resume rules and a crash."""

from __future__ import annotations

import json
from typing import Any

import pytest

from actors import whereis
from alexclaw.reasoning import EventKind, Status, session_name
from alexclaw.security import Done, Invalid
from tests.alexclaw.reasoning.conftest import Harness, done, refused

GOOD = {"relevance": 5, "completeness": 4, "usability": 4, "goal_progress": 4}
PARTIAL = {"relevance": 3, "completeness": 2, "usability": 2, "goal_progress": 3}


def plan(*steps: tuple[str, str]) -> dict[str, Any]:
    return {"steps": [{"skill": s, "input_description": d, "reason": "because"} for s, d in steps]}


def step_input(text: str) -> dict[str, str]:
    return {"input": text}


async def steps_of(h: Harness, session_id: int) -> list[tuple[str, str | None, str | None]]:
    view = await h.desk.view(session_id)
    assert view is not None
    return [(s.phase, s.skill, s.error) for s in view.steps]


async def test_a_goal_is_planned_run_graded_and_answered_from_the_steps_outputs(harness: Harness) -> None:
    h = harness
    h.answers(
        plan(("lookup", "the stack"), ("lookup", "the CVEs")),
        step_input("python stack"), GOOD,
        step_input("recent CVEs"), GOOD,
    )  # fmt: skip
    session_id = await h.start()
    assert await h.ended(session_id) is Status.COMPLETED
    view = await h.desk.view(session_id)
    assert view is not None
    assert [p.skill for p in view.plan] == ["lookup", "lookup"]
    assert [s.phase for s in view.steps] == [
        "plan", "prepare", "execute", "evaluate", "decide", "prepare", "execute", "evaluate", "decide", "deliver",
    ]  # fmt: skip
    assert view.result is not None
    assert "facts about python stack" in view.result and "facts about recent CVEs" in view.result
    assert view.sources == ("lookup: python stack", "lookup: recent CVEs")
    assert view.budgets.llm_calls == 5 and not view.resumable
    assert h.delivered and h.delivered[0][0] == "memory" and "facts about recent CVEs" in h.delivered[0][1]
    rubric = view.steps[3].rubric
    assert rubric is not None and rubric["relevance"] == 5
    assert refused(await h.desk.resume(h.acting, session_id)) == (f"session {session_id} is completed: resume refused",)
    async with h.database.pool().acquire() as conn:
        ran = await conn.fetch("SELECT actor, detail FROM audit_log WHERE target = 'skill:lookup'")
        started = await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = 'reasoning.start'")
    assert len(ran) == 2 and all(r["actor"] == f"reasoning:{session_id}" for r in ran)
    assert json.loads(ran[0]["detail"])["origin"] == "reasoning"
    assert started == 1


async def test_a_failed_step_is_followed_by_the_models_adjusted_plan(harness: Harness) -> None:
    h = harness
    h.answers(
        plan(("broken", "the feed")), step_input("feed"),
        {"action": "adjust", "reason": "the feed is down", "confidence": 0.3,
         "new_plan": [{"skill": "lookup", "input_description": "another source"}]},
        step_input("other source"), GOOD,
    )  # fmt: skip
    session_id = await h.start()
    assert await h.ended(session_id) is Status.COMPLETED
    steps = await steps_of(h, session_id)
    assert ("execute", "broken", "the service is down") in steps
    view = await h.desk.view(session_id)
    assert view is not None and [p.skill for p in view.plan] == ["lookup"]
    assert view.result is not None and "facts about other source" in view.result
    assert "the service is down" not in view.result  # the answer holds what worked


async def test_consecutive_failures_at_the_threshold_end_the_session_stuck(harness: Harness) -> None:
    h = harness
    h.settings["reasoning.stuck_threshold"] = 2
    h.answers(plan(("broken", "a"), ("broken", "b")), step_input("a"), {"action": "continue"}, step_input("b"))
    session_id = await h.start()
    assert await h.ended(session_id) is Status.STUCK
    view = await h.desk.view(session_id)
    assert view is not None and "2 consecutive failures" in view.summary.reason
    assert view.result is None  # nothing worked: nothing is delivered
    assert h.delivered == []


async def test_a_question_waits_for_the_operator_and_the_answer_goes_on(harness: Harness) -> None:
    h = harness
    h.answers(
        plan(("lookup", "the stack")), step_input("stack"), PARTIAL,
        {"action": "ask_user", "question": "Which stack do you run?", "reason": "ambiguous"},
    )  # fmt: skip
    session_id = await h.start()
    asked = await h.status(session_id, "waiting_user")
    assert asked.data["reason"] == "Which stack do you run?"
    view = await h.desk.view(session_id)
    assert view is not None and view.question == "Which stack do you run?"
    paused = await h.desk.pause(h.acting, session_id)
    assert refused(paused) == (f"session {session_id} is waiting_user: nothing runs to pause",)
    h.answers(plan(("lookup", "django")), step_input("django 5"), GOOD)
    answered = await h.desk.answer(h.acting, session_id, "Django on Postgres")
    assert done(answered).startswith(f"Session {session_id}")
    assert await h.ended(session_id) is Status.COMPLETED
    view = await h.desk.view(session_id)
    assert view is not None and view.question is None
    assert view.result is not None and "facts about django 5" in view.result
    prompts = [s.prompt or "" for s in view.steps if s.phase == "plan"]
    assert "Q: Which stack do you run?\nA: Django on Postgres" in prompts[-1]


@pytest.mark.parametrize(
    ("setting", "value", "why"),
    [
        ("reasoning.max_llm_calls", 2, "model-call budget (2)"),
        ("reasoning.max_iterations", 1, "iteration budget (1)"),
        ("reasoning.time_budget_seconds", 100, "time budget (100 s)"),
    ],
)
async def test_each_budget_ends_the_session_with_the_reason_and_the_best_result(
    harness: Harness, setting: str, value: int, why: str
) -> None:
    h = harness
    h.settings[setting] = value
    h.answers(plan(("gate", "first"), ("broken", "second")), step_input("first"), PARTIAL, step_input("second"),
              {"action": "continue", "reason": "more"})  # fmt: skip
    session_id = await h.start()
    await h.entered()
    h.clock.now += 500  # only the time budget notices
    h.gate.open.set()
    assert await h.ended(session_id) is Status.COMPLETED
    view = await h.desk.view(session_id)
    assert view is not None and why in view.summary.reason
    assert view.result is not None and "gated first" in view.result


async def test_pause_steer_and_resume_take_effect_while_a_step_runs(harness: Harness) -> None:
    h = harness
    h.answers(plan(("gate", "wait")), step_input("slow"), GOOD)
    session_id = await h.start()
    await h.entered()
    assert done(await h.desk.pause(h.acting, session_id)) == f"Session {session_id} paused."
    await h.status(session_id, "paused")
    steered = await h.desk.steer(h.acting, session_id, "prefer primary sources")
    assert done(steered) == f"Session {session_id}: steer recorded."
    asked_before = len(h.world.fake.seen)
    h.gate.open.set()  # the step finishes while paused: recorded, nothing more asked
    step = await h.probe.receive(lambda m: getattr(m, "kind", None) is EventKind.STEP and m.data["phase"] == "execute")
    assert step.data["output"] == "gated slow"
    assert len(h.world.fake.seen) == asked_before
    await h.desk.resume(h.acting, session_id)
    assert await h.ended(session_id) is Status.COMPLETED
    view = await h.desk.view(session_id)
    assert view is not None and view.guidance == "prefer primary sources"
    evaluate = next(s for s in view.steps if s.phase == "evaluate")
    assert evaluate.guidance == "prefer primary sources"


async def test_abort_stops_the_step_in_flight_and_ends_the_session(harness: Harness) -> None:
    h = harness
    h.answers(plan(("gate", "wait")), step_input("slow"))
    session_id = await h.start()
    await h.entered()
    aborted = await h.desk.abort(h.acting, session_id)
    assert done(aborted) == f"Session {session_id} aborted."
    assert await h.ended(session_id) is Status.ABORTED
    assert whereis(session_name(session_id)) is None
    again = await h.desk.resume(h.acting, session_id)
    assert refused(again) == (f"session {session_id} is aborted: resume refused",)


async def test_the_same_action_a_third_time_in_a_row_is_refused(harness: Harness) -> None:
    h = harness
    h.answers(
        plan(("lookup", "x"), ("lookup", "x"), ("lookup", "x")),
        step_input("x"), GOOD, step_input("x"), GOOD, step_input("x"),
        {"action": "done", "confidence": 0.9, "reason": "enough"},
    )  # fmt: skip
    session_id = await h.start()
    assert await h.ended(session_id) is Status.COMPLETED
    steps = await steps_of(h, session_id)
    refused = [s for s in steps if s[2] and "duplicate guard" in s[2]]
    assert refused == [("execute", "lookup", "the same action a third time in a row: refused (duplicate guard)")]
    assert len([s for s in steps if s[0] == "execute"]) == 3  # two ran, the third was refused


async def test_prose_instead_of_json_is_recorded_and_ends_the_session_cleanly(harness: Harness) -> None:
    h = harness
    h.settings["reasoning.stuck_threshold"] = 2
    h.answers("I think you should look things up.", "Sure! Here is my plan: first, search.")
    session_id = await h.start()
    assert await h.ended(session_id) is Status.STUCK
    view = await h.desk.view(session_id)
    assert view is not None
    assert "2 model answers in a row could not be used" in view.summary.reason
    assert all("the plan is not readable" in (s.error or "") for s in view.steps)
    assert view.budgets.llm_calls == 2


async def test_a_plan_naming_a_skill_off_the_whitelist_unknown_or_privileged_is_refused(harness: Harness) -> None:
    h = harness
    h.answers(plan(("writer", "x")), plan(("no_such_skill", "x")), plan(("admin_tool", "x")))
    session_id = await h.start()
    assert await h.ended(session_id) is Status.STUCK
    errors = [error for _, _, error in await steps_of(h, session_id)]
    assert errors == [
        "step 1: 'writer' is not in reasoning.skill_whitelist",
        "step 1: there is no skill 'no_such_skill'",
        "step 1: 'admin_tool' is privileged and never runs in a reasoning session",
    ]


async def test_an_override_is_checked_like_a_plan_step_and_runs_next(harness: Harness) -> None:
    h = harness
    h.answers(plan(("gate", "wait")), step_input("slow"), GOOD, GOOD)
    session_id = await h.start()
    await h.entered()
    for skill in ("writer", "admin_tool", "nothing"):
        refusal = await h.desk.override_step(h.acting, session_id, skill, "x")
        assert isinstance(refusal, Invalid), skill
    accepted = await h.desk.override_step(h.acting, session_id, "lookup", "operator's topic")
    assert isinstance(accepted, Done)
    h.gate.open.set()
    assert await h.ended(session_id) is Status.COMPLETED
    steps = await steps_of(h, session_id)
    assert ("execute", "lookup", None) in steps


async def test_a_crash_mid_step_leaves_the_session_interrupted_and_resume_completes_it(harness: Harness) -> None:
    h = harness
    h.answers(plan(("gate", "wait")), step_input("slow"))
    session_id = await h.start()
    await h.entered()
    process = whereis(session_name(session_id))
    assert process is not None
    process.kill()
    interrupted = await h.status(session_id, "interrupted")
    assert "crashed" in interrupted.data["reason"]
    view = await h.desk.view(session_id)
    assert view is not None and view.resumable and view.summary.status is Status.INTERRUPTED
    h.gate.open.set()
    h.answers(GOOD)
    resumed = await h.desk.resume(h.acting, session_id)
    assert done(resumed) == f"Session {session_id} resumed."
    assert await h.ended(session_id) is Status.COMPLETED
    view = await h.desk.view(session_id)
    assert view is not None and view.result is not None and "gated slow" in view.result
    assert h.gate.runs == 2  # the step in flight ran again; the plan and its input were kept
    assert view.budgets.llm_calls == 3


async def test_no_more_sessions_start_than_the_setting_allows(harness: Harness) -> None:
    h = harness
    h.answers(plan(("gate", "wait")), step_input("slow"))
    first = await h.start()
    await h.entered()
    second = await h.desk.start(h.acting, "another goal")
    assert refused(second) == (
        "1 reasoning session(s) already running or waiting on this node; reasoning.max_concurrent_sessions is 1",
    )
    assert refused(await h.desk.start(h.acting, "  ")) == ("a goal is required",)
    await h.desk.abort(h.acting, first)
    await h.ended(first)


async def test_the_timeline_replays_from_any_seq_then_follows_live_without_gap_or_duplicate(harness: Harness) -> None:
    h = harness
    h.answers(plan(("gate", "wait")), step_input("slow"), GOOD)
    session_id = await h.start()
    await h.entered()
    seen: list[int] = []
    from_three: list[int] = []
    full = h.desk.timeline(session_id)
    async for event in full:
        seen.append(event.seq)
        if event.kind is EventKind.STEP and event.data["phase"] == "prepare":
            h.gate.open.set()  # the rest happens while this consumer follows live
    async for event in h.desk.timeline(session_id, after_seq=3):
        from_three.append(event.seq)
    assert seen == list(range(1, len(seen) + 1))
    assert from_three == seen[3:]
    view = await h.desk.view(session_id)
    assert view is not None and view.summary.status is Status.COMPLETED


async def test_a_secret_in_a_steps_input_or_output_is_stored_shown_and_delivered_masked(harness: Harness) -> None:
    h = harness
    token = "ghp_" + "aB3" * 12
    h.answers(plan(("gate", "wait")), step_input("slow"), GOOD, GOOD)
    session_id = await h.start()
    await h.entered()
    assert isinstance(await h.desk.override_step(h.acting, session_id, "lookup", f"use {token}"), Done)
    h.gate.open.set()
    assert await h.ended(session_id) is Status.COMPLETED
    async with h.database.pool().acquire() as conn:
        stored = [
            str(dict(row))
            for table in ("reasoning_sessions", "reasoning_steps", "reasoning_events")
            for row in await conn.fetch(f"SELECT * FROM {table} WHERE {'id' if table == 'reasoning_sessions' else 'session_id'} = $1", session_id)  # noqa: E501
        ]  # fmt: skip
    assert stored and not any(token in row for row in stored)
    assert any("[REDACTED:github_token]" in row for row in stored)
    events = [e async for e in h.desk.timeline(session_id)]
    assert not any(token in str(e.data) for e in events)
    assert h.delivered and token not in h.delivered[0][1] and "[REDACTED:github_token]" in h.delivered[0][1]


async def test_a_session_interrupted_while_it_waits_on_a_question_waits_again_when_resumed(harness: Harness) -> None:
    h = harness
    h.answers(plan(("lookup", "x")), step_input("x"), PARTIAL, {"action": "ask_user", "question": "Which?"})
    session_id = await h.start()
    await h.status(session_id, "waiting_user")
    process = whereis(session_name(session_id))
    assert process is not None
    process.kill()
    await h.status(session_id, "interrupted")
    assert done(await h.desk.resume(h.acting, session_id)) == f"Session {session_id} resumed."
    again = await h.status(session_id, "waiting_user")
    assert again.data["reason"] == "Which?"
    h.answers(plan(("lookup", "y")), step_input("y"), GOOD)
    await h.desk.answer(h.acting, session_id, "this one")
    assert await h.ended(session_id) is Status.COMPLETED

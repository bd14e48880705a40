"""The moves between phases, without an actor: compression every third
iteration once the working memory grows, the answer built from the steps'
outputs within its budget, the cursor as stored for a resume (with an
override accepted but not yet run), and the budgets used as an event
carries them."""

from __future__ import annotations

import json
from dataclasses import replace

from alexclaw.reasoning import Budgets, PlanStep, Rubric, Session, StepOutcome, final_answer
from alexclaw.reasoning._loop import (
    Cursor,
    Phase,
    Reply,
    after_compress,
    after_evaluate,
    budget_use,
    from_state,
    override,
    to_state,
)

BUDGETS = Budgets(15, 60, 900.0, 120.0, 8, 3, 0.7)
GOOD = Rubric(5, 4, 4, 4)
FAILED = Rubric(1, 1, 1, 1)


def session(**fields: object) -> Session:
    return replace(Session("goal", BUDGETS, 0.0), **fields)  # type: ignore[arg-type]


def graded() -> str:
    return json.dumps({"relevance": 5, "completeness": 4, "usability": 4, "goal_progress": 4})


def test_a_graded_step_is_followed_by_compression_every_third_iteration_once_the_memory_grows() -> None:
    ran = (StepOutcome("lookup", "x", "out", None),)
    for iteration, memory, following in [(3, "m" * 600, Phase.COMPRESS), (3, "short", Phase.DECIDE),
                                         (2, "m" * 600, Phase.DECIDE), (6, "m" * 600, Phase.COMPRESS)]:  # fmt: skip
        cursor = Cursor(session(iteration=iteration, working_memory=memory, results=ran), Phase.EVALUATE)
        assert after_evaluate(cursor, Reply(graded())).cursor.phase is following, (iteration, len(memory))


def test_compression_keeps_the_memory_when_the_answer_has_none() -> None:
    cursor = Cursor(session(working_memory="long " * 200), Phase.COMPRESS)
    kept = after_compress(cursor, Reply("I cannot"))
    assert kept.cursor.session.working_memory == cursor.session.working_memory
    assert kept.step is not None and kept.step.error == "no shorter working memory in the answer: kept"
    shorter = after_compress(cursor, Reply('{"working_memory": "the gist"}'))
    assert shorter.cursor.session.working_memory == "the gist" and shorter.cursor.phase is Phase.DECIDE


def test_the_answer_is_built_from_the_steps_outputs_within_its_budget_with_their_sources() -> None:
    results = (
        StepOutcome("lookup", "a", "first " * 50, None, GOOD),
        StepOutcome("broken", "b", None, "down"),
        StepOutcome("lookup", "c", "wrong", None, FAILED),
        StepOutcome("lookup", "d", "second", None, None),
    )
    answer, sources = final_answer(session(results=results), 10_000)
    assert "first" in answer and "second" in answer and "wrong" not in answer and "down" not in answer
    assert sources == ("lookup: a", "lookup: d")
    cut, cut_sources = final_answer(session(results=results), 120)
    assert len(cut) <= 120 and cut_sources == ("lookup: a",)


def test_the_stored_cursor_resumes_where_it_stood() -> None:
    before = Cursor(
        session(
            plan=(PlanStep("lookup", "x", "why"),), step_index=1, iteration=2, llm_calls=7,
            results=(StepOutcome("lookup", "x", "out", None, GOOD),), working_memory="m", guidance="g",
            consecutive_failures=1, recent_actions=("lookup\x00x",),
        ),
        Phase.DECIDE, None, 1, question="which?",
    )  # fmt: skip
    stored = json.loads(json.dumps(to_state(before)))
    assert "\x00" not in json.dumps(stored)
    after = from_state(stored, "goal", BUDGETS, 0.0)
    assert after.session.recent_actions == before.session.recent_actions
    assert after.session.results == before.session.results and after.session.plan == before.session.plan
    assert (after.phase, after.question, after.unusable, after.session.llm_calls) == (Phase.DECIDE, "which?", 1, 7)


def test_an_override_accepted_but_not_run_is_kept_in_the_stored_cursor_and_runs_next_once() -> None:
    running = Cursor(session(plan=(PlanStep("gate", "wait"),)), Phase.EXECUTE, "slow", pending=("lookup", "mine"))
    stored = json.loads(json.dumps(to_state(running)))
    resumed = from_state(stored, "goal", BUDGETS, 0.0)
    assert resumed.pending == ("lookup", "mine")
    applied = override(resumed, "lookup", "mine")
    assert applied.pending is None and (applied.phase, applied.step_input) == (Phase.EXECUTE, "mine")
    assert [p.skill for p in applied.session.plan] == ["lookup", "gate"]
    assert from_state(to_state(applied), "goal", BUDGETS, 0.0).pending is None


def test_a_cursor_stored_before_overrides_were_kept_reads_with_none_pending() -> None:
    stored = to_state(Cursor(session(), Phase.PLAN))
    del stored["pending"]
    assert from_state(stored, "goal", BUDGETS, 0.0).pending is None


def test_a_budget_event_carries_the_budgets_used_against_the_sessions_limits() -> None:
    used = budget_use(session(iteration=3, llm_calls=11), 42.06)
    assert used == {
        "iterations": 3, "max_iterations": 15, "llm_calls": 11, "max_llm_calls": 60,
        "elapsed_seconds": 42.1, "time_budget_seconds": 900.0,
    }  # fmt: skip
    assert json.loads(json.dumps(used)) == used  # JSON as stored and sent

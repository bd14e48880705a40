"""The phases as functions: plans validated against the whitelist, the
skills that exist and the privileged ones; the rubric; the deterministic
decisions; the model's decisions with the oscillation guard; the duplicate
action guard; the budgets."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from alexclaw.reasoning import (
    Action,
    Budgets,
    Decision,
    PlanStep,
    Quality,
    Rubric,
    Session,
    Status,
    StepOutcome,
    Unusable,
    apply_decision,
    best_result,
    decide_without_model,
    evaluated,
    is_repeating,
    needs_compression,
    over_budget,
    read_decision,
    read_plan,
    read_rubric,
    read_step_input,
    record_result,
)

BUDGETS = Budgets(
    max_iterations=15,
    max_llm_calls=60,
    time_budget_seconds=900,
    step_timeout_seconds=120,
    max_plan_steps=3,
    stuck_threshold=3,
    done_confidence=0.7,
)
KNOWN = {"web_search_fetch", "web_fetch", "llm_transform", "shell", "telegram_notify"}
WHITELIST = {"web_search_fetch", "web_fetch", "llm_transform", "shell"}
PRIVILEGED = {"shell"}
RULES = {"whitelist": WHITELIST, "known": KNOWN, "privileged": PRIVILEGED}
GOOD = Rubric(4, 4, 4, 4)
BAD = Rubric(1, 1, 2, 1)


def plan_answer(*skills: str) -> str:
    steps = [{"skill": s, "input_description": f"use {s}", "reason": "because"} for s in skills]
    return "```json\n" + json.dumps({"steps": steps}) + "\n```"


def session(**changes: object) -> Session:
    return replace(Session("find three CVEs", BUDGETS, started_at=0.0), **changes)  # type: ignore[arg-type]


def test_a_valid_plan_is_read_from_a_fenced_answer() -> None:
    plan = read_plan(plan_answer("web_search_fetch", "llm_transform"), max_steps=3, **RULES)
    assert plan == (
        PlanStep("web_search_fetch", "use web_search_fetch", "because"),
        PlanStep("llm_transform", "use llm_transform", "because"),
    )


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        (plan_answer("mystery"), "there is no skill 'mystery'"),
        (plan_answer("telegram_notify"), "not in reasoning.skill_whitelist"),
        (plan_answer("shell"), "privileged"),
        (plan_answer("web_fetch", "web_fetch", "web_fetch", "web_fetch"), "at most 3"),
        ('{"steps": []}', "no steps"),
        ('{"steps": [{"input_description": "x"}]}', "names no skill"),
        ("I would search the web first.", "not readable"),
    ],
)
def test_a_plan_is_refused_whole_with_the_reason(answer: str, why: str) -> None:
    refused = read_plan(answer, max_steps=3, **RULES)
    assert isinstance(refused, Unusable) and why in refused.reason


def test_a_step_input_is_text_and_the_working_memory_optional() -> None:
    assert read_step_input('{"input": "CVE 2026 openssl"}') == ("CVE 2026 openssl", None)
    assert read_step_input('{"input": 42, "working_memory": "m"}') == ("42", "m")
    assert isinstance(read_step_input('{"query": "x"}'), Unusable)


def test_the_rubric_reads_numbers_and_numeric_strings_and_clamps_them() -> None:
    assert read_rubric('{"relevance": 5, "completeness": "4", "usability": 9, "goal_progress": 0}') == Rubric(
        5, 4, 5, 1
    )
    assert read_rubric('{"rubric": {"relevance": 4, "completeness": 4, "usability": 4, "goal_progress": 4}}') == GOOD
    missing = read_rubric('{"relevance": 4}')
    assert isinstance(missing, Unusable) and "completeness" in missing.reason


@pytest.mark.parametrize(
    ("rubric", "quality"), [(GOOD, Quality.GOOD), (Rubric(2, 2, 3, 2), Quality.PARTIAL), (BAD, Quality.FAILED)]
)
def test_the_rubric_average_grades_good_partial_or_failed(rubric: Rubric, quality: Quality) -> None:
    assert rubric.quality is quality


def test_steps_remaining_without_failures_continue_without_asking_the_model() -> None:
    running = session(plan=(PlanStep("web_fetch", "a"), PlanStep("llm_transform", "b")))
    running = record_result(running, StepOutcome("web_fetch", "a", "page", None))
    decision = decide_without_model(evaluated(running, GOOD))
    assert decision is not None and decision.action is Action.CONTINUE


def test_the_last_step_going_well_leads_to_the_answer() -> None:
    done = record_result(session(plan=(PlanStep("web_fetch", "a"),)), StepOutcome("web_fetch", "a", "page", None))
    decision = decide_without_model(evaluated(done, GOOD))
    assert decision is not None and decision.action is Action.SUMMARIZE


def test_failures_at_the_threshold_are_stuck_and_a_poor_last_step_asks_the_model() -> None:
    failing = session(plan=(PlanStep("web_fetch", "a"),) * 3)
    for _ in range(3):
        failing = record_result(failing, StepOutcome("web_fetch", "a", None, "timeout"))
    stuck = decide_without_model(failing)
    assert stuck is not None and stuck.action is Action.STUCK
    poor = record_result(session(plan=(PlanStep("web_fetch", "a"),)), StepOutcome("web_fetch", "a", "x", None))
    assert decide_without_model(evaluated(poor, Rubric(2, 2, 3, 2))) is None


def test_the_models_decision_is_read_and_validated() -> None:
    current = session(plan=(PlanStep("web_fetch", "a"),))
    adjust = read_decision(
        json.dumps({"action": "adjust", "confidence": 0.4, "new_plan": [{"skill": "web_search_fetch"}]}),
        current,
        **RULES,
    )
    assert isinstance(adjust, Decision) and adjust.new_plan == (PlanStep("web_search_fetch", ""),)
    bad_plan = read_decision(json.dumps({"action": "adjust", "new_plan": [{"skill": "shell"}]}), current, **RULES)
    assert isinstance(bad_plan, Unusable) and "privileged" in bad_plan.reason
    assert isinstance(read_decision('{"action": "ask_user"}', current, **RULES), Unusable)
    assert isinstance(read_decision('{"action": "summarize"}', current, **RULES), Unusable)
    unknown = read_decision('{"action": "retry"}', current, **RULES)
    assert isinstance(unknown, Unusable) and "unknown decision 'retry'" in unknown.reason
    asked = read_decision('{"action": "ask_user", "question": "Which stack?"}', current, **RULES)
    assert isinstance(asked, Decision) and apply_decision(current, asked).status is Status.WAITING_USER


def test_a_third_confident_adjust_becomes_the_answer() -> None:
    adjusted = Decision(Action.ADJUST, "again", 0.8, new_plan=(PlanStep("web_fetch", ""),))
    current = session(decisions=(adjusted, adjusted))
    answer = json.dumps({"action": "adjust", "confidence": 0.9, "new_plan": [{"skill": "web_fetch"}]})
    decision = read_decision(answer, current, **RULES)
    assert isinstance(decision, Decision) and decision.action is Action.SUMMARIZE


def test_an_adjust_restarts_the_plan_and_counts_an_iteration() -> None:
    current = session(plan=(PlanStep("web_fetch", "a"),), step_index=1, iteration=2)
    adjusted = apply_decision(current, Decision(Action.ADJUST, "", new_plan=(PlanStep("web_search_fetch", "b"),)))
    assert (adjusted.plan, adjusted.step_index, adjusted.iteration) == ((PlanStep("web_search_fetch", "b"),), 0, 3)


def test_the_same_action_a_third_time_in_a_row_is_caught() -> None:
    current = session()
    for _ in range(2):
        assert not is_repeating(current, "web_fetch", "https://a")
        current = record_result(current, StepOutcome("web_fetch", "https://a", "x", None))
    assert is_repeating(current, "web_fetch", "https://a")
    assert not is_repeating(current, "web_fetch", "https://b")


@pytest.mark.parametrize(
    ("changes", "now", "why"),
    [
        ({"iteration": 16}, 1.0, "iteration budget"),
        ({"llm_calls": 60}, 1.0, "model-call budget"),
        ({}, 900.0, "time budget"),
    ],
)
def test_each_budget_ends_the_session_with_its_reason(changes: dict[str, int], now: float, why: str) -> None:
    reason = over_budget(session(**changes), now)
    assert reason is not None and why in reason
    assert over_budget(session(), 1.0) is None


def test_working_memory_is_compressed_every_third_iteration_once_it_grows() -> None:
    assert needs_compression(session(iteration=3, working_memory="m" * 600))
    assert not needs_compression(session(iteration=3, working_memory="short"))
    assert not needs_compression(session(iteration=4, working_memory="m" * 600))


def test_the_best_result_so_far_is_the_best_graded_output() -> None:
    current = session()
    current = evaluated(record_result(current, StepOutcome("web_fetch", "a", "meh", None)), Rubric(2, 2, 2, 2))
    current = evaluated(record_result(current, StepOutcome("web_fetch", "b", "great", None)), GOOD)
    current = record_result(current, StepOutcome("web_fetch", "c", None, "boom"))
    best = best_result(current)
    assert best is not None and best.output == "great"

"""The budgets a session has used go out on its timeline as they change
(a ``budget`` event after each move that spent one, and one at the end), so
the Chat page shows them live: the last one is what the session's view
says, against the limits the session runs under."""

from __future__ import annotations

from dataclasses import asdict

from alexclaw.reasoning import EventKind, Status
from tests.alexclaw.reasoning.conftest import Harness
from tests.alexclaw.reasoning.test_sessions import GOOD, PARTIAL, plan, step_input


async def test_the_budgets_used_go_out_as_they_change_and_the_last_matches_the_view(harness: Harness) -> None:
    h = harness
    h.answers(plan(("gate", "wait"), ("lookup", "more")), step_input("slow"), GOOD, step_input("more"), GOOD)
    session_id = await h.start()
    await h.entered()
    h.clock.now += 30  # the manual clock: the step took half a minute
    h.gate.open.set()
    assert await h.ended(session_id) is Status.COMPLETED
    events = [e async for e in h.desk.timeline(session_id)]
    used = [dict(e.data) for e in events if e.kind is EventKind.BUDGET]
    # One per model call answered (the skill step spends none), then the final one.
    assert [(u["iterations"], u["llm_calls"]) for u in used] == [(1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 5)]
    assert [u["elapsed_seconds"] for u in used] == [0.0, 0.0, 30.0, 30.0, 30.0, 30.0]
    assert {(u["max_iterations"], u["max_llm_calls"], u["time_budget_seconds"]) for u in used} == {(15, 60, 900.0)}
    view = await h.desk.view(session_id)
    assert view is not None and asdict(view.budgets) == used[-1]
    result_at = next(i for i, e in enumerate(events) if e.kind is EventKind.RESULT)
    final = events[result_at + 1]  # written with the result, in the same transaction
    assert final.kind is EventKind.BUDGET and dict(final.data) == used[-1]


async def test_a_session_ended_by_its_model_call_budget_ends_with_that_budget_shown_spent(harness: Harness) -> None:
    h = harness
    h.settings["reasoning.max_llm_calls"] = 2
    h.answers(plan(("gate", "wait"), ("lookup", "more")), step_input("slow"), PARTIAL)
    session_id = await h.start()
    await h.entered()
    h.gate.open.set()
    assert await h.ended(session_id) is Status.COMPLETED  # with the best result so far
    events = [e async for e in h.desk.timeline(session_id)]
    last = [dict(e.data) for e in events if e.kind is EventKind.BUDGET][-1]
    assert (last["llm_calls"], last["max_llm_calls"]) == (2, 2)
    view = await h.desk.view(session_id)
    assert view is not None and "model-call budget (2)" in view.summary.reason
    assert (view.budgets.llm_calls, view.budgets.max_llm_calls) == (2, 2)

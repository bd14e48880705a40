"""The Chat page's Reasoning mode: a goal given to a reasoning session, its
plan, a live timeline of its phases and steps (server-sent events from
``/events/reasoning/<id>``, resumed after the browser's ``Last-Event-ID``),
the controls (pause, resume, abort, steer, add context, answer its
question, override a step), its confidence and budgets, and the recent
sessions, each opening its timeline. Everything a session does is the
``ReasoningDesk``'s; the page reads the form, checks the text, and shows
the desk's answer (redirect + flash, like every other form)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Final

from quart import Blueprint, Response, g, request, url_for

from alexclaw.reasoning import DeskAnswer
from alexclaw.security import Acting, Invalid
from alexclaw.web._common import acting, answer
from alexclaw.web._guard import deny, session_fingerprint
from alexclaw.web._render import render
from alexclaw.web._sessions import WebSession, bound_to
from alexclaw.web._state import WebState
from alexclaw.web._timeline import (
    MAX_GOAL_CHARS,
    MAX_SKILL_CHARS,
    MAX_TEXT_CHARS,
    goal_problems,
    override_problems,
    resume_point,
    text_problems,
    timeline_frames,
)

RECENT: Final = 20

# The controls that carry text: the form field, its label in an error, and the desk's request.
_TEXT_CONTROLS: Final = {
    "steer": ("guidance", "The guidance"),
    "context": ("text", "The context"),
    "answer": ("text", "The answer"),
}


def build(state: WebState) -> Blueprint:
    bp = Blueprint("reasoning_pages", __name__)
    desk = state.reasoning

    def session_page(session_id: int) -> str:
        return url_for("reasoning_pages.session", session_id=session_id)

    async def page(session_id: int | None) -> Any:
        view = await desk.view(session_id) if session_id is not None else None
        if session_id is not None and view is None:
            return await deny(404, f"no reasoning session #{session_id}")
        return await render(
            "reasoning.html", view=view, recent=await desk.recent(RECENT), max_goal=MAX_GOAL_CHARS,
            max_text=MAX_TEXT_CHARS, max_skill=MAX_SKILL_CHARS,
        )  # fmt: skip

    @bp.get("/chat/reasoning")
    async def reasoning() -> Any:
        return await page(None)

    @bp.get("/chat/reasoning/<bigint:session_id>")
    async def session(session_id: int) -> Any:
        return await page(session_id)

    @bp.post("/chat/reasoning/start")
    async def start() -> Any:
        goal = str((await request.form).get("goal", ""))
        outcome = goal_problems(goal) or await desk.start(acting(state), goal.strip())
        if isinstance(outcome, Invalid):
            return await answer(state, outcome, url_for("reasoning_pages.reasoning"), refused="Not started: ")
        return await answer(state, outcome, session_page(outcome.value))

    def control(request_of: Callable[[Acting, int], Awaitable[DeskAnswer]]) -> Callable[[int], Awaitable[Any]]:
        async def run(session_id: int) -> Any:
            return await answer(state, await request_of(acting(state), session_id), session_page(session_id))

        return run

    bp.add_url_rule("/chat/reasoning/<bigint:session_id>/pause", "pause", control(desk.pause), methods=["POST"])
    bp.add_url_rule("/chat/reasoning/<bigint:session_id>/resume", "resume", control(desk.resume), methods=["POST"])
    bp.add_url_rule("/chat/reasoning/<bigint:session_id>/abort", "abort", control(desk.abort), methods=["POST"])

    def text_control(kind: str, field: str, label: str) -> Callable[[int], Awaitable[Any]]:
        request_of = {"steer": desk.steer, "context": desk.add_context, "answer": desk.answer}[kind]

        async def run(session_id: int) -> Any:
            text = str((await request.form).get(field, ""))
            outcome = text_problems(label, text, MAX_TEXT_CHARS) or await request_of(
                acting(state), session_id, text.strip()
            )
            return await answer(state, outcome, session_page(session_id))

        return run

    for kind, (field, label) in _TEXT_CONTROLS.items():
        rule = f"/chat/reasoning/<bigint:session_id>/{kind}"
        bp.add_url_rule(rule, kind, text_control(kind, field, label), methods=["POST"])

    @bp.post("/chat/reasoning/<bigint:session_id>/override")
    async def override(session_id: int) -> Any:
        form = await request.form
        skill, input_text = str(form.get("skill", "")).strip(), str(form.get("input", ""))
        outcome = override_problems(skill, input_text) or await desk.override_step(
            acting(state), session_id, skill, input_text.strip()
        )
        return await answer(state, outcome, session_page(session_id))

    @bp.get("/events/reasoning/<bigint:session_id>")
    async def events(session_id: int) -> Any:
        if await desk.view(session_id) is None:
            return await deny(404, f"no reasoning session #{session_id}")
        after = resume_point(request.headers.get("Last-Event-ID"), request.args.get("after"))
        web_session: WebSession | None = g.get("web_session")

        def go_on() -> bool:
            bound = web_session is not None and bound_to(web_session, session_fingerprint(state))
            return bound and not state.closing.is_set()

        frames = timeline_frames(desk.timeline(session_id, after_seq=after), go_on)
        headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
        response = Response(frames, content_type="text/event-stream", headers=headers)
        response.timeout = None  # a session may run for its whole time budget; the heartbeat keeps proxies open
        return response

    return bp

"""The Chat page's Reasoning mode over its routes, against a desk held in
memory (tests/alexclaw/web/reasoning_desk.py): a goal starts a session or
is refused with the reason shown, each control reaches the desk as the web
principal, and the timeline streams as server-sent events over real HTTP —
replayed after ``Last-Event-ID``, then live, ending when the session
finishes."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pyotp
import pytest

from actors import whereis
from alexclaw import Node
from alexclaw.inputs import INT8_MAX
from alexclaw.reasoning import EventKind, Status
from alexclaw.security import Invalid
from alexclaw.web import WEB_NAME, WebEndpoint
from alexclaw.web._timeline import MAX_GOAL_CHARS, MAX_TEXT_CHARS
from tests.alexclaw.web.conftest import HTML, login, make_settings, page_csrf
from tests.alexclaw.web.reasoning_desk import ScriptedDesk
from tests.alexclaw.web.test_live_tree import logged_in


@pytest.fixture
def desk() -> ScriptedDesk:
    return ScriptedDesk()


@pytest.fixture
async def node(database_url: str, tmp_path: Path, desk: ScriptedDesk) -> AsyncIterator[Node]:
    started = Node(make_settings(database_url, tmp_path), reasoning=desk)
    await started.start()
    yield started
    await started.stop()


async def post(client: Any, path: str, **form: str) -> Any:
    token = await page_csrf(client, "/chat/reasoning")
    return await client.post(path, form={**form, "csrf_token": token}, headers=HTML)


async def followed(client: Any, response: Any) -> str:
    assert response.status_code == 302, await response.get_data(as_text=True)
    page = await client.get(response.headers["Location"], headers=HTML)
    return str(await page.get_data(as_text=True))


async def test_a_goal_starts_a_session_whose_page_opens_with_the_desks_word(
    client: Any, node: Node, desk: ScriptedDesk
) -> None:
    await login(client)
    response = await post(client, "/chat/reasoning/start", goal="  Find this week's CVEs for my stack  ")
    assert response.headers["Location"] == "/chat/reasoning/1"
    html = await followed(client, response)
    assert "Reasoning session #1 started." in html
    assert "Find this week&#39;s CVEs for my stack" in html
    assert 'data-stream="/events/reasoning/1"' in html
    [start] = desk.requests
    assert (start.name, start.args) == ("start", ("Find this week's CVEs for my stack",))
    assert start.acting.actor.startswith("web:admin@") and start.acting.origin == "web"


@pytest.mark.parametrize(
    ("goal", "shown"),
    [
        ("   ", "The goal is empty"),
        ("x" * (MAX_GOAL_CHARS + 1), f"at most {MAX_GOAL_CHARS} are allowed"),
    ],
)
async def test_an_empty_or_oversized_goal_is_refused_with_the_reason_and_never_reaches_the_desk(
    client: Any, node: Node, desk: ScriptedDesk, goal: str, shown: str
) -> None:
    await login(client)
    response = await post(client, "/chat/reasoning/start", goal=goal)
    assert response.headers["Location"] == "/chat/reasoning"
    assert shown in await followed(client, response)
    assert desk.requests == []


async def test_a_goal_the_desk_refuses_is_shown_with_its_reason(client: Any, node: Node, desk: ScriptedDesk) -> None:
    desk.refusals["start"] = Invalid.of("no model provider is configured")
    await login(client)
    html = await followed(client, await post(client, "/chat/reasoning/start", goal="anything"))
    assert "Not started: no model provider is configured" in html


@pytest.mark.parametrize(
    ("path", "form", "name", "args"),
    [
        ("pause", {}, "pause", ()),
        ("resume", {}, "resume", ()),
        ("abort", {}, "abort", ()),
        ("steer", {"guidance": " only Debian packages "}, "steer", ("only Debian packages",)),
        ("context", {"text": "we run nginx 1.24"}, "add_context", ("we run nginx 1.24",)),
        ("answer", {"text": "yes, include kernels"}, "answer", ("yes, include kernels",)),
        (
            "override",
            {"skill": "web_search", "input": "CVE nginx 2026"},
            "override_step",
            ("web_search", "CVE nginx 2026"),
        ),
    ],
)
async def test_each_control_reaches_the_desk_as_the_web_principal_and_shows_its_answer(
    client: Any, node: Node, desk: ScriptedDesk, path: str, form: dict[str, str], name: str, args: tuple[str, ...]
) -> None:
    session_id = desk.add_session("a goal", Status.EXECUTING)
    await login(client)
    response = await post(client, f"/chat/reasoning/{session_id}/{path}", **form)
    assert response.headers["Location"] == f"/chat/reasoning/{session_id}"
    assert f"Session #{session_id}: {name} accepted." in await followed(client, response)
    [request] = desk.requests
    assert (request.name, request.session_id, request.args) == (name, session_id, args)
    assert request.acting.actor.startswith("web:admin@") and request.acting.origin == "web"


@pytest.mark.parametrize(
    ("path", "form", "shown"),
    [
        ("steer", {"guidance": " "}, "The guidance is empty"),
        ("context", {"text": "y" * (MAX_TEXT_CHARS + 1)}, f"at most {MAX_TEXT_CHARS} are allowed"),
        ("answer", {"text": ""}, "The answer is empty"),
        ("override", {"skill": "", "input": "x"}, "Name the skill to run instead"),
    ],
)
async def test_a_blank_or_oversized_control_text_is_refused_before_the_desk(
    client: Any, node: Node, desk: ScriptedDesk, path: str, form: dict[str, str], shown: str
) -> None:
    session_id = desk.add_session("a goal", Status.WAITING_USER)
    await login(client)
    assert shown in await followed(client, await post(client, f"/chat/reasoning/{session_id}/{path}", **form))
    assert desk.requests == []


async def test_an_answer_the_desk_refuses_is_shown_with_its_reason(client: Any, node: Node, desk: ScriptedDesk) -> None:
    session_id = desk.add_session("a goal", Status.COMPLETED)
    desk.refusals["answer"] = Invalid.of("the session asked nothing: it has finished")
    desk.refusals["resume"] = Invalid.of("a finished session cannot be resumed")
    await login(client)
    html = await followed(client, await post(client, f"/chat/reasoning/{session_id}/answer", text="yes"))
    assert "Refused: the session asked nothing: it has finished" in html
    html = await followed(client, await post(client, f"/chat/reasoning/{session_id}/resume"))
    assert "Refused: a finished session cannot be resumed" in html


async def test_the_page_shows_the_plan_status_confidence_budgets_question_and_past_sessions(
    client: Any, node: Node, desk: ScriptedDesk
) -> None:
    older = desk.add_session("an older goal", Status.COMPLETED)
    session_id = desk.add_session("find the CVEs")
    steps = [{"skill": "web_search", "input_description": "CVEs this week", "reason": "the source"}]
    await desk.emit(session_id, EventKind.PLAN, steps=steps)
    await desk.emit(session_id, EventKind.STATUS, status="waiting_user", reason="a question")
    await desk.emit(session_id, EventKind.QUESTION, question="Include kernel CVEs?")
    await login(client)
    html = str(await (await client.get(f"/chat/reasoning/{session_id}", headers=HTML)).get_data(as_text=True))
    assert "web_search" in html and "CVEs this week" in html
    assert 'id="status">waiting_user<' in html
    assert "Include kernel CVEs?" in html and 'id="question-box" hidden' not in html
    assert 'id="budget-iterations">0 / 10<' in html and 'id="budget-llm">0 / 30<' in html
    assert f'href="/chat/reasoning/{older}"' in html and "an older goal" in html
    listing = str(await (await client.get("/chat/reasoning", headers=HTML)).get_data(as_text=True))
    assert f'href="/chat/reasoning/{session_id}"' in listing and 'id="session"' not in listing
    assert 'id="controls" >' in html  # a running session takes controls


async def test_a_finished_sessions_page_offers_no_controls(client: Any, node: Node, desk: ScriptedDesk) -> None:
    session_id = desk.add_session("find the CVEs", Status.COMPLETED)
    await login(client)
    html = str(await (await client.get(f"/chat/reasoning/{session_id}", headers=HTML)).get_data(as_text=True))
    assert 'id="controls" hidden>' in html


@pytest.mark.parametrize("path", ["/chat/reasoning/7", "/events/reasoning/7"])
async def test_an_unknown_session_is_a_404_naming_it(client: Any, path: str) -> None:
    await login(client)
    response = await client.get(path, headers=HTML)
    assert response.status_code == 404
    assert "o reasoning session #7" in await response.get_data(as_text=True)  # "No …" on a page


@pytest.mark.parametrize("path", ["/chat/reasoning/{}", "/events/reasoning/{}", "/chat/reasoning/{}/steer"])
async def test_an_id_beyond_its_column_is_a_400_saying_so_never_a_5xx(
    client: Any, desk: ScriptedDesk, path: str
) -> None:
    await login(client)
    if path.endswith("steer"):
        response = await post(client, path.format(INT8_MAX + 1), guidance="x")
    else:
        response = await client.get(path.format(INT8_MAX + 1), headers=HTML)
    assert response.status_code == 400
    assert "is out of range" in await response.get_data(as_text=True)
    assert desk.requests == []


async def test_a_control_for_an_unknown_session_shows_the_desks_refusal(client: Any, desk: ScriptedDesk) -> None:
    await login(client)
    html = await followed(client, await post(client, "/chat/reasoning/7/abort"))
    assert "Refused: no reasoning session #7" in html


def frames(text: str) -> list[dict[str, str]]:
    """The SSE frames in ``text`` (comment lines dropped): field → value."""
    found = []
    for block in text.split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if line and not line.startswith(":"))
        if fields and set(fields) != {"retry"}:
            found.append(fields)
    return found


async def read_until(lines: AsyncIterator[str], wanted: str) -> list[str]:
    seen = []
    async for line in lines:
        seen.append(line)
        if line == wanted:
            return seen
    raise AssertionError(f"the stream ended before {wanted!r}: {seen}")


async def test_the_timeline_replays_after_last_event_id_then_goes_live_and_ends_when_the_session_finishes(
    node: Node, desk: ScriptedDesk
) -> None:
    session_id = desk.add_session("find the CVEs")
    for n in (1, 2, 3):
        await desk.emit(session_id, EventKind.STEP, iteration=n, phase="execute", skill="web_search", output=f"r{n}")
    client = await logged_in(node)
    headers = {"Last-Event-ID": "2", "Accept": "text/event-stream"}
    async with client.stream("GET", f"/events/reasoning/{session_id}", headers=headers) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        assert stream.headers["cache-control"] == "no-store"
        lines = stream.aiter_lines()
        replayed = await read_until(lines, "id: 3")  # only what came after the last id the browser saw
        replayed += await read_until(lines, "")  # the rest of its frame
        assert not any(line.startswith("id: ") and line != "id: 3" for line in replayed)
        await desk.subscribed.wait()  # the route has caught up and waits: what follows is live
        await desk.emit(session_id, EventKind.QUESTION, question="Kernel too?\nsecond line")
        await desk.emit(session_id, EventKind.STATUS, status="completed", reason="done")
        rest = "\n".join([line async for line in lines])
    assert desk.resumed_after == [2]
    sent = frames("\n".join(replayed) + "\n" + rest)
    assert [(f.get("id"), f["event"]) for f in sent] == [
        ("3", "step"),
        ("4", "question"),
        ("5", "status"),
        (None, "end"),
    ]
    question = json.loads(sent[1]["data"])
    assert question == {
        "seq": 4,
        "kind": "question",
        "at": question["at"],
        "data": {"question": "Kernel too?\nsecond line"},
    }
    await client.aclose()


async def test_the_page_may_name_where_to_resume_and_a_bad_resume_point_is_a_400_naming_it(
    node: Node, desk: ScriptedDesk
) -> None:
    session_id = desk.add_session("done already", Status.COMPLETED)
    for n in (1, 2):
        await desk.emit(session_id, EventKind.STEP, iteration=n, phase="execute")
    client = await logged_in(node)
    resumed = await client.get(f"/events/reasoning/{session_id}?after=1")
    assert [(f.get("id"), f["event"]) for f in frames(resumed.text)] == [("2", "step"), (None, "end")]
    for header in ("-1", "abc", str(INT8_MAX + 1), "1e3"):
        refused = await client.get(f"/events/reasoning/{session_id}", headers={"Last-Event-ID": header})
        assert refused.status_code == 400
        assert "Last-Event-ID" in refused.text
    assert desk.resumed_after == [1]
    await client.aclose()


async def test_the_timeline_stream_needs_a_session(node: Node, desk: ScriptedDesk) -> None:
    session_id = desk.add_session("a goal")
    web = whereis(WEB_NAME)
    assert isinstance(web, WebEndpoint)
    async with httpx.AsyncClient(base_url=web.url) as anonymous:
        assert (await anonymous.get(f"/events/reasoning/{session_id}")).status_code == 401
    assert desk.resumed_after == []


async def test_an_open_timeline_ends_cleanly_when_the_node_stops(database_url: str, tmp_path: Path) -> None:
    desk = ScriptedDesk()
    node = Node(make_settings(database_url, tmp_path), reasoning=desk)
    await node.start()
    session_id = desk.add_session("a goal that never ends")
    await desk.emit(session_id, EventKind.STEP, iteration=1, phase="plan")
    client = await logged_in(node)
    async with client.stream("GET", f"/events/reasoning/{session_id}") as stream:
        lines = stream.aiter_lines()
        await read_until(lines, "id: 1")
        await desk.subscribed.wait()
        await node.stop()
        # The server finished the response itself (a complete chunked body ending
        # with the end event), not Hypercorn cutting it off after its drain timeout.
        rest = [line async for line in lines]
    assert "event: end" in rest
    await client.aclose()


async def test_an_open_timeline_ends_when_its_session_is_no_longer_bound(node: Node, desk: ScriptedDesk) -> None:
    session_id = desk.add_session("a goal that never ends")
    await desk.emit(session_id, EventKind.STEP, iteration=1, phase="plan")
    client = await logged_in(node)
    async with client.stream("GET", f"/events/reasoning/{session_id}") as stream:
        lines = stream.aiter_lines()
        await read_until(lines, "id: 1")
        await desk.subscribed.wait()
        await node.state.config.set("auth.totp_secret", pyotp.random_base32(), actor="test")
        await node.state.config.set("auth.totp_enabled", "true", actor="test")
        async with asyncio.timeout(30):  # without the check the stream beats forever: a guard, not a timing assertion
            rest = [line async for line in lines]  # the server ends the response itself
    assert "event: end" in rest and not any(line.startswith("id: ") for line in rest)
    assert (await client.get("/")).status_code == 302
    await client.aclose()

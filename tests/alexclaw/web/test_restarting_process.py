"""A handler whose process is away answers 503, never 500 (issue 27).

Found by the chaos suite: a config write landed while the settings actor
was being restarted, ``NoProcess`` escaped the handler, and the operator
got "internal error". Every route family that calls a process is taken
here with that process stopped (as between a kill and its restart): each
answers a 503 with ``Retry-After``, the database is not blamed, and the
same request succeeds once the process is back."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest

from actors import KILLED, CallTimeout, NoProcess, Process, ProcessExited
from alexclaw import ROOT_NAME, Node
from alexclaw.web._app import database_outage, process_away
from alexclaw.workflows import Step, Workflow, save_workflow
from supervisors import restart_child, terminate_child, which_children
from tests.alexclaw.web.conftest import HTML, login, page_csrf


async def a_workflow(node: Node) -> str:
    async with node.state.database.pool().acquire() as conn:
        workflow = Workflow(None, "while the manager is away", steps=(Step(0, "echo", config={"value": "a"}),))
        workflow_id = await save_workflow(conn, workflow, with_steps=True)
    return f"/workflows/{workflow_id}/run"


@dataclass(frozen=True)
class Family:
    """A route family, the process its handler calls (as a path of child
    ids from the root) and one request of it."""

    name: str
    process: tuple[str, ...]
    method: str
    path: Callable[[Node], Awaitable[str]] | str
    form: dict[str, str]


POLICY = {"name": "Slow", "rule_type": "rate_limit", "config": '{"max_calls": 5, "window_seconds": 60}'}
FAMILIES = [
    Family("a config write", ("config",), "POST", "/config/automation.screenshots_kept", {"value": "7"}),
    Family("a confirmation page", ("security", "challenges"), "GET", "/challenge/no-such-challenge", {}),
    Family("a workflow run", ("workflows", "manager"), "POST", a_workflow, {}),
    Family("a policy change", ("security", "policy_cache"), "POST", "/policies", POLICY),
    Family("clearing the logs", ("log_buffer",), "POST", "/logs/clear", {}),
]


def supervisor_of(path: tuple[str, ...]) -> Process | str:
    """The supervisor of the child at ``path`` (child ids from the root)."""
    supervisor: Process | str = ROOT_NAME
    for child_id in path[:-1]:
        (found,) = [c.process for c in which_children(supervisor) if c.id == child_id]
        assert found is not None
        supervisor = found
    return supervisor


async def send(client: Any, family: Family, path: str) -> Any:
    if family.method == "GET":
        return await client.get(path, headers=HTML)
    form = family.form | {"csrf_token": await page_csrf(client)}
    return await client.post(path, form=form, headers=HTML)


@pytest.mark.parametrize("family", FAMILIES, ids=[f.name for f in FAMILIES])
async def test_a_handler_whose_process_is_restarting_answers_503_to_retry_and_succeeds_once_it_is_back(
    client: Any, node: Node, family: Family
) -> None:
    await login(client)
    path = family.path if isinstance(family.path, str) else await family.path(node)
    supervisor = supervisor_of(family.process)
    await terminate_child(supervisor, family.process[-1])
    try:
        away = await send(client, family, path)
        page = await away.get_data(as_text=True)
        assert away.status_code == 503, page[:300]
        assert away.headers["Retry-After"] == "5"
        assert "A part of the node is restarting; try again in a few seconds" in page
        assert node.state.database.available  # a process away is not the database failing
    finally:
        await restart_child(supervisor, family.process[-1])
    again = await send(client, family, path)
    assert again.status_code < 500, (await again.get_data(as_text=True))[:300]


def test_every_way_a_call_meets_a_process_away_is_a_restart_and_none_is_a_database_outage() -> None:
    # A CallTimeout is a TimeoutError too: before, a slow process was
    # answered as the database failing, and every other request failed fast.
    for error in (NoProcess("gone"), ProcessExited("a process", KILLED), CallTimeout("no reply in 30 s")):
        assert process_away(error)
        assert not database_outage(error)
    assert not process_away(TimeoutError()) and database_outage(TimeoutError())
    assert not process_away(ValueError("a bug"))

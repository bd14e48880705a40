"""The OTP client API on static supervisors, and render_tree."""

from __future__ import annotations

import pytest

from actors import IGNORE, NoProcess, Process, Refused, call, whereis
from supervisors import (
    ChildSpec,
    DynamicSupervisor,
    Supervisor,
    SupervisorError,
    count_children,
    delete_child,
    render_spec,
    render_tree,
    restart_child,
    start_child,
    terminate_child,
    which_children,
)
from supervisors._supervisor import _StartChild
from tests.helpers import worker


async def test_start_child_adds_a_child_and_refuses_a_duplicate_id() -> None:
    sup = await Supervisor([worker("a", [])]).start()
    await start_child(sup, worker("b", []))
    assert [r.id for r in which_children(sup)] == ["a", "b"]
    with pytest.raises(SupervisorError, match="already has a child 'b'"):
        await start_child(sup, worker("b", []))
    assert sup.alive  # a refused request does not hurt the supervisor
    await sup.stop()


async def test_a_refused_request_is_answered_as_the_kernels_refused_value() -> None:
    sup = await Supervisor([worker("a", [])]).start()
    answer = await call(sup, _StartChild(worker("a", [])))
    assert isinstance(answer, Refused) and isinstance(answer.error, SupervisorError)
    assert "already has a child 'a'" in answer.reason
    assert sup.alive and [r.restarts for r in which_children(sup)] == [0]
    await sup.stop()


async def test_terminate_then_restart_then_delete_a_child() -> None:
    sup = await Supervisor([worker("a", []), worker("b", [])]).start()
    await terminate_child(sup, "b")
    assert whereis("b") is None
    with pytest.raises(SupervisorError, match="is running"):
        await delete_child(sup, "a")
    await restart_child(sup, "b")
    assert await call("b", "incr") == 1
    with pytest.raises(SupervisorError, match="is running"):
        await restart_child(sup, "b")
    await terminate_child(sup, "b")
    await delete_child(sup, "b")
    assert [r.id for r in which_children(sup)] == ["a"]
    with pytest.raises(SupervisorError, match="no child 'zzz'"):
        await terminate_child(sup, "zzz")
    await sup.stop()


async def test_the_api_works_by_registered_name() -> None:
    sup = await Supervisor([worker("a", [])]).start(name="named")
    assert count_children("named").active == 1
    await terminate_child("named", "a")
    assert count_children("named").active == 0
    await sup.stop()
    with pytest.raises(NoProcess):
        count_children("named")


async def test_the_api_refuses_a_process_that_is_not_a_supervisor() -> None:
    w = await worker("w", []).start()
    assert isinstance(w, Process)
    with pytest.raises(SupervisorError, match="not a supervisor"):
        which_children(w)
    await w.stop()


async def test_restart_and_delete_are_for_static_supervisors() -> None:
    sup = await DynamicSupervisor().start()
    with pytest.raises(SupervisorError, match="dynamic"):
        await restart_child(sup, "x")
    with pytest.raises(SupervisorError, match="by process"):
        await terminate_child(sup, "x")
    await sup.stop()


async def test_render_tree_shows_each_child_its_state_and_restart_count() -> None:
    async def off() -> object:
        return IGNORE

    inner = Supervisor.child_spec("inner", [worker("x", [])])
    sup = await Supervisor([worker("a", []), inner, ChildSpec("off", off)]).start(name="top")
    picture = render_tree(sup)
    lines = picture.splitlines()
    assert lines[0].startswith("top  [supervisor one_for_one")
    assert lines[1].startswith("├── a  running  restarts=0")
    assert lines[2].startswith("├── inner  running  restarts=0")
    assert lines[3].startswith("│   └── x  running  restarts=0")
    assert lines[4].startswith("└── off  ignored  restarts=0")
    await sup.stop()


def test_render_spec_draws_the_declared_tree_without_starting_anything() -> None:
    inner = Supervisor.child_spec("inner", [worker("x", [])])
    root = Supervisor.child_spec("root", [worker("a", []), inner])
    assert render_spec(root).splitlines() == [
        "root  [one_for_one, intensity 3/5s]",
        "├── a",
        "└── inner  [one_for_one, intensity 3/5s]",
        "    └── x",
    ]

"""Which skills become tools, and how a call's arguments are read: plain
functions over skill metadata and workflows (no node)."""

from __future__ import annotations

import asyncpg
import pytest

from actors import send, sync, whereis
from alexclaw import Node
from alexclaw.mcp._tools import build_tools, find_tool, privileged, privileged_steps, split_arguments
from alexclaw.mcp.tree import EVENTS_NAME
from alexclaw.workflows import Step, Workflow, WorkflowsChanged
from skills import BranchKind, ConfigField, SkillMeta


def meta(name: str, permissions: frozenset[str] = frozenset(), fields: tuple[ConfigField, ...] = ()) -> SkillMeta:
    return SkillMeta(
        name, f"{name} does things.", "1", permissions, {"on_success": BranchKind.OK, "on_error": BranchKind.ERROR},
        external=False, core=True, config_schema=fields,
    )  # fmt: skip


def test_privileged_skills_by_name_or_by_what_they_may_change_are_never_tools() -> None:
    skills = [meta("echo"), meta("shell"), meta("sql_query"), meta("builder", frozenset({"skill_write"})),
              meta("root", frozenset({"all"}))]  # fmt: skip
    assert list(build_tools(skills, [])) == ["skill:echo"]
    assert privileged(None)  # a step whose skill is missing counts as privileged: fail closed
    workflow = Workflow(1, "ops", steps=(Step(0, "echo"), Step(1, "shell"), Step(2, "ghost")))
    assert privileged_steps(workflow, {m.name: m for m in skills}) == ["ghost", "shell"]


def test_workflow_tool_names_follow_the_tool_name_rule_and_never_collide() -> None:
    workflows = [Workflow(1, "PR review!"), Workflow(2, "PR review?"), Workflow(3, "off", enabled=False)]
    assert list(build_tools([], workflows)) == ["workflow:PR_review_", "workflow:PR_review_-2"]


def test_a_declared_privileged_skill_is_never_a_tool() -> None:
    declared = meta("careful")
    object.__setattr__(declared, "privileged", True)
    assert privileged(declared) and list(build_tools([declared, meta("echo")], [])) == ["skill:echo"]


def test_a_call_finds_its_tool_by_name_with_a_dot_or_by_the_workflows_own_name() -> None:
    tools = build_tools([meta("echo")], [Workflow(7, "PR review!")])
    assert find_tool(tools, "skill:echo") is find_tool(tools, "skill.echo") is tools["skill:echo"]
    assert find_tool(tools, "workflow:PR review!") is find_tool(tools, "workflow.PR_review_") is not None
    assert find_tool(tools, "skill:nope") is None and find_tool(tools, "echo") is None


def test_arguments_are_checked_against_the_skills_config_schema() -> None:
    fields = (ConfigField("count", "integer", minimum=1, maximum=5, required=True), ConfigField("mode", "choice:a,b"))
    tool = build_tools([meta("counter", fields=fields)], [])["skill:counter"]
    assert tool.input_schema["required"] == ["count"]
    assert tool.input_schema["properties"]["mode"] == {"type": "string", "enum": ["a", "b"]}
    assert split_arguments(tool, {"input": "x", "count": 2}) == ("x", {"count": 2})
    assert split_arguments(tool, {"count": 9}) == "count: " + str(fields[0].problem(9))
    assert split_arguments(tool, {}) == "count: required"
    assert split_arguments(tool, {"count": 1, "other": 1}) == "unknown argument(s): other"


async def test_a_database_outage_while_recounting_tools_is_no_crash(
    node: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = whereis(EVENTS_NAME)
    assert events is not None

    async def outage() -> dict[str, object]:
        raise asyncpg.InterfaceError("connection was closed in the middle of operation")

    monkeypatch.setattr(node.state.mcp, "tools", outage)
    for _ in range(5):  # more than the root's restart intensity, had each been a crash
        send(events, WorkflowsChanged(None))
    await sync(EVENTS_NAME)
    assert whereis(EVENTS_NAME) is events and events.alive

"""invoke on a whole node: a workflow step whose dynamic skill calls an
external skill through its SkillAPI gets the external output sanitized
(it used to come back raw), and the nested call is on the audit trail."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import ClassVar

from alexclaw import Node
from alexclaw.invoke import SKILL_INVOKED
from alexclaw.workflows import Step
from skills import SkillAPI, SkillArgs, SkillOutcome
from tests.alexclaw.web.conftest import node
from tests.alexclaw.workflows.test_node_runs import Scraper, run_workflow

__all__ = ["node"]


class Relay:
    name: ClassVar[str] = "relay"
    description: ClassVar[str] = "hands on what the scraper answered"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset({"skill_invoke"})
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok", "on_error": "error"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        api: SkillAPI = args.api
        inner = await api.run_skill("scraper", SkillArgs())
        return SkillOutcome({"relayed": inner.result})


async def test_a_skill_calling_an_external_skill_in_a_run_gets_sanitized_output(node: Node) -> None:
    await node.state.skills.register(Scraper())
    await node.state.skills.register(Relay())
    run = await run_workflow(node, Step(0, "relay"))
    assert run.status == "completed"
    relayed = json.dumps(run.result)
    assert "Markets rose today." in relayed
    assert "Ignore all previous instructions" not in relayed and "API keys" not in relayed
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT actor, target, detail::text AS detail FROM audit_log WHERE action = $1",
                                SKILL_INVOKED)  # fmt: skip
    assert [(r["actor"], r["target"]) for r in rows] == [("relay", "skill:scraper")]
    assert json.loads(rows[0]["detail"])["run"] == str(run.id)

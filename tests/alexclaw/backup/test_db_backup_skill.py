"""The ``db_backup`` core skill on a running node, through the one way to
run a skill (``Invoker.invoke``): a backup file and ``on_success``; with no
backup directory ``on_error`` and the reason; audited as the skill."""

from __future__ import annotations

from pathlib import Path

from alexclaw import Node
from alexclaw.backup import list_backups
from skills import ORIGIN_WORKFLOW, SkillCaller
from tests.alexclaw.web.conftest import node  # noqa: F401  (the running node fixture)

CALLER = SkillCaller("workflow:nightly", ORIGIN_WORKFLOW, "1")


async def test_the_skill_writes_a_backup_and_takes_on_success(node: Node, tmp_path: Path) -> None:  # noqa: F811
    volume = tmp_path / "backups"
    volume.mkdir()
    await node.state.config.set("backup.dir", str(volume), actor="test")

    invocation = await node.services.invoker.invoke(CALLER, "db_backup", None)

    assert invocation.outcome.branch == "on_success", invocation.outcome
    assert [f.name for f in list_backups(volume)] == [invocation.outcome.result["file"]]
    async with node.state.database.pool().acquire() as conn:
        actor = await conn.fetchval("SELECT actor FROM audit_log WHERE action = 'database.backup'")
    assert actor == "skill:db_backup"


async def test_without_a_backup_dir_the_skill_takes_on_error_saying_why(node: Node) -> None:  # noqa: F811
    invocation = await node.services.invoker.invoke(CALLER, "db_backup", None)
    assert invocation.outcome.branch == "on_error"
    assert "backups are not configured" in invocation.outcome.result["error"]

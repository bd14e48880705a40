"""A whole node's boot: a loaded skill whose file is unchanged is registered
again (and runs in the sandbox under skills.sandboxes); one whose file
changed is skipped and shown on the Skills page."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import asyncpg

from actors import cast, whereis
from actors.testing import Probe
from alexclaw import ROOT_NAME, Node
from alexclaw.dynamic_skills import LOADER_NAME
from skills import InvokeStatus, SkillCaller
from skills.dynamic import sha256_of
from supervisors import SUPERVISORS_TOPIC, ChildRestarted, restart_child, terminate_child, which_children
from tests.alexclaw.test_database_outage import Waiting, storage_supervisor
from tests.alexclaw.web.conftest import HTML, make_settings
from tests.alexclaw.web.conftest import login as log_in


def skill(name: str, body: str = "str(args.input).upper()") -> bytes:
    return (
        "from alexclaw_sdk import Args, Outcome\n\n\n"
        f"class S:\n    name = '{name}'\n    version = '1.0.0'\n    description = 'd'\n"
        "    permissions = frozenset()\n    branches = {'on_success': 'ok'}\n    external = False\n\n"
        f"    async def run(self, args: Args) -> Outcome:\n        return Outcome({body})\n"
    ).encode()


async def test_boot_registers_the_unchanged_skill_and_skips_the_changed_one(database_url: str, tmp_path: Path) -> None:
    settings = make_settings(database_url, tmp_path)
    root = settings.skills_dir
    root.mkdir(parents=True)
    (root / "kept.py").write_bytes(skill("kept"))
    (root / "tampered.py").write_bytes(skill("tampered", "'evil'"))
    conn = await asyncpg.connect(database_url)
    try:
        for name, loaded in (("kept", skill("kept")), ("tampered", skill("tampered"))):
            await conn.execute(
                "INSERT INTO dynamic_skills (name, filename, sha256, version, loaded_by) VALUES ($1, $2, $3, "
                "'1.0.0', 'test')", name, f"{name}.py", sha256_of(loaded),
            )  # fmt: skip
    finally:
        await conn.close()
    node = Node(settings)
    await node.start()
    try:
        assert node.services.skills.get("tampered") is None
        invocation = await node.services.invoker.invoke(SkillCaller("web:admin", "web"), "kept", "hi", timeout=20)
        assert invocation.status is InvokeStatus.RAN and invocation.outcome.result == "HI"
        client = node.state.app.test_client()
        await log_in(client)
        page = await (await client.get("/skills", headers=HTML)).get_data(as_text=True)
        assert 'id="skipped-tampered"' in page and "changed since it was loaded" in page
    finally:
        await node.stop()


async def test_a_loader_restarted_while_the_database_is_away_waits_for_it(database_url: str, tmp_path: Path) -> None:
    # Found by the chaos suite: its restart failed at once during an outage,
    # three times in milliseconds, and the root gave up.
    waiting = Waiting()
    logger = logging.getLogger("alexclaw.storage")
    logger.addHandler(waiting)
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    node = Node(make_settings(database_url, tmp_path))
    await node.start()
    try:
        await terminate_child(storage_supervisor(), "database")
        loader = whereis(LOADER_NAME)
        assert loader is not None
        cast(LOADER_NAME, "not a message it knows")  # crashes it
        await loader.wait_exited()
        await asyncio.wait_for(waiting.event("dynamic skills").wait(), 30)
        await restart_child(storage_supervisor(), "database")
        event = await probe.receive(lambda m: isinstance(m, ChildRestarted) and m.child_id == "dynamic_skills", 30)
        assert event.restarts == 1
        assert {c.id: c.status for c in which_children(ROOT_NAME)}["dynamic_skills"] == "running"
    finally:
        await node.stop()
        await probe.stop()
        logger.removeHandler(waiting)

"""A whole node's boot: a loaded skill whose file is unchanged is registered
again (and runs in the sandbox under skills.sandboxes); one whose file
changed is skipped and shown on the Skills page."""

from __future__ import annotations

from pathlib import Path

import asyncpg

from alexclaw import Node
from skills import InvokeStatus, SkillCaller
from skills.dynamic import sha256_of
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

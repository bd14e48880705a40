"""Load, reload and unload of dynamic skills: only from the web, only with a
code, audited; the approved bytes are what runs (in the sandbox); boot
registers again only what is still contained and unchanged."""

from __future__ import annotations

import os
from typing import Any

from actors.testing import Probe
from alexclaw.dynamic_skills import NO_TWO_FACTOR, PENDING
from alexclaw.security import Acting, ChallengeView, Done, Invalid, NotAllowed
from gateways import ANNOUNCE_TOPIC, Announcement
from skills import SkillArgs
from tests.alexclaw.dynamic_skills.conftest import Node

WEB = Acting.web("127.0.0.1")


def source(version: str = "1.0.0", name: str = "shout", body: str = "str(args.input).upper()") -> bytes:
    return f'''
from alexclaw_sdk import Args, Outcome


class Shout:
    name = "{name}"
    version = "{version}"
    description = "shouts"
    permissions = frozenset()
    branches = {{"on_success": "ok", "on_error": "error"}}
    external = False

    async def run(self, args: Args) -> Outcome:
        return Outcome({body})
'''.encode()


async def approve(node: Node, answer: Any) -> str:
    """Answer the challenge with a fresh code; the parked action's message."""
    assert isinstance(answer, ChallengeView), answer
    passed = await node.challenges.answer(answer.id, node.next_code(), "web")
    assert passed.task is not None
    return str(await passed.task.join())


async def audit(node: Node, prefix: str = "skill.") -> list[tuple[str, str, str]]:
    async with node.database.pool().acquire() as conn:
        rows = await conn.fetch(
            "SELECT action, target, outcome FROM audit_log WHERE action LIKE $1 ORDER BY id", prefix + "%"
        )
    return [(r["action"], r["target"], r["outcome"]) for r in rows]


async def loaded(node: Node, data: bytes = b"", filename: str = "shout.py") -> None:
    assert isinstance(await node.operations.stage(WEB, filename, data or source()), Done)
    assert "is loaded" in await approve(node, await node.operations.load(WEB, filename))


async def test_a_staged_skill_loads_only_after_a_code_and_then_runs_in_the_sandbox(node: Node) -> None:
    staged = await node.operations.stage(WEB, "shout.py", source())
    assert isinstance(staged, Done) and staged.value.accepted
    assert node.skills.get("shout") is None  # staged is not loaded
    challenge = await node.operations.load(WEB, "shout.py")
    assert isinstance(challenge, ChallengeView) and node.skills.get("shout") is None
    assert await approve(node, challenge) == "shout 1.0.0 is loaded."
    registered = node.skills.get("shout")
    assert registered is not None and not registered.meta.core
    assert (await node.skills.execute("shout", SkillArgs("hi"), timeout=20)).result == "HI"
    assert (node.root / "shout.py").exists() and not (node.root / PENDING / "shout.py").exists()
    assert await audit(node) == [("skill.staged", "shout.py", "ok"), ("skill.loaded", "shout", "ok")]


async def test_load_reload_and_unload_are_refused_from_a_chat_and_the_command_line(node: Node) -> None:
    await node.operations.stage(WEB, "shout.py", source())
    for acting in (Acting.chat("telegram:1", "telegram"), Acting.cli("root")):
        assert isinstance(await node.operations.load(acting, "shout.py"), NotAllowed)
    await loaded(node, source("1.0.0"))
    await node.operations.stage(WEB, "shout.py", source("1.1.0"))
    for acting in (Acting.chat("telegram:1", "telegram"), Acting.cli("root")):
        assert isinstance(await node.operations.reload(acting, "shout.py"), NotAllowed)
        assert isinstance(await node.operations.unload(acting, "shout"), NotAllowed)
    assert [a for a in await audit(node, "privileged.") if a[2] == "denied"]


async def test_without_two_factor_nothing_is_loaded(node: Node) -> None:
    node.two_factor[0] = False
    await node.operations.stage(WEB, "shout.py", source())
    assert await node.operations.load(WEB, "shout.py") == Invalid.of(NO_TWO_FACTOR)
    assert node.skills.get("shout") is None


async def test_a_reload_needs_a_higher_version_and_gets_a_fresh_breaker(node: Node) -> None:
    await loaded(node, source("1.0.0"))
    first = node.skills.get("shout")
    await node.operations.stage(WEB, "shout.py", source("1.0.0", body="'same'"))
    refused = await node.operations.reload(WEB, "shout.py")
    assert isinstance(refused, Invalid) and "is not above the loaded 1.0.0" in refused.message()
    await node.operations.stage(WEB, "shout.py", source("1.1.0", body="'new'"))
    assert await approve(node, await node.operations.reload(WEB, "shout.py")) == "shout 1.1.0 is loaded."
    second = node.skills.get("shout")
    assert first is not None and second is not None and second.breaker is not first.breaker
    assert (await node.skills.execute("shout", SkillArgs(), timeout=20)).result == "new"


async def test_unload_removes_the_skill_and_its_breaker_and_keeps_the_file(node: Node) -> None:
    await loaded(node)
    assert "unloaded" in await approve(node, await node.operations.unload(WEB, "shout"))
    assert node.skills.get("shout") is None
    assert (node.root / PENDING / "shout.py").exists() and not (node.root / "shout.py").exists()


async def test_a_core_skill_can_be_neither_replaced_nor_unloaded(node: Node) -> None:
    await node.operations.stage(WEB, "echo.py", source(name="echo"))
    refused = await node.operations.load(WEB, "echo.py")
    assert isinstance(refused, Invalid) and "core skill" in refused.message()
    assert isinstance(await node.operations.unload(WEB, "echo"), Invalid)
    registered = node.skills.get("echo")
    assert registered is not None and registered.meta.core


async def test_a_staged_file_changed_while_its_challenge_waited_is_not_loaded(node: Node) -> None:
    await node.operations.stage(WEB, "shout.py", source())
    challenge = await node.operations.load(WEB, "shout.py")
    (node.root / PENDING / "shout.py").write_bytes(source(body="'swapped'"))
    assert "changed after the code was asked for" in await approve(node, challenge)
    assert node.skills.get("shout") is None


async def test_an_upload_over_one_megabyte_or_with_a_bad_name_is_refused(node: Node) -> None:
    assert isinstance(await node.operations.stage(WEB, "big.py", b"#" * (1024 * 1024 + 1)), Invalid)
    assert isinstance(await node.operations.stage(WEB, "../escape.py", source()), Invalid)


async def test_at_boot_a_changed_or_escaped_file_is_skipped_audited_and_announced(node: Node) -> None:
    await loaded(node, source(name="shout"), "shout.py")
    await loaded(node, source(name="calm"), "calm.py")
    await loaded(node, source(name="kept"), "kept.py")
    await node.skills.unregister("shout")
    await node.skills.unregister("calm")
    await node.skills.unregister("kept")
    (node.root / "shout.py").write_bytes(source(name="shout", body="'tampered'"))
    outside = node.root.parent / "calm.py"
    os.replace(node.root / "calm.py", outside)
    (node.root / "calm.py").symlink_to(outside)
    probe = await Probe().start()
    probe.listen(ANNOUNCE_TOPIC)
    skipped = await node.operations.verify_at_boot()
    assert {(s.name, "SHA-256" in s.reason or "symbolic link" in s.reason) for s in skipped} == {
        ("shout", True),
        ("calm", True),
    }
    assert node.skills.get("kept") is not None and node.skills.get("shout") is None
    assert node.operations.skipped.read() == skipped
    said = [await probe.receive(Announcement), await probe.receive(Announcement)]
    assert all("was not loaded" in a.text for a in said)
    assert [a for a in await audit(node) if a[0] == "skill.skipped_at_boot"] == [
        ("skill.skipped_at_boot", "calm", "denied"),
        ("skill.skipped_at_boot", "shout", "denied"),
    ]
    await probe.stop()

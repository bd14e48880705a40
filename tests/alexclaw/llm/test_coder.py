"""The coder in a whole node against the fake providers: broken code first
(refused by the checks, kept), then working code (checked, tried in the
sandbox, staged in pending/) — never loaded; the retry carries the error;
and the optional disabled "Auto:" workflow."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from alexclaw import Node
from alexclaw.dynamic_skills import GENERATED, PENDING
from alexclaw.llm import add_provider, build_provider, reload_providers
from alexclaw.workflows import list_workflows
from skills import InvokeStatus, SkillCaller
from tests.alexclaw.web.conftest import make_settings
from tests.fake_providers import FakeProviders, Script

BROKEN = "Here it is:\n```python\nimport os\n\nclass Shout:\n    pass\n```\n"
WORKING = """Fixed:
```python
from alexclaw_sdk import Args, Outcome


class Shout:
    name = "shout"
    version = "1.0.0"
    description = "shouts its input"
    permissions = frozenset()
    branches = {"on_success": "ok", "on_error": "error"}
    external = False

    async def run(self, args: Args) -> Outcome:
        return Outcome(str(args.input).upper())
```
"""


@pytest.fixture
async def node(database_url: str, tmp_path: Path, fake: FakeProviders) -> AsyncIterator[Node]:
    started = Node(make_settings(database_url, tmp_path))
    await started.start()
    async with started.state.database.pool().acquire() as conn:
        provider = build_provider(
            "box", kind="ollama", model="coder-model", tier="local", base_url=fake.base("ollama"), allow_private=True
        )
        await add_provider(conn, provider, actor="cli:test")
    await reload_providers()
    yield started
    await started.stop()


def said(fake: FakeProviders, n: int) -> str:
    return "\n".join(m["content"] for m in fake.seen[n].body["messages"])


async def test_broken_then_working_code_is_staged_never_loaded_and_every_file_is_kept(
    node: Node, fake: FakeProviders
) -> None:
    fake.script(Script(deltas=[BROKEN]), Script(deltas=[WORKING]))
    invocation = await node.services.invoker.invoke(SkillCaller("web:admin", "web"), "coder", "shout the input")
    assert invocation.status is InvokeStatus.RAN and invocation.outcome.branch == "on_created"
    result = invocation.outcome.result
    assert result["skill"] == "shout" and len(result["attempts"]) == 2
    assert "refused by the checks" in result["attempts"][0]["error"] and result["attempts"][1]["error"] is None
    assert fake.seen[0].body["model"] == "coder-model"  # the local tier
    assert "Your previous file failed" in said(fake, 1) and "module 'os' is not on the allowlist" in said(fake, 1)
    root = node.settings.skills_dir
    assert (root / PENDING / "shout.py").read_text().startswith("from alexclaw_sdk import")
    assert len(list((root / GENERATED).iterdir())) == 2  # the broken attempt too
    assert node.services.skills.get("shout") is None  # staged, not loaded: that takes a code


async def test_the_coder_gives_up_after_its_attempts_with_the_last_error(node: Node, fake: FakeProviders) -> None:
    fake.script(Script(deltas=[BROKEN]), Script(deltas=[BROKEN]))
    invocation = await node.services.invoker.invoke(
        SkillCaller("web:admin", "web"), "coder", "shout", config={"attempts": 2}
    )
    assert invocation.outcome.branch == "on_error" and "no working skill after 2 attempts" in invocation.reason
    assert not (node.settings.skills_dir / PENDING / "shout.py").exists()


async def test_the_coder_can_create_a_disabled_auto_workflow(node: Node, fake: FakeProviders) -> None:
    fake.script(Script(deltas=[WORKING]))
    invocation = await node.services.invoker.invoke(
        SkillCaller("web:admin", "web"), "coder", "shout", config={"workflow": True}
    )
    assert invocation.outcome.branch == "on_workflow_created"
    async with node.state.database.pool().acquire() as conn:
        workflows = [w for w in await list_workflows(conn) if w.name == "Auto: shout"]
    assert len(workflows) == 1 and not workflows[0].enabled

"""The Skills page's dynamic skills, on a started node: an upload is staged,
not loaded; a load waits for a code, then the skill runs in the sandbox
through the node's invoker (policy, token, breaker); unload waits for a
code too; a hostile upload shows its problems and offers no load."""

from __future__ import annotations

import io
from typing import Any

from werkzeug.datastructures import FileStorage

from alexclaw import Node
from skills import InvokeStatus, SkillCaller
from tests.alexclaw.web.conftest import HTML, login, page_csrf
from tests.alexclaw.web.test_pages import enable_totp, next_code, post, text_of

SHOUT = b"""
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
"""


async def upload(client: Any, filename: str, data: bytes) -> Any:
    token = await page_csrf(client, "/skills")
    file = FileStorage(io.BytesIO(data), filename=filename, content_type="text/x-python")
    return await client.post("/skills/upload", form={"csrf_token": token}, files={"file": file}, headers=HTML)


async def test_an_uploaded_skill_is_loaded_with_a_code_and_runs_in_the_sandbox(client: Any, node: Node) -> None:
    await login(client)
    totp = await enable_totp(client)
    assert (await upload(client, "shout.py", SHOUT)).status_code == 302
    page = await text_of(client, "/skills")
    assert 'id="pending-shout.py"' in page and 'id="load-shout.py"' in page
    assert node.services.skills.get("shout") is None
    parked = await post(client, "/skills/pending/shout.py/load", {}, "/skills")
    location = parked.headers["Location"]
    assert location.startswith("/challenge/") and node.services.skills.get("shout") is None
    await post(client, location.split("?")[0], {"code": next_code(totp)}, location)
    invocation = await node.services.invoker.invoke(SkillCaller("web:admin", "web"), "shout", "hi", timeout=20)
    assert invocation.status is InvokeStatus.RAN and invocation.outcome.result == "HI"
    unload = await post(client, "/skills/shout/unload", {}, "/skills")
    assert unload.headers["Location"].startswith("/challenge/")
    assert node.services.skills.get("shout") is not None  # not without its own code


async def test_a_hostile_upload_lists_its_problems_and_offers_no_load(client: Any, node: Node) -> None:
    await login(client)
    await upload(client, "evil.py", b"import os as o\n" + SHOUT)
    page = await text_of(client, "/skills")
    assert "[import] module &#39;os&#39; is not on the allowlist" in page
    assert 'id="load-evil.py"' not in page


async def test_the_forge_page_shows_every_generated_file_and_a_failed_goal_says_why(client: Any, node: Node) -> None:
    await login(client)
    generated = node.settings.skills_dir / "generated"
    generated.mkdir(parents=True)
    (generated / "20261203T000000-shout_attempt1.py").write_text("import os  # refused\n")
    page = await text_of(client, "/forge")
    assert 'id="generated-20261203T000000-shout_attempt1.py"' in page and "import os  # refused" in page
    response = await post(client, "/forge", {"goal": "shout the input"}, "/forge")
    assert response.status_code == 302
    assert "The coder did not succeed: no answer from the model" in await text_of(client, "/forge")

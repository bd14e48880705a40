"""/mcp end to end: the official MCP client (on asyncio and on trio) talks
to a whole node over HTTP on 127.0.0.1 — initialize, tools, calls through
the one pipeline, every resource template, redaction, the tool list
following the workflow store live."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any, ClassVar

import pyotp
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError
from mcp_types import TextResourceContents

from actors.testing import Probe
from alexclaw import Node
from alexclaw.memory import add_memory, ingest_document, text_document
from alexclaw.security import POLICIES_TOPIC, PoliciesReloaded, host_approval, save_policy
from alexclaw.workflows import Resource, Step, Workflow, save_resource, save_workflow
from skills import SkillArgs, SkillOutcome
from tests.alexclaw.mcp.conftest import add_key, now, on_backend

SECRET = "proxy-key-" + "p" * 30


class Shell:
    """A privileged skill by name: never an MCP tool."""

    name: ClassVar[str] = "shell"
    description: ClassVar[str] = "runs commands"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok", "on_error": "error"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        return SkillOutcome("ran a command")


async def save(node: Node, workflow: Workflow) -> int:
    async with node.state.database.pool().acquire() as conn:
        approval = host_approval("workflow.import", "test") if workflow.requires_2fa else None
        return await save_workflow(conn, workflow, with_steps=True, approval=approval)


async def read_json(client: Client, uri: str) -> Any:
    [content] = (await client.read_resource(uri)).contents
    assert isinstance(content, TextResourceContents)
    return json.loads(content.text)


def payload(result: Any) -> Any:
    return json.loads(result.content[0].text)


async def test_initialize_names_the_server_and_offers_tools_and_resources(node: Node, url: str, backend: str) -> None:
    _, token = await add_key(node)

    async def scenario(client: Client) -> Any:
        return client.server_info, client.server_capabilities

    info, capabilities = await on_backend(backend, url, token, scenario)
    assert info is not None and info.name == "alexclaw"
    assert capabilities.tools is not None and capabilities.resources is not None


async def test_tools_are_the_non_privileged_skills_and_the_enabled_workflows(
    node: Node, url: str, backend: str
) -> None:
    await node.state.skills.register(Shell())
    await save(node, Workflow(None, "daily digest", description="Digest the day.", steps=(Step(0, "echo"),)))
    await save(node, Workflow(None, "off", enabled=False, steps=(Step(0, "echo"),)))
    _, token = await add_key(node)

    async def scenario(client: Client) -> Any:
        return {t.name: t for t in (await client.list_tools()).tools}

    tools = await on_backend(backend, url, token, scenario)
    assert "skill:echo" in tools and "workflow:daily_digest" in tools
    assert "skill:shell" not in tools and "workflow:off" not in tools
    echo = tools["skill:echo"]
    assert echo.input_schema["type"] == "object" and "input" in echo.input_schema["properties"]
    assert "on_success (ok)" in (echo.description or "")  # the branches are named
    assert "Steps: echo" in (tools["workflow:daily_digest"].description or "")


async def test_a_skill_tool_runs_through_the_invoker_and_is_audited(node: Node, url: str, backend: str) -> None:
    _, token = await add_key(node)

    async def scenario(client: Client) -> Any:
        return await client.call_tool("skill:echo", {"input": {"hello": "world"}})

    result = await on_backend(backend, url, token, scenario)
    assert not result.is_error
    assert payload(result) == {"status": "ran", "branch": "on_success", "result": {"hello": "world"}}
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT actor, action, target, outcome, detail FROM audit_log ORDER BY id")
    called = [r for r in rows if r["action"] == "mcp.called"]
    assert [(r["actor"], r["target"], r["outcome"]) for r in called] == [("mcp:claude", "mcp:skill:echo", "ok")]
    invoked = [r for r in rows if r["action"] == "skill.invoked"]
    assert json.loads(invoked[-1]["detail"])["origin"] == "mcp"


async def test_a_workflow_tool_returns_the_finished_run(node: Node, url: str, backend: str) -> None:
    await save(node, Workflow(None, "greet", steps=(Step(0, "echo"),)))
    _, token = await add_key(node)

    async def scenario(client: Client) -> Any:
        return await client.call_tool("workflow:greet", {"input": "hi"})

    result = await on_backend(backend, url, token, scenario)
    answer = payload(result)
    assert not result.is_error
    assert answer["status"] == "completed" and answer["result"] == "hi" and isinstance(answer["run_id"], int)
    async with node.state.database.pool().acquire() as conn:
        origin = await conn.fetchval(
            "SELECT detail->>'origin' FROM audit_log WHERE action = 'workflow.run_started' ORDER BY id DESC LIMIT 1"
        )
    assert origin == "mcp"


async def test_mcp_restriction_denies_a_tool_by_its_exact_name_and_the_deny_is_audited(
    node: Node, url: str, backend: str
) -> None:
    probe = await Probe().listen(POLICIES_TOPIC).start()
    async with node.state.database.pool().acquire() as conn:
        await save_policy(
            conn, name="no echo over mcp", rule_type="mcp_restriction", config={"tool": "skill:echo"}, priority=5,
            actor="test",
        )  # fmt: skip
    await probe.receive(lambda m: isinstance(m, PoliciesReloaded) and len(node.state.policies.read()) == 1)
    await probe.stop()
    _, token = await add_key(node)

    async def scenario(client: Client) -> Any:
        return await client.call_tool("skill:echo", {"input": 1}), await client.call_tool("skill:template", {})

    denied, other = await on_backend(backend, url, token, scenario)
    assert denied.is_error and payload(denied)["status"] == "denied"
    assert "restricted" in payload(denied)["result"]["error"]
    assert payload(other)["status"] == "ran"  # exact: skill:template is not skill:echo
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT actor, action, target, outcome, detail FROM audit_log ORDER BY id")
    assert ("mcp:claude", "mcp.called", "mcp:skill:echo", "denied") in [
        (r["actor"], r["action"], r["target"], r["outcome"]) for r in rows
    ]
    decisions = [json.loads(r["detail"]) for r in rows if r["outcome"] == "denied" and r["action"] != "mcp.called"]
    assert any(d.get("caller_type") == "mcp" for d in decisions)


async def test_a_2fa_workflow_is_refused_plainly_while_2fa_is_off(node: Node, url: str) -> None:
    await save(node, Workflow(None, "guarded", metadata={"requires_2fa": True}, steps=(Step(0, "echo"),)))
    _, token = await add_key(node)

    async def scenario(client: Client) -> Any:
        return await client.call_tool("workflow:guarded", {})

    result = await on_backend("asyncio", url, token, scenario)
    assert result.is_error and "2FA is not set up" in payload(result)["error"]
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflow_runs") == 0


async def test_a_2fa_workflow_or_one_with_a_privileged_step_sends_a_challenge_and_does_not_start(
    node: Node, url: str, backend: str
) -> None:
    await node.state.skills.register(Shell())
    await node.state.config.set("auth.totp_secret", pyotp.random_base32(), actor="test")
    await node.state.config.set("auth.totp_enabled", "true", actor="test")
    await save(node, Workflow(None, "guarded", metadata={"requires_2fa": True}, steps=(Step(0, "echo"),)))
    await save(node, Workflow(None, "ops", steps=(Step(0, "shell"),)))
    _, token = await add_key(node)

    async def scenario(client: Client) -> Any:
        return await client.call_tool("workflow:guarded", {}), await client.call_tool("workflow:ops", {})

    guarded, ops = await on_backend(backend, url, token, scenario)
    for result in (guarded, ops):
        assert result.is_error and payload(result)["status"] == "needs_2fa"
        assert "2FA challenge was sent to the operator's chats" in payload(result)["error"]
    assert "shell" in payload(ops)["error"]
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflow_runs") == 0
    for result in (guarded, ops):
        challenge = await node.state.challenges.get(payload(result)["challenge"])
        assert challenge is not None and challenge.origin == "mcp" and challenge.action == "workflow.run"


async def test_tools_list_changed_reaches_a_listening_client_when_a_workflow_is_created(
    node: Node, url: str, backend: str
) -> None:
    _, token = await add_key(node)
    loop = asyncio.get_running_loop()
    listening = asyncio.Event()

    async def scenario(client: Client) -> Any:
        before = {t.name for t in (await client.list_tools()).tools}
        async with client.listen(tools_list_changed=True) as events:
            loop.call_soon_threadsafe(listening.set)  # the client may be on trio, in another thread
            event = await anext(aiter(events))
        after = {t.name for t in (await client.list_tools(cache_mode="refresh")).tools}
        return before, type(event).__name__, after

    async def create_once_listening() -> None:
        await listening.wait()
        await save(node, Workflow(None, "fresh", steps=(Step(0, "echo"),)))

    (before, kind, after), _ = await asyncio.gather(on_backend(backend, url, token, scenario), create_once_listening())
    assert "workflow:fresh" not in before
    assert kind == "ToolsListChanged"
    assert "workflow:fresh" in after


async def test_every_resource_template_reads_and_secrets_are_redacted_in_list_and_single_read(
    node: Node, url: str, backend: str
) -> None:
    await node.state.config.set("shield.proxy_api_key", SECRET, actor="test")
    workflow_id = await save(node, Workflow(None, "greet", steps=(Step(0, "echo"),)))
    async with node.state.database.pool().acquire() as conn:
        resource_id = await save_resource(conn, Resource(None, "feed", "rss_feed", url="https://example.com/feed"))
        memory_id = await add_memory(conn, "news", "The otter festival is on Sunday", now=now())
        document_id, _ = await ingest_document(conn, text_document("Otters hold hands while sleeping.", "notes"))
    _, token = await add_key(node)

    async def scenario(client: Client) -> Any:
        templates = [t.uri_template for t in (await client.list_resource_templates()).resource_templates]
        await client.call_tool("workflow:greet", {"input": "hi"})
        read = {}
        for uri in (
            f"alexclaw://resources/{resource_id}", f"alexclaw://memory/{memory_id}",
            f"alexclaw://knowledge/{document_id}", f"alexclaw://workflows/{workflow_id}", "alexclaw://runs/list",
            "alexclaw://config/shield.proxy_api_key", "alexclaw://config/list", "alexclaw://memory/search:otter",
            "alexclaw://knowledge/search:otters", "alexclaw://workflows/list",
        ):  # fmt: skip
            read[uri] = await read_json(client, uri)
        return templates, read

    templates, read = await on_backend(backend, url, token, scenario)
    assert len(templates) == 6 and "alexclaw://config/{key}" in templates
    assert read[f"alexclaw://resources/{resource_id}"]["url"] == "https://example.com/feed"
    assert "otter festival" in read[f"alexclaw://memory/{memory_id}"]["content"]
    assert read[f"alexclaw://knowledge/{document_id}"]["chunks"] == ["Otters hold hands while sleeping."]
    assert read[f"alexclaw://workflows/{workflow_id}"]["steps"][0]["skill"] == "echo"
    [run] = read["alexclaw://runs/list"]
    assert run["status"] == "completed" and run["steps"][0]["branch"] == "on_success"
    assert "result" not in run and "output" not in run["steps"][0]  # metadata only without the outputs scope
    assert read["alexclaw://config/shield.proxy_api_key"]["value"] == "[REDACTED]"
    listed = {s["key"]: s["value"] for s in read["alexclaw://config/list"]}
    assert listed["shield.proxy_api_key"] == "[REDACTED]"
    assert SECRET not in json.dumps(read)
    assert read["alexclaw://memory/search:otter"][0]["id"] == memory_id
    assert read["alexclaw://knowledge/search:otters"]
    assert [w["name"] for w in read["alexclaw://workflows/list"]] == ["greet"]


async def test_a_key_with_the_outputs_scope_reads_a_runs_outputs(node: Node, url: str) -> None:
    await save(node, Workflow(None, "greet", steps=(Step(0, "echo"),)))
    _, token = await add_key(node, scopes=frozenset({"tools", "resources", "outputs"}))

    async def scenario(client: Client) -> Any:
        run_id = payload(await client.call_tool("workflow:greet", {"input": "hi"}))["run_id"]
        return await read_json(client, f"alexclaw://runs/{run_id}")

    run = await on_backend("asyncio", url, token, scenario)
    assert run["result"] == "hi" and run["steps"][0]["output"] == "hi"


async def test_unknown_tools_bad_arguments_and_missing_resources_are_mcp_errors(
    node: Node, url: str, backend: str
) -> None:
    _, token = await add_key(node)

    async def scenario(client: Client) -> list[str]:
        messages = []
        for call in (
            lambda: client.call_tool("skill:nope", {}),
            lambda: client.call_tool("skill:echo", {"input": 1, "surprise": True}),
            lambda: client.read_resource("alexclaw://runs/999999"),
            lambda: client.read_resource("alexclaw://runs/abc"),
            lambda: client.read_resource("https://example.com/"),
        ):
            try:
                await call()
            except MCPError as exc:
                messages.append(exc.message)
        return messages

    messages = await on_backend(backend, url, token, scenario)
    assert len(messages) == 5
    assert "unknown tool" in messages[0] and "surprise" in messages[1] and "no run 999999" in messages[2]


async def test_a_key_without_the_tools_scope_cannot_call(node: Node, url: str) -> None:
    _, token = await add_key(node, scopes=frozenset({"resources"}))

    async def scenario(client: Client) -> str:
        with pytest.raises(MCPError) as raised:
            await client.list_tools()
        return raised.value.message

    assert "tools scope" in await on_backend("asyncio", url, token, scenario)

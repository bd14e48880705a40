"""Every field that accepts JSON from outside, as a class: web forms (policy
config, resource metadata, step config, a json-typed setting), the import
(pasted and uploaded), the shield proxy and the Telegram webhook over real
HTTP, and the CLI (workflow import, config set). A 10,000-deep document,
NaN/Infinity and a NUL inside a string are each a 400 with the reason (exit
1 on the command line), never a 500, and the node still answers after."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from werkzeug.datastructures import FileStorage

from actors import whereis
from alexclaw import Node
from alexclaw.config import ValueType
from alexclaw.inputs import MAX_JSON_DEPTH
from alexclaw.web import WEB_NAME, WebEndpoint
from tests.alexclaw.test_cli import node_env
from tests.alexclaw.web.conftest import HTML, login, page_csrf
from tests.fake_llm import FakeLLM

PROXY_KEY = "proxy-key-" + "p" * 30
DEEP_OBJECTS = '{"a":' * 10_000 + "1" + "}" * 10_000
DEEP_LISTS = '{"a":' + "[" * 10_000 + "]" * 10_000 + "}"
DOCUMENTS = {
    "10,000 objects deep": (DEEP_OBJECTS, f"nested deeper than {MAX_JSON_DEPTH} levels"),
    "10,000 lists deep": (DEEP_LISTS, f"nested deeper than {MAX_JSON_DEPTH} levels"),
    "NaN": ('{"model": "m", "temperature": NaN}', "NaN is not a number JSON allows"),
    "Infinity": ('{"model": "m", "top_p": -Infinity}', "-Infinity is not a number JSON allows"),
    "a NUL in a string": ('{"model": "m\\u0000x"}', ".model: contains a NUL character"),
}


@dataclass
class Target:
    node: Node
    client: Any
    http: httpx.AsyncClient
    llm: FakeLLM
    workflow_id: int


Sender = Callable[[Target, str], Awaitable[tuple[int, str]]]


@pytest.fixture
async def target(node: Node, client: Any) -> AsyncIterator[Target]:
    async with FakeLLM() as llm:
        await node.state.config.set("shield.proxy_api_key", PROXY_KEY, actor="test")
        await node.state.config.set("shield.proxy_upstream_url", llm.base_url, actor="test")
        await node.state.config.set("custom.rules", "{}", actor="test", value_type=ValueType.JSON)
        await login(client)
        token = await page_csrf(client)
        created = await client.post("/workflows", form={"name": "Deep", "csrf_token": token}, headers=HTML)
        workflow_id = int(created.headers["Location"].rsplit("/", 1)[1])
        web = whereis(WEB_NAME)
        assert isinstance(web, WebEndpoint)
        async with httpx.AsyncClient(base_url=web.url, timeout=30) as http:
            yield Target(node, client, http, llm, workflow_id)


async def form_post(target: Target, path: str, form: dict[str, str]) -> tuple[int, str]:
    token = await page_csrf(target.client)
    response = await target.client.post(path, form={**form, "csrf_token": token}, headers=HTML)
    return response.status_code, str(await response.get_data(as_text=True))


async def policy_config(target: Target, doc: str) -> tuple[int, str]:
    return await form_post(target, "/policies", {"name": "p", "rule_type": "rate_limit", "config": doc})


async def resource_metadata(target: Target, doc: str) -> tuple[int, str]:
    return await form_post(target, "/resources", {"name": "r", "type": "document", "metadata": doc})


async def step_config(target: Target, doc: str) -> tuple[int, str]:
    return await form_post(target, f"/workflows/{target.workflow_id}/steps", {"skill": "echo", "extra_config": doc})


async def json_setting(target: Target, doc: str) -> tuple[int, str]:
    return await form_post(target, "/config/custom.rules", {"value": doc})


async def pasted_import(target: Target, doc: str) -> tuple[int, str]:
    return await form_post(target, "/workflows/import", {"document": doc})


async def uploaded_import(target: Target, doc: str) -> tuple[int, str]:
    token = await page_csrf(target.client)
    upload = FileStorage(io.BytesIO(doc.encode()), filename="deep.json", content_type="application/json")
    response = await target.client.post(
        "/workflows/import", form={"csrf_token": token}, files={"file": upload}, headers=HTML
    )
    return response.status_code, str(await response.get_data(as_text=True))


async def proxy_body(target: Target, doc: str) -> tuple[int, str]:
    headers = {"Authorization": f"Bearer {PROXY_KEY}", "Content-Type": "application/json"}
    response = await target.http.post("/v1/chat/completions", content=doc.encode(), headers=headers)
    if response.status_code == 400:
        assert response.json()["error"]["code"] == "invalid_json"
    return response.status_code, response.text


async def telegram_webhook(target: Target, doc: str) -> tuple[int, str]:
    headers = {"X-Telegram-Bot-Api-Secret-Token": "whatever", "Content-Type": "application/json"}
    response = await target.http.post("/webhooks/telegram", content=doc.encode(), headers=headers)
    return response.status_code, response.text


FIELDS: dict[str, Sender] = {
    "policy config": policy_config,
    "resource metadata": resource_metadata,
    "step config": step_config,
    "json setting": json_setting,
    "pasted import": pasted_import,
    "uploaded import": uploaded_import,
    "shield proxy body": proxy_body,
    "telegram webhook": telegram_webhook,
}


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("field", FIELDS)
async def test_every_json_field_refuses_a_bad_document_with_a_400_and_the_node_answers_after(
    target: Target, field: str, document: str
) -> None:
    doc, reason = DOCUMENTS[document]
    status, body = await FIELDS[field](target, doc)
    assert status == 400, f"{field}: {status} {body[:400]}"
    assert reason.lower() in body.lower(), f"{field}: {body[:2000]}"
    assert target.llm.received == []  # nothing reached the model
    assert (await target.http.get("/healthz")).status_code == 200
    assert (await target.http.get("/readyz")).status_code == 200
    assert (await target.client.get("/workflows", headers=HTML)).status_code == 200


async def test_a_proxy_body_within_the_limits_is_still_forwarded(target: Target) -> None:
    doc = '{"model": "m", "messages": [{"role": "user", "content": "hello\\tthere"}], "temperature": 0.5}'
    status, body = await proxy_body(target, doc)
    assert status == 200, body
    (sent,) = target.llm.received
    assert sent.body["temperature"] == 0.5


async def test_an_upstream_answer_with_nan_is_a_502_not_passed_on(target: Target) -> None:
    target.llm.reply({"choices": [], "usage": {"total_tokens": float("nan")}})  # json.dumps writes NaN
    doc = '{"model": "m", "messages": [{"role": "user", "content": "hi"}]}'
    status, body = await proxy_body(target, doc)
    assert status == 502 and "NaN is not a number JSON allows" in body


def alexclaw(args: list[str], env: dict[str, str], cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alexclaw", *args],
        env=env, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=90, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (DEEP_OBJECTS, f"alexclaw: stdin is nested deeper than {MAX_JSON_DEPTH} levels"),
        ('{"version": 1, "x": NaN}', "alexclaw: stdin is not valid JSON: NaN is not a number JSON allows"),
        (
            '{"version": 1, "workflow": {"name": "a\\u0000b"}}',
            "alexclaw: stdin: document.workflow.name: contains a NUL character",
        ),
    ],
    ids=["deep", "NaN", "NUL"],
)
def test_the_cli_import_refuses_a_bad_document_with_the_reason_and_exit_1(
    database_url: str, tmp_path: Path, document: str, reason: str
) -> None:
    result = alexclaw(["workflow", "import", "-"], node_env(tmp_path, DATABASE_URL=database_url), tmp_path, document)
    assert result.returncode == 1 and result.stderr.strip() == reason, result.stderr


def test_the_cli_refuses_a_deep_document_for_a_json_setting_with_the_reason_and_exit_1(
    database_url: str, tmp_path: Path
) -> None:
    env = node_env(tmp_path, DATABASE_URL=database_url)
    result = alexclaw(["config", "set", "custom.deep", DEEP_OBJECTS, "--type", "json"], env, tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == (
        f"alexclaw: custom.deep is a JSON setting; value: nested deeper than {MAX_JSON_DEPTH} levels"
    )
    assert "Traceback" not in result.stderr

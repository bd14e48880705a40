"""``api_request`` against an API on loopback: methods, interpolation,
JSON decoded, an ``api`` resource's base URL and stored operations, and
every status class and failure on its own branch."""

from __future__ import annotations

import json
from typing import Any

import pytest

from alexclaw.security import SecretBox
from alexclaw.workflows import Resource, save_resource, set_credential
from skills import InvokeStatus
from tests.fake_web import API_TOKEN
from tests.skills.web.conftest import KEY, Node


def api(node: Node, **metadata: Any) -> dict[str, Any]:
    return {"name": "shop", "type": "api", "url": node.base + "/api", "metadata": metadata, "role": "input"}


async def test_a_get_with_the_input_in_the_url_answers_decoded_json_on_2xx(node: Node) -> None:
    invocation = await node.step("api_request", "blue shoes", url=node.base + "/api/items/{input_encoded}")
    assert (invocation.status, invocation.outcome.branch) == (InvokeStatus.RAN, "on_2xx")
    assert invocation.outcome.result == {"name": "blue shoes", "price": 3}


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
async def test_a_write_sends_the_interpolated_body_as_json(node: Node, method: str) -> None:
    invocation = await node.step(
        "api_request", "tea", method=method, url=node.base + "/api/echo", body='{"order": "{input}"}'
    )
    assert invocation.outcome.branch == "on_2xx"
    assert json.loads(invocation.outcome.result["got"]) == {"order": "tea"}  # the echo, decoded
    (sent,) = node.web.seen
    assert (sent["method"], sent["headers"]["content-type"]) == (method, "application/json")
    assert json.loads(sent["body"]) == {"order": "tea"}


async def test_other_methods_are_refused_before_anything_is_sent(node: Node) -> None:
    invocation = await node.step("api_request", method="TRACE", url=node.base + "/api/echo")
    assert invocation.outcome.branch == "on_error" and "TRACE is not allowed" in invocation.reason
    assert node.web.seen == []


async def test_an_api_resource_gives_the_base_url_and_resolves_an_operation(node: Node) -> None:
    resource = api(node, operations=[{"operationId": "getItem", "method": "GET", "path": "/items/{input}"}])
    by_operation = await node.step("api_request", "lamp", resources=(resource,), path="getItem")
    assert by_operation.outcome.result == {"name": "lamp", "price": 3}
    by_path = await node.step("api_request", resources=(resource,), path="items/desk")
    assert by_path.outcome.result["name"] == "desk"
    by_base = await node.step("api_request", resources=(resource,), url="{base_url}/items/chair")
    assert by_base.outcome.result["name"] == "chair"
    discovered = api(node, base_url=node.base + "/api/items")
    assert (await node.step("api_request", resources=(discovered,), path="sofa")).outcome.result["name"] == "sofa"


async def test_a_named_resource_must_be_assigned_and_base_url_needs_one(node: Node) -> None:
    missing = await node.step("api_request", resources=(api(node),), resource="other", path="x")
    assert "no api resource named other" in missing.reason
    assert "need an api resource" in (await node.step("api_request", url="{base_url}/items/x")).reason


async def test_4xx_and_5xx_have_their_branches_and_an_html_error_page_is_not_passed_on(node: Node) -> None:
    missing = await node.step("api_request", url=node.base + "/api/missing")
    assert missing.outcome.branch == "on_4xx" and missing.outcome.result["status"] == 404
    down = await node.step("api_request", url=node.base + "/api/down")
    assert down.outcome.branch == "on_5xx" and down.outcome.result["status"] == 503
    assert "nginx" not in str(down.outcome.result) and "text/html" in down.reason
    other = await node.step("api_request", url=node.base + "/api/moved")
    assert other.outcome.branch == "on_error" and "HTTP 304" in other.reason


async def test_a_timeout_and_a_refusal_end_on_their_branches(node: Node) -> None:
    assert (await node.step("api_request", url=node.base + "/pages/endless")).outcome.branch == "on_timeout"
    refused = await node.step("api_request", url="http://192.168.1.10/api")
    assert refused.outcome.branch == "on_error" and "private" in refused.reason
    assert "http(s) URL" in (await node.step("api_request", url="ftp://example.com/x")).reason
    assert "config.headers" in (await node.step("api_request", url=node.base, headers={"X": 1})).reason


async def stored_api(node: Node, value: str, *, kind: str = "bearer", header: str = "") -> dict[str, Any]:
    """An api resource on this loopback host (granted, as the operator
    would with a code) with its credential stored encrypted, and the
    resource as the run hands it to the skill: no credential in it."""
    async with node.database.pool().acquire() as conn:
        saved = await save_resource(conn, Resource(None, "shop", "api", node.base + "/api"), grant_by="test")
        await set_credential(conn, SecretBox(KEY), saved, value, kind=kind, header=header)
    return api(node)


async def test_a_resources_bearer_token_is_added_at_the_edge_and_never_reaches_the_skill(node: Node) -> None:
    resource = await stored_api(node, API_TOKEN)
    invocation = await node.step("api_request", resources=(resource,), path="private/lamp")
    assert invocation.outcome.branch == "on_2xx" and invocation.outcome.result == {"name": "lamp", "private": True}
    assert node.web.headers_of("/api/private")[0]["authorization"] == f"Bearer {API_TOKEN}"
    assert API_TOKEN not in repr(invocation)


async def test_a_resources_key_goes_in_its_header_and_a_resource_without_one_sends_none(node: Node) -> None:
    keyed = await stored_api(node, API_TOKEN, kind="header", header="X-Shop-Key")
    assert (await node.step("api_request", resources=(keyed,), path="private/desk")).outcome.branch == "on_2xx"
    assert node.web.headers_of("/api/private")[0]["x-shop-key"] == API_TOKEN
    bare = {**api(node), "name": "other"}
    refused = await node.step("api_request", resources=(bare,), path="private/desk")
    assert refused.outcome.branch == "on_4xx" and refused.outcome.result["status"] == 401


async def test_a_resources_credential_is_not_sent_to_another_host(node: Node) -> None:
    resource = await stored_api(node, API_TOKEN)
    elsewhere = {**resource, "metadata": {"base_url": node.base.replace("127.0.0.1", "localhost") + "/api"}}
    invocation = await node.step("api_request", resources=(elsewhere,), path="private/lamp")
    assert invocation.outcome.branch == "on_error" and "sent only to 127.0.0.1" in invocation.reason
    assert node.web.headers_of("/api/private") == []

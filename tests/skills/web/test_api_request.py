"""``api_request`` against an API on loopback: methods, interpolation,
JSON decoded, an ``api`` resource's base URL and stored operations, and
every status class and failure on its own branch."""

from __future__ import annotations

import json
from typing import Any

import pytest

from skills import InvokeStatus
from tests.skills.web.conftest import Node


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

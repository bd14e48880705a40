"""Discover: an api resource's OpenAPI spec fetched once through the egress
guard from a fake API on loopback (the resource holds the allow-private
grant for 127.0.0.1), its credential injected at the edge, JSON or YAML,
base URL and operations stored; garbage, an alias bomb, a server URL on the
metadata address, a redirect to another host and a missing grant each end
with a clear reason and store nothing."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from alexclaw.security import RESOURCE_DISCOVERED, Acting, Approver, Challenges, Done, Invalid, SecretBox
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows import Resource, ResourceAccess, SpecError, get_resource, parse_spec
from tests.fake_openapi import API_KEY, TOKEN, FakeOpenApi

WEB = Acting.web("192.0.2.7")
BOX = SecretBox("openapi-test-key-" + "o" * 40)


@pytest.fixture
async def api() -> AsyncIterator[FakeOpenApi]:
    async with FakeOpenApi() as fake:
        yield fake


def access(database: DatabaseHandle) -> ResourceAccess:
    return ResourceAccess(Approver(Challenges(), database, lambda: False), BOX)


async def granted_api(database: DatabaseHandle, url: str, name: str = "Pets") -> int:
    saved = await access(database).save_granted(WEB, Resource(None, name, "api", url))
    assert isinstance(saved, Done), saved
    async with database.pool().acquire() as conn:
        return int(await conn.fetchval("SELECT id FROM resources WHERE name = $1", name))


async def test_discover_reads_the_spec_with_the_bearer_token_and_stores_base_url_and_operations(
    database: DatabaseHandle, api: FakeOpenApi
) -> None:
    resource_id = await granted_api(database, f"{api.url}/api")
    assert isinstance(await access(database).set_credential(WEB, resource_id, TOKEN), Done)
    found = await access(database).discover(WEB, resource_id)
    assert isinstance(found, Done), found
    assert found.value.base_url == f"{api.url}/api/v1" and found.value.spec_url == f"{api.url}/api/openapi.json"
    assert "Found 3 operations" in found.message and TOKEN not in found.message
    assert f"Bearer {TOKEN}" in api.seen
    async with database.pool().acquire() as conn:
        resource = await get_resource(conn, resource_id)
        detail = await conn.fetchval("SELECT detail::text FROM audit_log WHERE action = $1", RESOURCE_DISCOVERED)
    assert resource is not None and resource.state is not None and resource.state.base_url == f"{api.url}/api/v1"
    assert [(o.method, o.path, o.operation_id) for o in resource.state.operations] == [
        ("GET", "/pets", "listPets"), ("POST", "/pets", "createPet"), ("GET", "/pets/{id}", "getPet"),
    ]  # fmt: skip
    assert resource.state.operations[0].summary == "List the pets" and resource.state.discovered_at is not None
    assert json.loads(detail) == {"spec": f"{api.url}/api/openapi.json", "operations": 3}


async def test_a_header_credential_goes_in_its_own_header(database: DatabaseHandle, api: FakeOpenApi) -> None:
    resource_id = await granted_api(database, f"{api.url}/keyed")
    stored = await access(database).set_credential(WEB, resource_id, API_KEY, kind="header", header="X-API-Key")
    assert isinstance(stored, Done)
    found = await access(database).discover(WEB, resource_id)
    assert isinstance(found, Done) and found.value.base_url == f"{api.url}/keyed/v1"


async def test_a_swagger_2_spec_in_yaml_at_a_given_url_is_read(database: DatabaseHandle, api: FakeOpenApi) -> None:
    resource_id = await granted_api(database, f"{api.url}/legacy")
    found = await access(database).discover(WEB, resource_id, f"{api.url}/legacy/swagger.yaml")
    assert isinstance(found, Done), found
    assert found.value.base_url == f"{api.url}/legacy/v2"
    assert [(o.method, o.path, o.operation_id) for o in found.value.operations] == [("GET", "/orders", "listOrders")]


@pytest.mark.parametrize(
    ("path", "spec", "reason"),
    [
        ("/garbage", None, "/garbage/openapi.json: the spec is not an object"),
        ("/api", None, "/api/openapi.json: HTTP 401"),  # no credential stored
        ("/api", "/bomb.yaml", "YAML aliases are not accepted in a spec"),
        ("/evil", None, "server URL http://169.254.169.254/latest: 169.254.169.254 is cloud metadata endpoint"),
        ("/hop", None, "is not in the endpoint allowlist"),  # a redirect to another host
    ],
)
async def test_a_spec_that_cannot_be_used_is_a_clear_error_and_stores_nothing(
    database: DatabaseHandle, api: FakeOpenApi, path: str, spec: str | None, reason: str
) -> None:
    resource_id = await granted_api(database, f"{api.url}{path}")
    found = await access(database).discover(WEB, resource_id, f"{api.url}{spec}" if spec else None)
    assert isinstance(found, Invalid) and reason in found.errors[0], found
    async with database.pool().acquire() as conn:
        resource = await get_resource(conn, resource_id)
        assert resource is not None and resource.state is not None and resource.state.operations == ()
        assert await conn.fetchval("SELECT count(*) FROM audit_log WHERE action = $1", RESOURCE_DISCOVERED) == 0


async def test_without_the_grant_the_egress_guard_refuses_the_loopback_api(
    database: DatabaseHandle, api: FakeOpenApi
) -> None:
    resource_id = await granted_api(database, f"{api.url}/api")
    elsewhere = await access(database).discover(WEB, resource_id, "https://spec.example.org/openapi.json")
    assert isinstance(elsewhere, Invalid) and "must be on the resource's host" in elsewhere.errors[0]
    assert isinstance(await access(database).revoke(WEB, resource_id), Done)
    found = await access(database).discover(WEB, resource_id)
    assert isinstance(found, Invalid) and "127.0.0.1 is loopback; a resource on a private" in found.errors[0]
    assert api.seen == []  # nothing reached the server


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b"[1, 2]", "not an object"),
        (b'{"info": {}}', "not an OpenAPI 3 or Swagger 2 document"),
        (b'{"openapi": "3.1.0", "paths": {}}', "lists no paths"),
        (b'{"openapi": "3.1.0", "paths": {"/x": {"summary": "no operation"}}}', "lists no operations"),
        (b"openapi: [unclosed", "neither JSON nor YAML"),
        (b'{"openapi": "3.0.0", "servers": [{"url": "https://{region}.example.org"}], "paths": {"/x": {"get": {}}}}',
         "variable without a default"),
    ],
)  # fmt: skip
def test_a_garbage_spec_is_refused_with_the_reason(body: bytes, reason: str) -> None:
    with pytest.raises(SpecError, match=reason):
        parse_spec(body, "https://api.example.org/openapi.json")


def test_server_variables_take_their_defaults_and_operations_are_capped() -> None:
    paths = {f"/p{i}": {"get": {"operationId": f"op{i}", "summary": "x" * 500}} for i in range(600)}
    spec = {
        "openapi": "3.0.0", "paths": paths,
        "servers": [{"url": "https://{region}.example.org/v1", "variables": {"region": {"default": "eu"}}}],
    }  # fmt: skip
    base_url, operations = parse_spec(json.dumps(spec).encode(), "https://api.example.org/openapi.json")
    assert base_url == "https://eu.example.org/v1"
    assert len(operations) == 500 and len(operations[0].summary) == 200

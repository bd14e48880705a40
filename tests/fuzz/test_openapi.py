"""docs/openapi.yaml, the description of the node's machine endpoints, is
held to the real url_map (no machine route missing from it, none in it
that the node does not serve), and every operation in it is fuzzed from it
by schemathesis against the real endpoint: cases that fit the schema and
cases that break it, with the right credential or none. Invariants: no 5xx
but the 502/503/504 the description documents, every status documented,
the answer in time, no seeded secret in it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Final

import requests
import yaml
from hypothesis import strategies as st
from schemathesis import Case, openapi
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import status_code_conformance

from alexclaw import Node, Settings
from alexclaw.web import create_app
from tests.alexclaw.web.fuzz_support import MACHINE_PREFIXES, MCP_PATHS
from tests.fuzz.node import METRICS_TOKEN, PROXY_KEY, REQUEST_TIMEOUT, TELEGRAM_SECRET, FuzzNode
from tests.fuzz.support import Record, count, fuzz

SPEC: Final = Path(__file__).parents[2] / "docs" / "openapi.yaml"
PROBES: Final = frozenset({"/healthz", "/readyz", "/metrics"})
DOCUMENTED_UPSTREAM: Final = frozenset({502, 503, 504})


def machine_routes() -> set[tuple[str, str]]:
    """(path, method) of every machine route the node serves: the url_map's
    probes and machine prefixes, and /mcp in front of the app."""
    app = create_app(Node(Settings(secret_key_base="openapi-test-key-" + "o" * 40)).state)
    found = {
        (rule.rule, method.lower())
        for rule in app.url_map.iter_rules()
        if rule.rule in PROBES or rule.rule.startswith(MACHINE_PREFIXES)
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}
    }
    canonical = min(MCP_PATHS, key=len)  # "/mcp/" is the same endpoint
    return found | {(canonical, method) for method in ("get", "post", "delete")}


def described() -> set[tuple[str, str]]:
    paths = yaml.safe_load(SPEC.read_text())["paths"]
    return {(path, method) for path, item in paths.items() for method in item}


def test_the_openapi_description_names_exactly_the_machine_routes_the_node_serves() -> None:
    served, written = machine_routes(), described()
    assert served - written == set(), "served but not described"
    assert written - served == set(), "described but not served"
    assert len(served) >= 10


def credentials(fuzzed: FuzzNode, path: str) -> dict[str, str]:
    if path.startswith("/v1/"):
        return {"Authorization": f"Bearer {PROXY_KEY}"}
    if path == "/metrics":
        return {"Authorization": f"Bearer {METRICS_TOKEN}"}
    if path == "/mcp":
        return {"Authorization": f"Bearer {fuzzed.mcp_key}", "Accept": "application/json, text/event-stream"}
    if path == "/webhooks/telegram":
        return {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
    return {}


def walk(fuzzed: FuzzNode) -> tuple[int, int]:
    schema = openapi.from_path(str(SPEC))
    operations = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result  # a description schemathesis cannot read fails here
        operations.append(result.ok())
    tried = 0

    def one(case: Case[Any], authorised: bool) -> None:
        headers = credentials(fuzzed, case.operation.path) if authorised else {}
        with requests.Session() as session:
            response = case.call(base_url=fuzzed.url, session=session, headers=headers, timeout=REQUEST_TIMEOUT)
        where = f"{case.method} {case.formatted_path} {case.body!r:.300} -> {response.status_code}"
        if response.status_code not in DOCUMENTED_UPSTREAM:
            case.validate_response(response, checks=[not_a_server_error])
        case.validate_response(response, checks=[status_code_conformance])
        leaked = fuzzed.secrets.found_in(response.text + str(response.headers))
        assert not leaked, f"{leaked} in {where}"

    for operation in operations:
        cases = st.one_of(
            operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE)
        )
        tried += fuzz(f"openapi {operation.label}", None, one, cases, st.booleans(), short=12, long=150)
        assert requests.get(f"{fuzzed.url}/healthz", timeout=REQUEST_TIMEOUT).status_code == 200
    return tried, len(operations)


async def test_every_operation_of_the_description_fuzzed_from_it_answers_as_documented_without_a_5xx_or_a_leak(
    fuzzed: FuzzNode, record_property: Record
) -> None:
    tried, operations = await asyncio.to_thread(walk, fuzzed)
    count(record_property, "openapi (schemathesis, docs/openapi.yaml)", tried, f"{operations} operations")

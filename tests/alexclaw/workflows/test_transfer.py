"""A workflow as an AlexClaw v1 JSON document: exported without ids, read
back to the same workflow, every problem of a bad document named by its
path, and an import that renames on conflict, reuses resources by name and
url, and writes everything or nothing."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from typing import Any

import asyncpg
import pytest

from alexclaw.llm import add_provider, build_provider
from alexclaw.security import SecretBox
from alexclaw.workflows._credentials import without_credentials, without_placeholder
from alexclaw.workflows._cron import cron_error
from alexclaw.workflows._model import END, Resource, Route, Step, Workflow, WorkflowError, masked_config
from alexclaw.workflows._resource_store import (
    attach_resource,
    list_resources,
    resource_json,
    save_resource,
    workflow_resources,
)
from alexclaw.workflows._store import get_workflow, save_workflow
from alexclaw.workflows._transfer import (
    PLACEHOLDER,
    credentials_to_reenter,
    export_document,
    export_workflow,
    import_document,
    parse_document,
    reenter_message,
)

WORKFLOW = Workflow(
    id=None,
    name="Morning digest",
    description="Collect the feeds, summarise them, send the summary",
    enabled=True,
    schedule="0 7 * * *",
    default_provider="anthropic",
    node="node-a",
    metadata={"requires_2fa": True, "owner": "alex"},
    steps=(
        Step(1, "rss_collector", "Collect", config={"limit": 5}, routes=(Route("on_error", END),)),
        Step(
            2,
            "llm_transform",
            name="Summarise",
            llm_tier="medium",
            llm_model="claude-haiku",
            prompt_template="Summarise: {input}",
            config={"timeout_ms": 30_000, "on_circuit_open": "skip"},
            input_from=1,
            routes=(Route("default", 3), Route("empty", END)),
        ),
        Step(3, "telegram_notify"),
    ),
)
FEED = Resource(None, "Hacker News", "rss_feed", "https://news.ycombinator.com/rss", None, {"lang": "en"}, ("tech",))
GUIDE = Resource(None, "Style guide", "document", None, "Be brief.", {}, (), True, "context")
RESOURCES = (FEED, GUIDE)
TABLES = ("workflows", "workflow_steps", "resources", "workflow_resources")


def a_document() -> dict[str, Any]:
    return export_document(WORKFLOW, RESOURCES)


def problems(data: Any) -> list[str]:
    with pytest.raises(WorkflowError) as caught:
        parse_document(data)
    return list(caught.value.errors)


async def known_node(conn: asyncpg.Connection, name: str = "node-a") -> None:
    """A node that claimed its name on this database (WORKFLOW is pinned to it)."""
    await conn.execute("INSERT INTO known_nodes (name) VALUES ($1) ON CONFLICT DO NOTHING", name)


async def known_provider(conn: asyncpg.Connection, name: str = "claude-haiku") -> None:
    """A provider in the table (WORKFLOW's second step names it as its model)."""
    key = SecretBox("transfer-tests-" + "k" * 40).encrypt("sk-ant-api03-" + "t" * 40)
    provider = build_provider(name, kind="anthropic", model="claude-haiku-4-5", tier="light", key_cipher=key)
    await add_provider(conn, provider, actor="test")


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    await known_node(connection)
    await known_provider(connection)
    await known_provider(connection, "anthropic")  # WORKFLOW's default provider
    yield connection
    await connection.close()


async def stored_workflow(conn: asyncpg.Connection) -> int:
    """WORKFLOW with FEED and GUIDE attached; its id."""
    workflow_id = await save_workflow(conn, WORKFLOW, with_steps=True)
    for resource in RESOURCES:
        await attach_resource(conn, workflow_id, await save_resource(conn, resource), resource.role)
    return workflow_id


async def row_counts(conn: asyncpg.Connection) -> dict[str, int]:
    return {table: await conn.fetchval(f"SELECT count(*) FROM {table}") for table in TABLES}


def without_ids(resources: list[Resource]) -> list[Resource]:
    return [replace(r, id=None) for r in resources]


# -- the document -------------------------------------------------------------


def test_a_document_reads_back_as_the_same_workflow_and_resources() -> None:
    assert parse_document(json.loads(json.dumps(a_document()))) == (WORKFLOW, RESOURCES)


def test_an_exported_document_has_the_v1_shape_and_no_ids() -> None:
    document = a_document()
    assert list(document) == ["version", "workflow", "steps", "resources"]
    assert document["version"] == 1
    assert list(document["workflow"]) == [
        "name", "description", "enabled", "schedule", "default_provider", "node", "metadata",
    ]  # fmt: skip
    assert list(document["steps"][0]) == [
        "position", "name", "skill", "llm_tier", "llm_model", "prompt_template", "config", "input_from", "routes",
    ]  # fmt: skip
    assert document["steps"][1]["routes"] == [{"branch": "default", "goto": 3}, {"branch": "empty", "goto": "end"}]
    assert list(document["resources"][0]) == ["name", "type", "url", "content", "metadata", "tags", "enabled", "role"]
    assert document["resources"][1]["role"] == "context"
    assert '"id"' not in json.dumps(document)


def test_unknown_keys_and_ids_are_ignored() -> None:
    document = a_document()
    document["exported_at"] = "2025-01-01T00:00:00Z"
    document["workflow"]["id"] = 42
    document["steps"][0]["id"] = 7
    document["steps"][0]["workflow_id"] = 42
    document["resources"][0]["id"] = 3
    assert parse_document(document) == (WORKFLOW, RESOURCES)


def test_steps_are_read_in_position_order_whatever_the_document_order() -> None:
    document = a_document()
    document["steps"].reverse()
    workflow, _ = parse_document(document)
    assert [s.position for s in workflow.steps] == [1, 2, 3]


def test_optional_fields_may_be_left_out() -> None:
    workflow, resources = parse_document({"version": 1, "workflow": {"name": "  Bare  "}})
    assert workflow == Workflow(None, "Bare")
    assert resources == ()


def walk(document: dict[str, Any], path: str) -> tuple[Any, Any]:
    """The container a dotted path ends in, and the last key (numbers index lists)."""
    *parents, last = (int(p) if p.isdigit() else p for p in path.split("."))
    target: Any = document
    for part in parents:
        target = target[part]
    return target, last


def put(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target, key = walk(document, path)
        target[key] = value

    return change


def drop(path: str) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target, key = walk(document, path)
        del target[key]

    return change


def both(*changes: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        for c in changes:
            c(document)

    return change


def append(section: str, item: Any) -> Callable[[dict[str, Any]], None]:
    return lambda document: document[section].append(item)


UNROUTED = put("steps.1.routes", [])
ALL_TYPES = "rss_feed, website, document, api, automation"
INVALID = [
    ("no version", drop("version"), "version: must be 1"),
    ("a later version", put("version", 2), "version: must be 1"),
    ("a version that is not a number", put("version", "1"), "version: must be 1"),
    ("a version of true", put("version", True), "version: must be 1"),
    ("no workflow", put("workflow", None), "workflow: required object"),
    ("a workflow that is a list", put("workflow", []), "workflow: required object"),
    ("no workflow name", drop("workflow.name"), "workflow.name: required"),
    ("a blank workflow name", put("workflow.name", "   "), "workflow.name: required"),
    ("a workflow name too long", put("workflow.name", "x" * 201), "workflow.name: at most 200 characters"),
    ("enabled as text", put("workflow.enabled", "yes"), "workflow.enabled: must be true or false"),
    ("a schedule that is a number", put("workflow.schedule", 7), "workflow.schedule: must be text"),
    ("a description that is a list", put("workflow.description", ["a"]), "workflow.description: must be text"),
    ("metadata that is a list", put("workflow.metadata", []), "workflow.metadata: must be an object"),
    (
        "requires_2fa as text",
        put("workflow.metadata.requires_2fa", "yes"),
        "workflow.metadata.requires_2fa: must be true or false",
    ),
    ("steps that are an object", put("steps", {}), "steps: must be a list"),
    ("steps that are null", put("steps", None), "steps: must be a list"),
    ("a step that is text", put("steps.1", "summarise"), "steps[1]: must be an object"),
    ("a step without a skill", drop("steps.2.skill"), "steps[2].skill: required"),
    # Step 3 is a route's target, and a step with no valid position is not there to route to.
    ("a step without a position", both(UNROUTED, drop("steps.2.position")), "steps[2].position: required"),
    ("a negative position", both(UNROUTED, put("steps.2.position", -1)), "steps[2].position: must be 0 or more"),
    ("a position used twice", both(UNROUTED, put("steps.2.position", 1)), "steps: position 1 is used twice"),
    (
        "a route to a missing step",
        put("steps.0.routes", [{"branch": "on_error", "goto": 9}]),
        "steps[position 1].routes.on_error: there is no step at position 9",
    ),
    (
        "input from a missing step",
        put("steps.1.input_from", 7),
        "steps[position 2].input_from: there is no step at position 7",
    ),
    (
        "a route without a goto",
        put("steps.0.routes", [{"branch": "x"}]),
        'steps[0].routes[0].goto: a step position or "end"',
    ),
    (
        "an unknown circuit policy",
        put("steps.1.config.on_circuit_open", "retry"),
        "steps[1].config.on_circuit_open: one of halt, skip, fallback",
    ),
    ("resources that are text", put("resources", "feeds"), "resources: must be a list"),
    ("a resource that is a number", append("resources", 3), "resources[2]: must be an object"),
    ("a resource without a name", drop("resources.0.name"), "resources[0].name: required"),
    ("an unknown resource type", put("resources.0.type", "podcast"), f"resources[0].type: one of {ALL_TYPES}"),
    ("a feed without a url", put("resources.0.url", None), "resources[0].url: required for a rss_feed"),
    (
        "a url that is not http",
        put("resources.0.url", "ftp://x"),
        "resources[0].url: must start with http:// or https://",
    ),
    ("tags that are text", put("resources.1.tags", "a,b"), "resources[1].tags: must be a list of text"),
    ("a resource enabled as a number", put("resources.1.enabled", 1), "resources[1].enabled: must be true or false"),
    ("resource metadata as text", put("resources.1.metadata", "x"), "resources[1].metadata: must be an object"),
    ("a role that is a number", put("resources.1.role", 2), "resources[1].role: must be text"),
    (
        "the same resource twice",
        append("resources", export_document(WORKFLOW, [FEED])["resources"][0]),
        "resources[2]: the same name and url as resources[0]",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("change", "message"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID])
def test_an_invalid_document_is_refused_with_the_field_and_the_reason(
    change: Callable[[dict[str, Any]], None], message: str
) -> None:
    document = a_document()
    change(document)
    assert problems(document) == [message]


@pytest.mark.parametrize("root", [[], "workflow", 1, None])
def test_a_document_that_is_not_an_object_is_refused(root: Any) -> None:
    assert problems(root) == ["document: must be a JSON object"]


def test_a_schedule_that_is_not_a_cron_expression_is_refused_with_the_cron_reason() -> None:
    document = a_document()
    document["workflow"]["schedule"] = "every morning"
    reason = cron_error("every morning")
    assert reason
    assert problems(document) == [f"workflow.schedule: {reason}"]


def test_every_problem_is_listed_at_once() -> None:
    document = a_document()
    document["version"] = 3
    document["workflow"]["enabled"] = "no"
    del document["steps"][0]["skill"]
    document["steps"][2]["position"] = 2
    document["resources"][1]["type"] = "book"
    assert problems(document) == [
        "version: must be 1",
        "workflow.enabled: must be true or false",
        "steps[0].skill: required",
        "steps: position 2 is used twice",
        "steps[position 2].routes.default: there is no step at position 3",
        f"resources[1].type: one of {ALL_TYPES}",
    ]


def test_a_step_that_is_invalid_is_not_also_reported_as_missing() -> None:
    document = a_document()
    del document["steps"][2]["skill"]  # steps 2 routes to it
    assert problems(document) == ["steps[2].skill: required"]


def test_the_document_given_is_not_changed() -> None:
    document = a_document()
    before = copy.deepcopy(document)
    parse_document(document)
    assert document == before


# -- export and import --------------------------------------------------------


async def test_an_export_imported_again_is_the_same_workflow_under_a_new_name(conn: asyncpg.Connection) -> None:
    original_id = await stored_workflow(conn)
    document = await export_workflow(conn, "Morning digest")
    assert document == a_document()
    imported = await import_document(conn, json.loads(json.dumps(document)), enable=True)
    assert imported.id is not None and imported.id != original_id
    assert imported.name == "Morning digest (imported 1)"
    assert replace(imported, id=None, name=WORKFLOW.name) == WORKFLOW
    assert await workflow_resources(conn, imported.id) == await workflow_resources(conn, original_id)


async def test_an_import_into_an_empty_database_creates_the_workflow_and_its_resources(
    conn: asyncpg.Connection,
) -> None:
    imported = await import_document(conn, a_document(), enable=True)
    assert replace(imported, id=None) == WORKFLOW
    assert imported.id is not None
    assert without_ids(await workflow_resources(conn, imported.id)) == [FEED, GUIDE]
    assert await get_workflow(conn, "Morning digest") == imported


async def test_an_import_arrives_disabled_unless_the_importer_asks_so_no_schedule_goes_live(
    conn: asyncpg.Connection,
) -> None:
    document = a_document()
    document["workflow"]["schedule"] = "*/2 * * * *"
    imported = [await import_document(conn, document) for _ in range(3)]
    assert [w.enabled for w in imported] == [False, False, False]
    live = await conn.fetchval("SELECT count(*) FROM workflows WHERE enabled AND schedule IS NOT NULL")
    assert live == 0  # three imports of a */2 workflow add no live schedule
    assert (await import_document(conn, document, enable=True)).enabled is True


async def test_an_import_pinned_to_a_node_that_does_not_exist_is_refused(conn: asyncpg.Connection) -> None:
    document = a_document()
    document["workflow"]["node"] = "ghost-node"
    with pytest.raises(WorkflowError) as caught:
        await import_document(conn, document)
    assert caught.value.errors == ("node: there is no node named 'ghost-node' (known nodes: node-a)",)
    assert await row_counts(conn) == dict.fromkeys(TABLES, 0)
    await known_node(conn, "node-b")
    document["workflow"]["node"] = "node-b"
    assert (await import_document(conn, document)).node == "node-b"


async def test_importing_the_same_document_again_numbers_the_copies(conn: asyncpg.Connection) -> None:
    names = [(await import_document(conn, a_document())).name for _ in range(3)]
    assert names == ["Morning digest", "Morning digest (imported 1)", "Morning digest (imported 2)"]


async def test_a_long_name_is_shortened_so_that_the_imported_suffix_fits(conn: asyncpg.Connection) -> None:
    document = a_document()
    document["workflow"]["name"] = "n" * 200
    await import_document(conn, document)
    second = await import_document(conn, document)
    assert second.name == "n" * 184 + " (imported 1)"


async def test_a_resource_with_the_same_name_and_url_is_reused_as_it_is(conn: asyncpg.Connection) -> None:
    existing = await save_resource(conn, replace(FEED, content="kept", tags=("mine",)))
    imported = await import_document(conn, a_document())
    assert imported.id is not None
    attached = await workflow_resources(conn, imported.id)
    assert [r.id for r in attached if r.name == "Hacker News"] == [existing]
    assert [(r.content, r.tags) for r in attached if r.id == existing] == [("kept", ("mine",))]
    assert len(await list_resources(conn)) == 2


async def test_a_resource_with_the_same_name_but_another_url_is_created(conn: asyncpg.Connection) -> None:
    other = await save_resource(conn, replace(FEED, url="https://example.com/other.rss"))
    imported = await import_document(conn, a_document())
    assert imported.id is not None
    attached = await workflow_resources(conn, imported.id)
    assert other not in [r.id for r in attached]
    assert without_ids(attached) == [FEED, GUIDE]
    assert len(await list_resources(conn)) == 3


async def test_a_document_without_url_matches_a_resource_without_url(conn: asyncpg.Connection) -> None:
    existing = await save_resource(conn, GUIDE)
    imported = await import_document(conn, a_document())
    assert imported.id is not None
    assert existing in [r.id for r in await workflow_resources(conn, imported.id)]


async def test_an_invalid_document_writes_nothing(conn: asyncpg.Connection) -> None:
    await stored_workflow(conn)
    before = await row_counts(conn)
    document = a_document()
    document["resources"][1]["type"] = "book"
    with pytest.raises(WorkflowError):
        await import_document(conn, document)
    assert await row_counts(conn) == before


async def test_a_failure_half_way_through_an_import_writes_nothing(
    conn: asyncpg.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    await stored_workflow(conn)
    before = await row_counts(conn)
    calls: list[int] = []

    async def attach_then_fail(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        await attach_resource(*args)

    monkeypatch.setattr("alexclaw.workflows._transfer.attach_resource", attach_then_fail)
    document = a_document()
    document["resources"][0]["url"] = "https://example.com/new.rss"  # a new resource is created first
    with pytest.raises(RuntimeError):
        await import_document(conn, document)
    assert len(calls) == 2
    assert await row_counts(conn) == before


async def test_an_export_finds_a_workflow_by_id_or_name_and_nothing_else(conn: asyncpg.Connection) -> None:
    workflow_id = await stored_workflow(conn)
    assert await export_workflow(conn, workflow_id) == a_document()
    assert await export_workflow(conn, str(workflow_id)) == a_document()
    assert await export_workflow(conn, "No such workflow") is None
    assert await export_workflow(conn, 999) is None


async def test_a_workflow_without_steps_or_resources_exports_empty_lists(conn: asyncpg.Connection) -> None:
    await save_workflow(conn, Workflow(None, "Empty"))
    document = await export_workflow(conn, "Empty")
    assert document is not None
    assert document["steps"] == [] and document["resources"] == []
    assert document["workflow"] == {
        "name": "Empty", "description": "", "enabled": True, "schedule": None, "default_provider": None,
        "node": None, "metadata": {},
    }  # fmt: skip


async def test_a_key_beyond_the_id_column_is_looked_up_as_a_name_not_sent_as_an_id(conn: asyncpg.Connection) -> None:
    await save_workflow(conn, Workflow(None, str(2**40)))
    found = await get_workflow(conn, str(2**40))
    assert found is not None and found.name == str(2**40)
    assert await get_workflow(conn, str(10**30)) is None
    assert await get_workflow(conn, 2**63) is None
    assert await get_workflow(conn, "a\x00b") is None  # never sent: PostgreSQL refuses a NUL


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["steps"][0].update(position=2**31), "steps[0].position: must be 2147483647 or less"),
        (lambda d: d["steps"][1].update(input_from=2**40), "steps[1].input_from: must be 2147483647 or less"),
        (lambda d: d["steps"][1].update(routes=[{"branch": "default", "goto": 2**31}]), "steps[1].routes[0].goto"),
        (lambda d: d["workflow"].update(name="two\nlines"), "workflow.name: contains a control character (U+000A)"),
        (lambda d: d["resources"][0].update(name="a\tb"), "resources[0].name: contains a control character"),
    ],
)
def test_numbers_beyond_their_columns_and_names_with_control_characters_are_refused(
    change: Callable[[dict[str, Any]], None], message: str
) -> None:
    document = a_document()
    change(document)
    with pytest.raises(WorkflowError) as error:
        parse_document(document)
    assert any(e.startswith(message) for e in error.value.errors), error.value.errors


# -- credentials never leave --------------------------------------------------

# Built at run time: credential shapes, not credentials.
GITHUB_TOKEN = "ghp_" + "A1b2C3d4" * 4 + "E5f6"
API_KEY = "sk-proj-" + "Zq9X" * 12
WITH_CREDENTIALS = replace(
    WORKFLOW,
    name="Repo watch",
    schedule=None,
    metadata={"owner": "alex"},
    steps=(
        Step(
            1, "github_issues", "Issues", config={"github_token": GITHUB_TOKEN, "repo": "alex/claw", "max_tokens": 500}
        ),
        Step(2, "template", "Note", config={"template": f"fetched with {GITHUB_TOKEN} today"}, input_from=1),
    ),
)
API = Resource(None, "Search API", "api", f"https://api.example.com/v1?key={API_KEY}", None, {"api_key": API_KEY})


async def test_an_export_carries_no_credential_from_step_config_or_resources(conn: asyncpg.Connection) -> None:
    await known_node(conn)
    workflow_id = await save_workflow(conn, WITH_CREDENTIALS, with_steps=True)
    await attach_resource(conn, workflow_id, await save_resource(conn, API), "input")
    document = await export_workflow(conn, workflow_id)
    text = json.dumps(document)
    assert GITHUB_TOKEN not in text and API_KEY not in text
    assert document is not None
    first, second = document["steps"][0]["config"], document["steps"][1]["config"]
    assert first == {"github_token": PLACEHOLDER, "repo": "alex/claw", "max_tokens": 500}  # a number is no secret
    assert second == {"template": f"fetched with {PLACEHOLDER} today"}
    resource = document["resources"][0]
    assert (resource["url"], resource["metadata"]) == (
        f"https://api.example.com/v1?key={PLACEHOLDER}",
        {"api_key": PLACEHOLDER},
    )


async def test_an_import_of_that_export_leaves_the_credentials_empty_and_names_them(
    conn: asyncpg.Connection,
) -> None:
    document = export_document(WITH_CREDENTIALS, [replace(API, role="input")])
    fields = credentials_to_reenter(document)
    assert fields == [
        "steps[position 1].config.github_token",
        "steps[position 2].config.template",
        "resources[Search API].url",
        "resources[Search API].metadata.api_key",
    ]
    await known_node(conn)
    imported = await import_document(conn, document)
    assert imported.enabled is False  # imports arrive disabled (kept)
    assert [dict(s.config) for s in imported.steps] == [
        {"github_token": "", "repo": "alex/claw", "max_tokens": 500},
        {"template": "fetched with  today"},
    ]
    assert imported.id is not None
    (resource,) = await workflow_resources(conn, imported.id)
    assert (resource.url, dict(resource.metadata)) == ("https://api.example.com/v1?key=", {"api_key": ""})
    message = reenter_message(fields)
    assert message.startswith("Credentials were removed on export; enter them again: steps[position 1].config")
    assert PLACEHOLDER not in json.dumps(await export_workflow(conn, imported.id))  # nothing to remove any more


async def test_a_credential_free_workflow_goes_out_and_back_in_unchanged(conn: asyncpg.Connection) -> None:
    document = a_document()
    assert PLACEHOLDER not in json.dumps(document)
    assert credentials_to_reenter(document) == [] and reenter_message([]) == ""
    assert document["steps"][1]["prompt_template"] == "Summarise: {input}"
    await known_node(conn)
    imported = await import_document(conn, document, enable=True)
    assert replace(imported, id=None) == WORKFLOW


def test_one_rule_finds_credentials_for_exports_and_for_a_runs_stored_definition() -> None:
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"  # a warning: a key or a digest
    config = {"note": f"use {GITHUB_TOKEN}", "Authorization": "Bearer abc", "max_tokens": 500, "pin": digest}
    assert masked_config(config) == {"note": "use ********", "Authorization": "********", "max_tokens": 500,
                                     "pin": "********"}  # fmt: skip
    removed, paths = without_credentials({"steps": [config]}, PLACEHOLDER)
    assert paths == ["steps[0].note", "steps[0].Authorization", "steps[0].pin"]
    assert removed["steps"][0]["max_tokens"] == 500
    assert without_placeholder(removed, PLACEHOLDER)[0]["steps"][0] == {
        "note": "use ", "Authorization": "", "max_tokens": 500, "pin": ""
    }  # fmt: skip


def test_a_skill_reads_a_resource_without_the_values_under_secret_keys() -> None:
    resource = Resource(
        1, "shop", "api", "https://api.example.com", metadata={"api_key": "k-123", "token": "t", "base_url": "/v2"},
        tags=("x",), role="input",
    )  # fmt: skip
    seen = resource_json(resource)
    assert seen["metadata"] == {"base_url": "/v2"}
    assert (seen["name"], seen["type"], seen["url"], seen["role"], seen["tags"]) == (
        "shop", "api", "https://api.example.com", "input", ["x"],
    )  # fmt: skip

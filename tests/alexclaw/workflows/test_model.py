"""The checks every save of a workflow passes (editor, import, command
line): each builtin skill's config schema, and every field that refers to
something — a provider, a tier, a node, a step — naming what does not exist."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import asyncpg
import pytest

from alexclaw.llm import add_provider, build_provider
from alexclaw.workflows._model import TIERS, Route, Step, Workflow, WorkflowError, check_steps
from alexclaw.workflows._store import save_steps, save_workflow
from alexclaw.workflows._transfer import export_document, parse_document
from skills import ConfigField, check_config
from skills.builtin import CORE_SKILLS
from skills.web import WEB_SKILLS

FIELDS = [(skill.name, f) for skill in (*CORE_SKILLS, *WEB_SKILLS) for f in getattr(skill, "config_schema", ())]


def step_errors(skill: str, config: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    check_steps([Step(1, skill, config=config)], errors)
    return errors


def field_errors(skill: str, name: str, value: Any) -> list[str]:
    """The errors a step with only this field set has about this field (a
    skill's other required fields are reported too, each under its own name)."""
    return [e for e in step_errors(skill, {name: value}) if e.startswith(f"steps[position 1].config.{name}:")]


def wrong_value(f: ConfigField) -> Any:
    """A value of the wrong kind for the field (None: every value fits)."""
    if f.type in {"number", "integer"}:
        return "abc"
    if f.type == "boolean":
        return "yes"
    if f.choices:
        return "not-a-choice"
    if f.type in {"string", "text"}:
        return 42
    return None


def test_every_builtin_skill_declares_a_checkable_schema() -> None:
    assert FIELDS, "the builtin skills declare config fields"
    for skill, f in FIELDS:
        assert f.type in {"string", "text", "number", "integer", "boolean", "any"} or f.choices, (skill, f)
        if f.default is not None:
            assert f.problem(f.default) is None, f"{skill}.{f.name}: its own default does not fit"


@pytest.mark.parametrize(("skill", "field"), FIELDS, ids=[f"{s}.{f.name}" for s, f in FIELDS])
def test_a_value_of_the_wrong_kind_is_refused_naming_the_field(skill: str, field: ConfigField) -> None:
    value = wrong_value(field)
    if value is None:
        assert field.type == "any"
        assert field_errors(skill, field.name, {"any": ["json"]}) == []
        return
    errors = field_errors(skill, field.name, value)
    assert len(errors) == 1 and errors[0].startswith(f"steps[position 1].config.{field.name}: must be"), errors


@pytest.mark.parametrize(
    ("skill", "field"),
    [(s, f) for s, f in FIELDS if f.minimum is not None or f.maximum is not None],
    ids=lambda v: v if isinstance(v, str) else v.name,
)
def test_a_number_outside_its_declared_range_is_refused(skill: str, field: ConfigField) -> None:
    for value in [v for v in (field.minimum, field.maximum) if v is not None]:
        assert field_errors(skill, field.name, value) == []
    if field.maximum is not None:
        assert field_errors(skill, field.name, field.maximum + 1) != []
    if field.minimum is not None:
        assert field_errors(skill, field.name, field.minimum - 1) != []


def test_sleep_seconds_as_text_or_beyond_an_hour_is_refused_with_the_reason() -> None:
    assert step_errors("sleep", {"seconds": "abc"}) == [
        "steps[position 1].config.seconds: must be a number between 0 and 3600"
    ]
    assert step_errors("sleep", {"seconds": 99999}) == [
        "steps[position 1].config.seconds: must be a number between 0 and 3600"
    ]
    assert step_errors("sleep", {"seconds": 20}) == []


def test_a_required_field_must_be_given() -> None:
    schema_field = ConfigField("url", "string", required=True)
    assert schema_field.problem("https://example.com") is None
    assert check_config((schema_field,), {}) == ["url: required"]
    assert check_config((schema_field,), {"url": ""}) == ["url: required"]


def test_an_import_refuses_a_step_config_that_does_not_fit_its_skill() -> None:
    document = export_document(Workflow(None, "w", steps=(Step(1, "sleep", config={"seconds": 99999}),)), ())
    with pytest.raises(WorkflowError) as caught:
        parse_document(document)
    assert caught.value.errors == ("steps[position 1].config.seconds: must be a number between 0 and 3600",)


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database_url)
    await connection.execute("INSERT INTO known_nodes (name) VALUES ('node-a')")
    await add_provider(connection, FAST, actor="test")
    yield connection
    await connection.close()


# The provider the valid workflow names as its default (a row of the table).
FAST = build_provider(
    "fast", kind="ollama", model="llama3", tier="light", base_url="http://127.0.0.1:11434", allow_private=True
)
VALID = Workflow(
    None, "w", default_provider="fast", node="node-a",
    steps=(Step(1, "echo", llm_tier=TIERS[0], routes=(Route("on_success", 2),)), Step(2, "echo", input_from=1)),
)  # fmt: skip

# Every field of a workflow that refers to something, with a value that
# refers to nothing, and the field the refusal names.
REFERENCES = [
    (
        "default_provider",
        replace(VALID, default_provider="banana"),
        "default_provider: there is no provider named 'banana' (providers: fast)",
    ),
    ("node", replace(VALID, node="ghost-node"), "node: there is no node named 'ghost-node'"),
    (
        "steps.llm_tier",
        replace(VALID, steps=(replace(VALID.steps[0], llm_tier="ultra"), VALID.steps[1])),
        "steps[position 1].llm_tier: 'ultra' is not a tier",
    ),
    (
        "steps.llm_model",
        replace(VALID, steps=(replace(VALID.steps[0], llm_model="banana"), VALID.steps[1])),
        "steps[position 1].llm_model: there is no provider named 'banana'",
    ),
    (
        "steps.input_from",
        replace(VALID, steps=(VALID.steps[0], replace(VALID.steps[1], input_from=7))),
        "steps[position 2].input_from: there is no step at position 7",
    ),
    (
        "steps.routes.goto",
        replace(VALID, steps=(replace(VALID.steps[0], routes=(Route("on_success", 9),)), VALID.steps[1])),
        "steps[position 1].routes.on_success: there is no step at position 9",
    ),
]


async def test_a_workflow_whose_references_all_exist_is_saved(conn: asyncpg.Connection) -> None:
    assert await save_workflow(conn, VALID, with_steps=True) > 0


@pytest.mark.parametrize(("field", "workflow", "error"), REFERENCES, ids=[r[0] for r in REFERENCES])
async def test_a_reference_to_something_that_does_not_exist_is_refused_on_save(
    conn: asyncpg.Connection, field: str, workflow: Workflow, error: str
) -> None:
    with pytest.raises(WorkflowError) as caught:
        await save_workflow(conn, workflow, with_steps=True)
    assert [e for e in caught.value.errors if e.startswith(error)], caught.value.errors
    assert await conn.fetchval("SELECT count(*) FROM workflows") == 0


def test_every_reference_field_of_the_model_is_covered() -> None:
    # A new field that refers to something must join REFERENCES.
    referring = {
        "default_provider", "node", "steps.llm_tier", "steps.llm_model", "steps.input_from", "steps.routes.goto",
    }  # fmt: skip
    assert {r[0] for r in REFERENCES} == referring
    assert {"default_provider", "node"} <= set(Workflow.__dataclass_fields__)
    assert {"llm_tier", "llm_model", "input_from", "routes"} <= set(Step.__dataclass_fields__)


async def test_a_steps_model_names_a_provider_of_the_table_and_one_removed_later_blocks_no_other_edit(
    conn: asyncpg.Connection,
) -> None:
    provider = build_provider(
        "deep", kind="ollama", model="llama3", tier="heavy", base_url="http://127.0.0.1:11434", allow_private=True
    )
    await add_provider(conn, provider, actor="test")
    named = replace(VALID, steps=(replace(VALID.steps[0], llm_model="deep"), VALID.steps[1]))
    workflow_id = await save_workflow(conn, named, with_steps=True)
    refused = "llm_model: there is no provider named 'banana' \\(providers: deep, fast\\)"
    with pytest.raises(WorkflowError, match=refused):
        await save_steps(conn, workflow_id, [replace(named.steps[0], llm_model="banana"), named.steps[1]])
    await conn.execute("DELETE FROM llm_providers")
    renamed = replace(named, id=workflow_id, description="still editable")
    assert await save_workflow(conn, renamed, with_steps=True) == workflow_id  # its step's model did not change


async def test_saving_steps_alone_checks_them_the_same_way(conn: asyncpg.Connection) -> None:
    workflow_id = await save_workflow(conn, VALID, with_steps=True)
    with pytest.raises(WorkflowError) as caught:
        await save_steps(conn, workflow_id, [Step(1, "sleep", config={"seconds": "abc"}, llm_tier="ultra")])
    assert caught.value.errors == (
        "steps[position 1].llm_tier: 'ultra' is not a tier; one of light, medium, heavy, local",
        "steps[position 1].config.seconds: must be a number between 0 and 3600",
    )


def test_a_web_automation_step_is_refused_on_save_for_bad_inline_steps_or_no_target() -> None:
    errors: list[str] = []
    check_steps([Step(0, "web_automation", config={"steps": [{"action": "fly"}]}), Step(1, "web_automation")], errors)
    assert errors == [
        "steps[position 0].config.steps: step 1: unknown action 'fly' (one of goto, click, fill, press, select, "
        "wait_for, extract_text, screenshot)",
        "steps[position 1].config.recipe: set exactly one of recipe (an automation resource), steps (inline) or url "
        "(scrape a page)",
    ]

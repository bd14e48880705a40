"""The recipe format: one parser for a resource's content, a step's inline
steps and the backend. Each kind of bad step is refused naming its step;
``{{input}}`` is the only placeholder, and only in a url or a value; a
step written back as JSON reads back the same."""

from __future__ import annotations

from typing import Any

import pytest

from skills import BranchKind, SkillArgs, describe
from skills.ports import BrowserRequest
from skills.web import RecipeProblems, RecipeStep, WebAutomation, parse_steps, scrape_steps, static_urls
from skills.web._automation import request_of


def problems(raw: Any) -> tuple[str, ...]:
    parsed = parse_steps(raw)
    assert isinstance(parsed, RecipeProblems), parsed
    return parsed.errors


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ("not json", "the recipe is not JSON"),
        ('{"action": "goto"}', "a recipe is a JSON list of steps"),
        ("[]", "a recipe needs at least one step"),
        ('[{"action": "hover", "selector": "#a"}]', "step 1: unknown action 'hover' (one of goto, click,"),
        ('[{"selector": "#a"}]', "step 1: unknown action None"),
        ('["click #a"]', "step 1: must be an object with an action"),
        ('[{"action": "click"}]', "step 1 (click): selector is required (a non-empty string)"),
        ('[{"action": "fill", "selector": "#a"}]', "step 1 (fill): value is required"),
        ('[{"action": "click", "selector": "#a", "force": true}]', "step 1 (click): unknown field 'force'"),
        ('[{"action": "wait_for", "selector": "#a", "timeout_ms": 0}]', "step 1 (wait_for): timeout_ms must be"),
        ('[{"action": "wait_for", "selector": "#a", "timeout_ms": 600000}]', "timeout_ms must be a whole number"),
        ('[{"action": "screenshot", "name": "a b"}]', "step 1 (screenshot): name must be 1-40 letters"),
        ('[{"action": "screenshot", "name": "s", "full_page": "yes"}]', "full_page must be true or false"),
        ('[{"action": "goto", "url": "file:///etc/passwd"}]', "step 1 (goto): url must start with http"),
        ('[{"action": "fill", "selector": "#p", "value": "{{secret:github.token}}"}]', "may not hold {{secret:"),
        ('[{"action": "click", "selector": "{{input}}"}]', "step 1 (click): selector may not hold {{input}}"),
        ('[{"action": "extract_text", "selector": "a", "name": "t"}, {"action": "screenshot", "name": "t"}]',
         "names must be unique: t is used twice"),
    ],
)  # fmt: skip
def test_each_bad_step_is_refused_naming_the_step(raw: str, error: str) -> None:
    assert any(found.startswith(error) or error in found for found in problems(raw)), problems(raw)


def test_every_problem_of_a_recipe_is_listed_not_only_the_first() -> None:
    found = problems('[{"action": "goto", "url": "https://a.example/"}, {"action": "hover"}, {"action": "click"}]')
    assert len(found) == 2 and found[0].startswith("step 2:") and found[1].startswith("step 3 (click):")


def test_a_step_written_back_reads_back_the_same() -> None:
    raw = [
        {"action": "goto", "url": "https://a.example/?q={{input}}"},
        {"action": "fill", "selector": "#q", "value": "{{input}}", "timeout_ms": 900},
        {"action": "screenshot", "name": "s", "full_page": True},
    ]
    steps = parse_steps(raw)
    assert isinstance(steps, tuple)
    assert parse_steps([s.as_json() for s in steps]) == steps
    assert static_urls(steps) == []  # built from the input: judged when it runs
    assert static_urls(scrape_steps("https://b.example/")) == [(RecipeStep(1, "goto", url="https://b.example/"),
                                                                "https://b.example/")]  # fmt: skip


def test_a_step_names_exactly_one_of_recipe_steps_or_url() -> None:
    assert "exactly one of" in str(request_of(SkillArgs(None, {})))
    assert "exactly one of" in str(request_of(SkillArgs(None, {"recipe": "r", "url": "https://a.example/"})))
    assert request_of(SkillArgs("x", {"recipe": " r "})) == BrowserRequest(recipe="r", input="x")
    assert str(request_of(SkillArgs(None, {"steps": [{"action": "jump"}]}))).startswith("steps: step 1: unknown")
    assert str(request_of(SkillArgs(None, {"url": "ftp://a.example/"}))).startswith("url: an http://")
    scrape = request_of(SkillArgs("https://c.example/", {"url": "{input}"}))
    assert isinstance(scrape, BrowserRequest) and scrape.steps[0] == {"action": "goto", "url": "https://c.example/"}


def test_web_automation_is_external_with_its_three_branches_and_only_the_browser_permission() -> None:
    meta = describe(WebAutomation(), core=True)
    assert meta.routes == ("on_success", "on_timeout", "on_error")
    assert meta.external and meta.permissions == frozenset({"browser"}) and not meta.egress
    assert meta.kind_of("on_timeout") is BranchKind.ERROR

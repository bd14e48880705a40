"""``web_automation``: plays an automation recipe in the node's headless
browser — an ``automation`` resource named by ``recipe``, the step's own
``steps`` (checked the same way), or, with ``url``, an ad-hoc scrape (the
page's text and a screenshot). Every request the page makes passes the
egress guard's address rules (the backend aborts the rest and reports
them); the texts are sanitized; a step that fails ends the play on
``on_error`` naming the step, the time budget on ``on_timeout``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from skills._api import PermissionDenied, SkillAPIUnavailable
from skills._contract import ON_ERROR, ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.ports import BrowserReport, BrowserRequest
from skills.web._common import ON_TIMEOUT, as_text
from skills.web._recipe import RecipeProblems, parse_steps, scrape_steps


def report_result(report: BrowserReport) -> dict[str, Any]:
    """The report as a step's output: the texts joined (``text``), each by
    name, the screenshots' links, each step's outcome and what was blocked."""
    return {
        "text": "\n\n".join(report.texts.values()),
        "texts": dict(report.texts),
        "screenshots": dict(report.screenshots),
        "steps": [
            {"step": s.position, "action": s.action, "ok": s.ok, "detail": s.detail, "screenshot": s.screenshot}
            for s in report.steps
        ],
        "blocked": list(report.blocked),
    }


def outcome_of(report: BrowserReport) -> SkillOutcome:
    result = report_result(report)
    if report.outcome == "ok":
        return SkillOutcome(result)
    result["error"] = report.error
    return SkillOutcome(result, ON_TIMEOUT if report.outcome == "timeout" else ON_ERROR)


def request_of(args: SkillArgs) -> BrowserRequest | str:
    """What to play, from the step's config (exactly one of recipe, steps,
    url), or why the config is wrong."""
    config = args.config
    given = [k for k in ("recipe", "steps", "url") if config.get(k) not in (None, "", [])]
    text = as_text(args.input)
    if len(given) != 1:
        return "recipe: set exactly one of recipe (an automation resource), steps (inline) or url (scrape a page)"
    run_id = args.workflow_run_id
    if given == ["recipe"]:
        recipe = config["recipe"]
        if not isinstance(recipe, str):
            return "recipe: the name of an automation resource"
        return BrowserRequest(recipe=recipe.strip(), input=text, run_id=run_id)
    if given == ["url"]:
        url = config["url"]
        url = text.strip() if url == "{input}" else url
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            return "url: an http:// or https:// address ({input}: the input is the URL)"
        steps = scrape_steps(url)
    else:
        parsed = parse_steps(config["steps"])
        if isinstance(parsed, RecipeProblems):
            return f"steps: {parsed}"
        steps = parsed
    return BrowserRequest(steps=tuple(s.as_json() for s in steps), input=text, run_id=run_id)


class WebAutomation:
    name: ClassVar[str] = "web_automation"
    description: ClassVar[str] = "Play a browser recipe (goto, click, fill, wait, extract text, screenshot)"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"browser"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_SUCCESS: BranchKind.OK, ON_TIMEOUT: BranchKind.ERROR, ON_ERROR: BranchKind.ERROR,
    }  # fmt: skip
    external: ClassVar[bool] = True
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("recipe", "string", "An automation resource's name (its steps; {{input}} is the input)"),
        ConfigField("steps", "any", "Inline steps, a JSON list as a recipe holds them"),
        ConfigField("url", "string", "Scrape this page: its text and a screenshot ({input}: the input is the URL)"),
    )

    @staticmethod
    def config_problems(config: Mapping[str, Any]) -> list[str]:
        """What a step's save refuses beyond the schema: inline steps are
        checked as a recipe is, and exactly one of recipe, steps or url."""
        checked = request_of(SkillArgs(None, config))
        return [checked] if isinstance(checked, str) else []

    async def run(self, args: SkillArgs) -> SkillOutcome:
        request = request_of(args)
        if isinstance(request, str):
            return SkillOutcome.error(request)
        if args.api is None:
            return SkillOutcome.error("web_automation runs inside a workflow (it needs the SkillAPI)")
        try:
            report = await args.api.browse(request)
        except (PermissionDenied, SkillAPIUnavailable) as exc:
            return SkillOutcome.error(f"browser: {exc}")
        return outcome_of(report)

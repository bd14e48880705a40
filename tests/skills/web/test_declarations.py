"""The network skills keep AlexClaw's names and exact branch names (the
export format and existing workflows depend on them), are external (their
answers are sanitized) and declare where they may go; their config fields
are checked on every save of a step (tests/alexclaw/workflows/test_model.py)."""

from __future__ import annotations

from typing import Any

import pytest

from skills import BranchKind, describe
from skills.web import WEB_SKILLS

BRANCHES = {
    "web_fetch": ("on_success", "on_not_found", "on_timeout", "on_error"),
    "web_search_fetch": ("on_results", "on_no_results", "on_timeout", "on_error"),
    "rss_fetch": ("on_items", "on_empty", "on_error"),
    "api_request": ("on_2xx", "on_4xx", "on_5xx", "on_timeout", "on_error"),
    "github_security_review": ("on_diff", "on_empty", "on_error"),
}


@pytest.mark.parametrize("skill", WEB_SKILLS, ids=lambda s: s.name)
def test_each_skill_has_alexclaws_name_and_branches_and_is_external(skill: Any) -> None:
    meta = describe(skill, core=True)
    assert meta.routes == BRANCHES[meta.name]
    assert meta.external and meta.egress and "web_read" in meta.permissions
    assert meta.kind_of("on_error") is BranchKind.ERROR


def test_the_five_network_skills_are_all_there() -> None:
    assert sorted(s.name for s in WEB_SKILLS) == sorted(BRANCHES)

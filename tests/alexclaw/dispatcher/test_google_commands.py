"""The Google commands parsed into the skill run each asks for (a wrong
one gets its usage); the whole chat flow against the fake Google is in
tests/alexclaw/google/test_chat_and_skills.py."""

from __future__ import annotations

import pytest

from alexclaw.dispatcher._google import USAGE, parse_google
from alexclaw.dispatcher._skill_commands import Ask


@pytest.mark.parametrize(
    ("name", "args", "parsed"),
    [
        ("connect", ["google"], None),
        ("connect", ["Google"], None),
        ("connect", [], USAGE["connect"]),
        ("disconnect", ["github"], USAGE["disconnect"]),
        ("tasks", [], Ask("google_tasks", None, {"action": "list"})),
        ("tasklists", [], Ask("google_tasks", None, {"action": "lists"})),
        ("task", ["add", "Buy", "milk"], Ask("google_tasks", None, {"action": "add", "title": "Buy milk"})),
        ("task", ["add"], USAGE["task"]),
        ("task", ["remove", "x"], USAGE["task"]),
        ("calendar", [], Ask("google_calendar", None, {"action": "list"})),
        ("calendar", ["3"], Ask("google_calendar", None, {"action": "list", "days": 3})),
        ("calendar", ["0"], USAGE["calendar"]),
        ("calendar", ["²"], USAGE["calendar"]),
    ],
)
def test_each_google_command_is_parsed_into_its_skill_run_or_its_usage(
    name: str, args: list[str], parsed: Ask | str | None
) -> None:
    assert parse_google(name, args) == parsed

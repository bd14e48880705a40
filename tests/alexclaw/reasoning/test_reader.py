"""The tolerant JSON reader: what models actually write around their JSON,
read; what cannot be read, refused with the reason."""

from __future__ import annotations

import pytest

from alexclaw.reasoning import Unreadable, read_object

READABLE: dict[str, str] = {
    "bare": '{"action": "done"}',
    "fenced": 'Here is my plan:\n```json\n{"action": "done"}\n```\nLet me know.',
    "fenced without a language": '```\n{"action": "done"}\n```',
    "a preamble and a postscript": 'Sure! {"action": "done"} Hope this helps.',
    "a trailing comma in an object": '{"action": "done",}',
    "a trailing comma in a list": '{"action": "done", "steps": [1, 2,]}',
    "typographic quotes": "{\u201caction\u201d: \u201cdone\u201d}",
    "braces inside strings": '{"action": "done", "note": "use {x} and }"}',
    "an escaped quote": '{"action": "done", "note": "he said \\"hi\\" {"}',
    "prose with a brace before the object": 'Use a set {a, b}. {"action": "done"}',
    "the first of two objects": '{"action": "done"} {"action": "stuck"}',
    "nested objects": '{"action": "done", "rubric": {"relevance": 4}}',
}


@pytest.mark.parametrize("case", sorted(READABLE))
def test_the_reader_finds_the_object_models_wrap(case: str) -> None:
    parsed = read_object(READABLE[case])
    assert isinstance(parsed, dict) and parsed["action"] == "done"


UNREADABLE: dict[str, tuple[str, str]] = {
    "empty": ("   ", "empty"),
    "prose": ("I think we should continue with the next step.", "prose instead of JSON"),
    "cut off": ('{"action": "done", "answer": "the first', "incomplete or malformed"),
    "a list, not an object": ('["done"]', "prose instead of JSON"),
    "single quotes": ("{'action': 'done'}", "incomplete or malformed"),
}


@pytest.mark.parametrize("case", sorted(UNREADABLE))
def test_what_cannot_be_read_is_refused_with_its_reason_and_the_start_of_the_answer(case: str) -> None:
    text, reason = UNREADABLE[case]
    refused = read_object(text)
    assert isinstance(refused, Unreadable) and reason in refused.reason
    assert refused.excerpt == " ".join(text.split())[:80]


def test_a_flood_is_read_only_up_to_its_cap() -> None:
    flood = '{"action": "done", "pad": "' + "x" * 300_000 + '"}'
    assert isinstance(read_object(flood), Unreadable)

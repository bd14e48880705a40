"""The one reader of untrusted input: JSON with limits, text PostgreSQL can
store, ids that fit their column."""

from __future__ import annotations

from typing import Any

import pytest

from alexclaw.inputs import (
    INT4_MAX,
    INT8_MAX,
    MAX_JSON_DEPTH,
    InputError,
    character_problem,
    check_text,
    parse_id,
    read_json,
)

DEEP_OBJECT = '{"a":' * 10_000 + "1" + "}" * 10_000
DEEP_LIST = "[" * 10_000 + "]" * 10_000


def nested(depth: int) -> str:
    return "[" * (depth - 1) + "{}" + "]" * (depth - 1)


def refusal(raw: str | bytes, **options: Any) -> str:
    with pytest.raises(InputError) as error:
        read_json(raw, "doc", **options)
    return str(error.value)


def test_a_plain_document_is_read_as_json() -> None:
    assert read_json('{"a": [1, 2.5, "x\\ty", null, true]}', "doc") == {"a": [1, 2.5, "x\ty", None, True]}
    assert read_json(b'\xef\xbb\xbf{"bom": 1}', "doc") == {"bom": 1}


@pytest.mark.parametrize("doc", [DEEP_OBJECT, DEEP_LIST], ids=["objects", "lists"])
def test_a_ten_thousand_deep_document_is_refused_with_the_field_named(doc: str) -> None:
    assert refusal(doc) == f"doc: nested deeper than {MAX_JSON_DEPTH} levels"


def test_the_depth_limit_is_exact() -> None:
    assert read_json(nested(MAX_JSON_DEPTH), "doc") is not None
    assert "nested deeper" in refusal(nested(MAX_JSON_DEPTH + 1))
    assert "nested deeper" in refusal(nested(4), max_depth=3)


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ('{"t": NaN}', "NaN is not a number JSON allows"),
        ('{"t": Infinity}', "Infinity is not a number JSON allows"),
        ('{"t": -Infinity}', "-Infinity is not a number JSON allows"),
        ('{"t": 1e999}', "1e999 is too large for a number"),
        ('{"t": ' + "9" * 5000 + "}", "not valid JSON"),
        ('{"t": }', "not valid JSON: line 1 column 7: Expecting value"),
    ],
)
def test_numbers_json_does_not_allow_are_refused(doc: str, message: str) -> None:
    assert message in refusal(doc)


def test_a_document_over_the_size_limit_is_refused_before_it_is_parsed() -> None:
    assert refusal("[" + "1," * 600 + "1]", max_bytes=1000) == "doc: larger than 1000 bytes"
    assert refusal(b"\xff[]") == "doc: not UTF-8 text (byte 0)"


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ('{"steps": [{"name": "a\\u0000b"}]}', "doc.steps[0].name: contains a NUL character"),
        ('{"a": {"b": "bell\\u0007"}}', "doc.a.b: contains a control character (U+0007)"),
        ('["\\ud800"]', "doc[0]: contains a lone surrogate (U+D800), which is not text"),
        ('{"k\\u0000": 1}', "doc: a key contains a NUL character"),
    ],
)
def test_a_string_postgresql_cannot_store_is_refused_with_its_path(doc: str, message: str) -> None:
    assert refusal(doc) == message


def test_tabs_and_line_breaks_are_text_and_chat_may_carry_escape_sequences() -> None:
    assert read_json('{"t": "a\\tb\\r\\nc"}', "doc") == {"t": "a\tb\r\nc"}
    assert read_json('{"t": "\\u001b[31mred"}', "doc", strings="chat") == {"t": "\x1b[31mred"}
    assert "NUL" in refusal('{"t": "a\\u0000"}', strings="chat")
    assert read_json('{"t": "Ignore\\u0000all"}', "doc", strings="any") == {"t": "Ignore\x00all"}


def test_a_name_is_one_line_of_text() -> None:
    assert character_problem("two\nlines", multiline=False) == "contains a control character (U+000A)"
    assert character_problem("two\nlines") is None
    assert check_text("fine", "name") == "fine"
    with pytest.raises(InputError) as error:
        check_text("a\x00b", "name")
    assert str(error.value) == "name: contains a NUL character"


@pytest.mark.parametrize(
    ("text", "maximum", "expected"),
    [
        ("", INT4_MAX, None),
        (" 42 ", INT4_MAX, 42),
        (str(INT4_MAX), INT4_MAX, INT4_MAX),
        (str(INT8_MAX), INT8_MAX, INT8_MAX),
    ],
)
def test_an_id_that_fits_its_column_is_read(text: str, maximum: int, expected: int | None) -> None:
    assert parse_id(text, "workflow", maximum) == expected


@pytest.mark.parametrize(
    ("text", "maximum", "message"),
    [
        (str(2**31), INT4_MAX, f"workflow: 2147483648 is out of range: a whole number from 0 to {INT4_MAX}"),
        (str(2**63), INT8_MAX, f"workflow: {2**63} is out of range: a whole number from 0 to {INT8_MAX}"),
        ("-1", INT4_MAX, f"workflow: a whole number from 0 to {INT4_MAX}"),
        (str(10**30), INT8_MAX, f"workflow: a whole number from 0 to {INT8_MAX}"),
        ("١٢", INT4_MAX, f"workflow: a whole number from 0 to {INT4_MAX}"),  # Arabic-Indic digits
        ("abc", INT4_MAX, f"workflow: a whole number from 0 to {INT4_MAX}"),
    ],
)
def test_an_id_beyond_its_column_is_refused_with_the_reason(text: str, maximum: int, message: str) -> None:
    with pytest.raises(InputError) as error:
        parse_id(text, "workflow", maximum)
    assert str(error.value) == message

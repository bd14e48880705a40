"""Splitting long messages: at line boundaries, within the limit, losing nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gateways import split_message


def test_a_short_message_is_one_chunk_and_an_empty_one_none() -> None:
    assert split_message("hello", 10) == ["hello"]
    assert split_message("", 10) == []


def test_a_long_message_is_cut_after_a_newline() -> None:
    text = "line one\nline two\nline three"
    assert split_message(text, 20) == ["line one\nline two\n", "line three"]


def test_a_long_line_is_cut_at_a_space_in_its_second_half_else_hard() -> None:
    assert split_message("aaaa bbbb cccc", 10) == ["aaaa bbbb ", "cccc"]
    assert split_message("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


@given(st.text(alphabet=st.sampled_from("ab \n✓"), max_size=300), st.integers(min_value=1, max_value=50))
def test_chunks_always_fit_and_join_back_to_the_text(text: str, limit: int) -> None:
    chunks = split_message(text, limit)
    assert "".join(chunks) == text
    assert all(0 < len(chunk) <= limit for chunk in chunks)

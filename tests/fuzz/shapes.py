"""Strategies shaped like the real inputs, then mutated: a template's keys
kept, dropped or joined by strangers, each value kept, replaced by a value
of another JSON type, or mutated in turn; and hostile scalars (huge digit
strings, lone surrogates, NUL, deep nesting)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

DIGITS = st.integers(min_value=1, max_value=6000).map(lambda n: "7" * n)


def scalars() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.integers(min_value=-(2**80), max_value=2**80),
        st.floats(),
        st.text(max_size=30),
        st.sampled_from(["", "\x00", "\ud800", "0", "-1", "1e999", "NaN", "\u202e", "../..", "<b>x</b>"]),
        DIGITS,
    )


def json_values(max_leaves: int = 12) -> st.SearchStrategy[Any]:
    return st.recursive(
        scalars(),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
        max_leaves=max_leaves,
    )


def deep(depth: int) -> Any:
    value: Any = 1
    for n in range(depth):
        value = [value] if n % 2 else {"a": value}
    return value


def mutated(template: Any) -> st.SearchStrategy[Any]:
    """``template`` itself, or a mutation of it at any depth."""
    other = json_values(6) | st.integers(min_value=20, max_value=400).map(
        deep
    )  # deeper than every limit, within json.dumps
    if isinstance(template, dict):
        fields = {key: mutated(value) for key, value in template.items()}
        kept = st.fixed_dictionaries({}, optional=fields)
        strangers = st.dictionaries(st.text(max_size=10), json_values(4), max_size=3)
        shaped = st.builds(lambda a, b: {**b, **a}, kept, strangers)
        return st.one_of(st.just(template), shaped, shaped, other)
    if isinstance(template, list):
        items = [mutated(item) for item in template] or [json_values(4)]
        return st.one_of(st.just(template), st.lists(st.one_of(*items), max_size=5), other)
    return st.one_of(st.just(template), scalars(), other)

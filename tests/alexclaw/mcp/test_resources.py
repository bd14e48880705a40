"""Resource addresses: an id is ASCII digits that fit a bigint, or the
resource is not found (a value the client reads), never a crash."""

from __future__ import annotations

import pytest

from alexclaw.mcp._resources import NotFound, _int_id


@pytest.mark.parametrize("rest", ["\u00b2", "\u0663", "9" * 5000, "12a", ""])
def test_an_id_that_is_not_small_ascii_digits_is_not_found(rest: str) -> None:
    with pytest.raises(NotFound, match="ids are whole numbers"):
        _int_id("workflow", rest)


def test_an_ascii_id_is_read() -> None:
    assert _int_id("workflow", "42") == 42

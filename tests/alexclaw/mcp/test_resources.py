"""Resource addresses: an id is ASCII digits that fit a bigint, or the
resource is not found (a value the client reads), never a crash; a search
query too long to run is refused before it costs an embedding."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import pytest

from alexclaw.config import ConfigHandle
from alexclaw.mcp._resources import NotFound, Reader, _int_id, read
from alexclaw.memory import MAX_QUERY_CHARS, Vector


@pytest.mark.parametrize("rest", ["\u00b2", "\u0663", "9" * 5000, "12a", ""])
def test_an_id_that_is_not_small_ascii_digits_is_not_found(rest: str) -> None:
    with pytest.raises(NotFound, match="ids are whole numbers"):
        _int_id("workflow", rest)


def test_an_ascii_id_is_read() -> None:
    assert _int_id("workflow", "42") == 42


class CountingEmbedder:
    model = "counting"
    dimension = 3

    def __init__(self) -> None:
        self.embedded: list[str] = []

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        self.embedded += texts
        return [cast(Vector, [1.0, 0.0, 0.0]) for _ in texts]


@pytest.mark.parametrize("kind", ["memory", "knowledge"])
async def test_a_search_query_over_the_limit_is_not_found_before_anything_is_embedded(kind: str) -> None:
    # Found by the MCP JSON-RPC fuzzer: a 750,000-character query was embedded
    # (its first 1,000 characters, seconds of the node's model) and only then
    # refused by the search.
    embedder = CountingEmbedder()
    reader = Reader(cast(ConfigHandle, None), embedder, outputs=False)
    nothing = cast(Any, None)  # no database: the query is refused before one is needed
    with pytest.raises(NotFound, match=f"at most {MAX_QUERY_CHARS}"):
        await read(nothing, reader, f"alexclaw://{kind}/search:" + "word " * 150_000)
    assert embedder.embedded == []

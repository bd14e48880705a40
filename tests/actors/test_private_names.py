"""A process subclass may not reuse the kernel's private names: one that
did (a dict of its own called ``_monitors``, a method called ``_send``)
silently broke monitors and message delivery. It is refused when defined."""

from __future__ import annotations

from typing import Any

import pytest

from actors import AsyncActor, Caller


def test_an_attribute_named_like_the_kernels_monitors_is_refused() -> None:
    with pytest.raises(TypeError, match="_monitors, private to the process kernel"):

        class Watcher(AsyncActor):
            def __init__(self) -> None:
                super().__init__()
                self._monitors: dict[str, int] = {}  # type: ignore[assignment]


def test_a_method_named_like_the_kernels_delivery_is_refused() -> None:
    with pytest.raises(TypeError, match="_send, private to the process kernel"):

        class Sender(AsyncActor):
            async def _send(self, chat: str) -> None:  # type: ignore[override]
                del chat


def test_a_name_used_only_inside_a_nested_function_is_still_found() -> None:
    with pytest.raises(TypeError, match="_links"):

        class Nested(AsyncActor):
            async def handle_call(self, message: Any, caller: Caller) -> Any:
                def peek() -> Any:
                    return self._links

                return peek()


def test_ordinary_private_names_are_fine() -> None:
    class Fine(AsyncActor):
        def __init__(self) -> None:
            super().__init__()
            self._watching: dict[str, int] = {}

        async def _deliver(self) -> None:
            self._watching.clear()

    assert Fine().alive is False

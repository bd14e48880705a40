"""``Refused``: an expected failure is a reply the caller matches; the actor
that answered it goes on."""

from __future__ import annotations

from typing import Any

import pytest

from actors import AsyncActor, Caller, Refused, RefusedError, call, raise_if_refused


class Vault(AsyncActor):
    """Hands out what it holds; turns down what it does not."""

    def __init__(self) -> None:
        super().__init__()
        self.held = {"a": 1}

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if message not in self.held:
            return Refused(f"no {message!r} here", "missing")
        return self.held[message]


async def test_a_refusal_is_the_reply_and_the_actor_keeps_answering() -> None:
    vault = await Vault().start()
    answer = await call(vault, "b")
    match answer:
        case Refused(reason=reason, code="missing"):
            assert reason == "no 'b' here"
        case _:
            pytest.fail(f"not a refusal: {answer!r}")
    assert vault.alive and await call(vault, "a") == 1
    await vault.stop()


def test_raise_if_refused_passes_a_value_through_and_raises_a_refusal() -> None:
    assert raise_if_refused(3) == 3
    with pytest.raises(RefusedError, match="turned down") as caught:
        raise_if_refused(Refused("turned down", "why"))
    assert caught.value.refusal.code == "why"


def test_a_refusal_because_of_an_exception_raises_that_exception_at_the_client() -> None:
    refused = Refused.because(KeyError("k"), "missing")
    assert (refused.reason, refused.code) == ("'k'", "missing")
    assert Refused.because(ValueError("bad")).code == "ValueError"
    with pytest.raises(KeyError):
        raise_if_refused(refused)

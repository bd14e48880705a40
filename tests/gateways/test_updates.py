"""Reading raw Telegram updates: every shape Telegram does not send is
refused with an error (never a crash later), and a usable id is known
before anything is stored."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from telegram import Bot

from gateways.telegram import MalformedUpdate, read_message, shape_problem, update_id_of

BOT = Bot("123:abc")


def good() -> dict[str, Any]:
    return {
        "update_id": 7,
        "message": {
            "message_id": 1,
            "date": 1_700_000_000,
            "chat": {"id": -100, "type": "group", "title": "Home"},
            "from": {"id": 42, "is_bot": False, "first_name": "Alex"},
            "text": "/ping",
        },
    }


def changed(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    update = copy.deepcopy(good())
    target = update
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return update


def without(path: tuple[str, ...]) -> dict[str, Any]:
    update = copy.deepcopy(good())
    target = update
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return update


MALFORMED = {
    "a date that is not a number": changed(("message", "date"), "notanint"),
    "a message that is a string": changed(("message",), "hello"),
    "a message that is a list": changed(("message",), [1, 2]),
    "text that is a number": changed(("message", "text"), 5),
    "text that is an object": changed(("message", "text"), {"a": 1}),
    "a chat that is a string": changed(("message", "chat"), "home"),
    "a chat id that is text": changed(("message", "chat", "id"), "abc"),
    "a chat id that is a float": changed(("message", "chat", "id"), 1.5),
    "a chat id that is a boolean": changed(("message", "chat", "id"), True),
    "no chat": without(("message", "chat")),
    "a sender id that is text": changed(("message", "from", "id"), "42"),
    "a sender that is a number": changed(("message", "from"), 3),
    "a caption that is a list": changed(("message", "caption"), ["x"]),
    "entities that are a string": changed(("message", "entities"), "bold"),
    # Found by fuzzing: python-telegram-bot's own classes raised OverflowError and OSError here.
    "a date beyond time_t": changed(("message", "date"), 10**20),
    "a date far before the epoch": changed(("message", "date"), -(10**17)),
}


@pytest.mark.parametrize("update", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_message_raises_instead_of_passing_for_a_message(update: dict[str, Any]) -> None:
    with pytest.raises(MalformedUpdate):  # whatever the library raised inside, the reader's one error type
        read_message(update, BOT)


def test_a_good_message_is_read_with_its_sender() -> None:
    incoming = read_message(good(), BOT)
    assert incoming is not None
    assert (incoming.chat_id, incoming.user_id, incoming.user_name, incoming.text) == ("-100", "42", "Alex", "/ping")
    assert incoming.chat_title == "Home"


def test_an_update_of_an_unknown_kind_carries_no_message() -> None:
    assert read_message({"update_id": 8, "poll_answer_of_the_future": {"x": 1}}, BOT) is None
    assert read_message({"update_id": 9}, BOT) is None


@pytest.mark.parametrize(
    "raw",
    [
        {"update_id": "7"},
        {"update_id": 7.0},
        {"update_id": True},
        {"update_id": -1},
        {"update_id": 2**63},
        {"update_id": 10**400},
        {"message": {}},
        ["update_id", 7],
        None,
    ],
)
def test_an_update_without_a_usable_id_is_recognised_before_it_is_stored(raw: object) -> None:
    assert update_id_of(raw) is None


def test_a_usable_id_is_an_integer_in_range() -> None:
    assert update_id_of({"update_id": 0}) == 0
    assert update_id_of(good()) == 7


def test_a_deep_or_huge_update_has_a_shape_problem_and_a_real_one_has_none() -> None:
    deep: dict[str, Any] = {"update_id": 1}
    node = deep
    for _ in range(10_000):  # iterative check: no RecursionError
        node["x"] = {}
        node = node["x"]
    assert shape_problem(deep) == "nested deeper than 16 levels"
    huge = changed(("message", "text"), "x" * 300_000)
    assert shape_problem(huge) == "larger than 262144 bytes"
    assert shape_problem(good()) is None

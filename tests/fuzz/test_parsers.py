"""Structured fuzzing of the parsers behind the ways in, each fed inputs
shaped like the real ones and mutated (``shapes.mutated``). The invariant
is each parser's contract: what it cannot use is its own error type (or a
returned reason), never another exception — the callers catch only that."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st
from telegram import Bot

from alexclaw.control import BadRequest, parse_request
from alexclaw.inputs import InputError, read_json
from alexclaw.webhooks import InvalidDelivery, read_event, signature_ok
from gateways.discord import MalformedMessage, read_dispatch
from gateways.telegram import MalformedUpdate, read_message, shape_problem, update_id_of
from tests.cluster.fuzz_support import PROTOCOL_VERSION, SCHEMA, FrameDecoder, FrameError, Message, encode
from tests.fuzz.shapes import json_values, mutated
from tests.fuzz.support import Record, fuzz

TELEGRAM_UPDATE = {
    "update_id": 10000,
    "message": {
        "message_id": 1365,
        "date": 1441645532,
        "chat": {"id": 1111111, "type": "private", "first_name": "Op", "username": "op"},
        "from": {"id": 1111111, "is_bot": False, "first_name": "Op", "last_name": "Erator"},
        "text": "/status",
        "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
        "reply_to_message": {"message_id": 1, "date": 1441645000, "chat": {"id": 1111111, "type": "private"}},
    },
}
DISCORD_MESSAGE = {
    "id": "1100000000000000001",
    "channel_id": "700000000000000001",
    "guild_id": "800000000000000001",
    "author": {"id": "900000000000000001", "username": "op", "global_name": "Op", "bot": False},
    "content": "!status",
    "mentions": [],
}
GITHUB_PUSH = {
    "ref": "refs/heads/main",
    "after": "a" * 40,
    "compare": "https://github.com/o/r/compare/x...y",
    "deleted": False,
    "repository": {"full_name": "o/r", "default_branch": "main"},
}
GITHUB_PULL = {
    "action": "opened",
    "number": 7,
    "pull_request": {"number": 7, "head": {"sha": "b" * 40, "ref": "feature"}, "title": "x", "body": "y"},
    "repository": {"full_name": "o/r", "default_branch": "main"},
}
CONTROL_REQUEST = {"command": "status", "args": {"name": "x", "id": 3}}


def contract(errors: tuple[type[BaseException], ...], call: Callable[[], Any]) -> None:
    try:
        call()
    except errors:
        pass


def test_telegram_updates_are_stored_read_or_set_aside_never_an_unexpected_exception(record_property: Record) -> None:
    bot = Bot("123456:" + "A" * 35)

    def one(raw: Any) -> None:
        update_id_of(raw)  # never raises, whatever raw is
        if not isinstance(raw, dict):
            return
        if shape_problem(raw) is not None:
            return  # set aside before it is read
        # Telegram's own classes raise what they raise on a shape they never send;
        # the gateway sets those aside (MalformedUpdate is ours).
        contract((MalformedUpdate, TypeError, ValueError, KeyError, AttributeError), lambda: read_message(raw, bot))

    fuzz(
        "Telegram updates (the gateway's reader)", record_property, one, mutated(TELEGRAM_UPDATE), short=200, long=5000
    )


def test_discord_messages_are_read_or_malformed_never_another_exception(record_property: Record) -> None:
    def one(data: Any) -> None:
        contract((MalformedMessage,), lambda: read_dispatch(data))

    fuzz("Discord MESSAGE_CREATE payloads", record_property, one, mutated(DISCORD_MESSAGE), short=200, long=5000)


def test_github_deliveries_are_read_ignored_or_invalid_and_signatures_never_raise(record_property: Record) -> None:
    events = st.sampled_from(["push", "pull_request", "ping", "issues", "", "\x00"]) | st.text(max_size=12)

    def one(event: str, payload: Any, body: bytes, header: str) -> None:
        contract((InvalidDelivery,), lambda: read_event(event, payload))
        assert signature_ok("secret", body, header) in (True, False)

    bodies = mutated(GITHUB_PUSH) | mutated(GITHUB_PULL)
    headers = st.text(max_size=80) | st.just("sha256=") | st.text(alphabet="0123456789abcdef", max_size=64)
    fuzz(
        "GitHub deliveries and signatures",
        record_property,
        one,
        events,
        bodies,
        st.binary(),
        headers,
        short=200,
        long=5000,
    )


def test_every_json_reader_input_is_a_value_or_an_input_error(record_property: Record) -> None:
    documents = st.one_of(
        st.binary(max_size=200),
        json_values().map(lambda v: json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass")),
        st.integers(min_value=1, max_value=3000).map(lambda n: ("[" * n + "]" * n).encode()),
        st.text(max_size=100).map(lambda t: t.encode("utf-8", "surrogatepass")),
    )

    def one(raw: bytes) -> None:
        contract((InputError,), lambda: read_json(raw, "field"))

    fuzz(
        "the one JSON reader (webhooks, proxy, import, settings)", record_property, one, documents, short=300, long=8000
    )


def test_control_socket_requests_are_parsed_or_a_bad_request(record_property: Record) -> None:
    lines = st.one_of(st.binary(max_size=120), mutated(CONTROL_REQUEST).map(lambda v: json.dumps(v).encode()))

    def one(line: bytes) -> None:
        contract((BadRequest,), lambda: parse_request(line))

    fuzz("control socket request lines", record_property, one, lines, short=200, long=5000)


def _frame(body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + body


def test_cluster_frames_shaped_like_the_schema_and_mutated_decode_to_messages_or_one_refusal(
    record_property: Record,
) -> None:
    """Extends tests/cluster/test_frames.py (arbitrary bytes) with frames a
    peer could almost send: every message type with each field mutated."""
    templates = [
        {
            "v": PROTOCOL_VERSION,
            "type": kind,
            **{name: {str: "x", int: 1, bool: True, object: {}}[t] for name, t in fields.items()},
        }
        for kind, fields in SCHEMA.items()
    ]
    frames = st.one_of(*[mutated(t) for t in templates]).map(
        lambda v: _frame(json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    )

    def one(bodies: list[bytes], cut: int) -> None:
        data = encode("ping", seq=1) + b"".join(bodies)
        decoder = FrameDecoder(max_frame=64 * 1024)
        results: list[Message | FrameError] = []
        for start in range(0, len(data), cut):
            fed = decoder.feed(data[start : start + cut])
            if isinstance(fed, FrameError):
                results.append(fed)
                break
            results.extend(fed)
        assert all(isinstance(r, Message) for r in results[:-1])
        for message in results:
            if isinstance(message, Message):
                assert set(message.fields) == set(SCHEMA[message.type])

    fuzz(
        "cluster frames (schema-shaped)",
        record_property,
        one,
        st.lists(frames, max_size=4),
        st.integers(1, 64),
        short=200,
        long=5000,
    )

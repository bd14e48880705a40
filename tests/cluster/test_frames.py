"""The frame decoder: every byte string a peer can send is a list of
messages of the schema or one refusal — never an exception, never more than
one frame's cap held."""

from __future__ import annotations

import json
import struct

from hypothesis import given, settings
from hypothesis import strategies as st

from cluster._frames import HEADER_SIZE, MAX_FRAME, PROTOCOL_VERSION, SCHEMA, FrameDecoder, FrameError, Message, encode


def frame(body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + body


def test_a_message_survives_the_wire_whole() -> None:
    decoder = FrameDecoder()
    data = encode("ping", seq=7) + encode("hello", name="a", nonce="n")
    assert decoder.feed(data) == [Message("ping", {"seq": 7}), Message("hello", {"name": "a", "nonce": "n"})]


def test_a_frame_split_across_reads_is_decoded_once_complete() -> None:
    decoder = FrameDecoder()
    data = encode("refused", reason="x" * 100)
    assert decoder.feed(data[:3]) == []
    assert decoder.feed(data[3:50]) == []
    assert decoder.feed(data[50:]) == [Message("refused", {"reason": "x" * 100})]


def test_a_length_above_the_cap_is_refused_before_its_body_arrives() -> None:
    decoder = FrameDecoder()
    result = decoder.feed(struct.pack(">I", MAX_FRAME + 1))
    assert isinstance(result, FrameError) and "cap" in result.reason
    assert decoder.pending == 0


def test_after_a_refusal_the_stream_is_refused_for_good() -> None:
    decoder = FrameDecoder()
    assert isinstance(decoder.feed(frame(b"garbage")), FrameError)
    assert isinstance(decoder.feed(encode("ping", seq=1)), FrameError)


def test_each_kind_of_bad_frame_is_refused_with_its_reason() -> None:
    v = PROTOCOL_VERSION
    cases = {
        b"\xff\xfe": "UTF-8 JSON",
        b"[1, 2]": "JSON object",
        json.dumps({"type": "ping", "seq": 1}).encode(): "protocol version",
        json.dumps({"v": v + 1, "type": "ping", "seq": 1}).encode(): "protocol version 2",
        json.dumps({"v": v, "seq": 1}).encode(): "message type",
        json.dumps({"v": v, "type": "shutdown_now"}).encode(): "unknown message type",
        json.dumps({"v": v, "type": "ping"}).encode(): "missing field 'seq'",
        json.dumps({"v": v, "type": "ping", "seq": True}).encode(): "not a int",
        json.dumps({"v": v, "type": "hello", "name": 3, "nonce": "x"}).encode(): "not a str",
        b'{"v": 1, "type": "ping", "seq": NaN}': "UTF-8 JSON",
        b"[" * 100_000 + b"]" * 100_000: "frame",
    }
    for body, reason in cases.items():
        result = FrameDecoder(max_frame=1_000_000).feed(frame(body))
        assert isinstance(result, FrameError), body[:40]
        assert reason in result.reason, (body[:40], result.reason)


def test_our_own_messages_must_fit_the_schema() -> None:
    for bad in ({"seq": "1"}, {}, {"seq": 1, "extra": 2}):
        try:
            encode("ping", **bad)
        except ValueError:
            continue
        raise AssertionError(f"encoded {bad}")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.lists(st.integers(min_value=1, max_value=50), max_size=10))
def test_any_byte_string_in_any_chunks_decodes_to_messages_or_one_refusal(data: bytes, cuts: list[int]) -> None:
    decoder = FrameDecoder(max_frame=256)
    position = 0
    for size in [*cuts, len(data)]:
        result = decoder.feed(data[position : position + size])
        position += size
        if isinstance(result, FrameError):
            assert isinstance(decoder.feed(b""), FrameError)
            return
        assert all(m.type in SCHEMA for m in result)
        assert decoder.pending <= 256 + HEADER_SIZE


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)


FIELD_NAMES = ["name", "nonce", "proof", "seq", "reason", "id", "workflow", "input", "ok", "run_id", "v"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(SCHEMA)), st.dictionaries(st.sampled_from(FIELD_NAMES), json_values, max_size=6))
def test_any_json_object_is_a_schema_message_or_refused(type_: str, fields: dict[str, object]) -> None:
    body = json.dumps({"v": PROTOCOL_VERSION, **fields, "type": type_}).encode()
    result = FrameDecoder().feed(frame(body))
    if isinstance(result, FrameError):
        return
    (message,) = result
    assert message.type == type_
    assert set(message.fields) == set(SCHEMA[type_])

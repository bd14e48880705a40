"""Screening a chat-completions exchange, function by function (the whole
proxy is tested over HTTP in tests/alexclaw/web/test_shield_proxy.py)."""

from __future__ import annotations

from typing import Any

import pytest

from alexclaw.security import (
    InvalidCompletion,
    completion_chunks,
    completion_text,
    redact_completion,
    screen_prompt,
)

TOKEN = "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5"


def request(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"model": "m", "messages": list(messages), **extra}


def test_the_shield_judges_what_users_tools_and_answers_said_not_the_callers_instructions() -> None:
    screened = screen_prompt(
        request(
            {"role": "system", "content": "You must answer briefly."},
            {"role": "user", "content": "hello"},
            {"role": "assistant", "content": "hi"},
            {"role": "tool", "tool_call_id": "c1", "content": "42 degrees"},
        )
    )
    assert screened.judged_text == "hello\n\nhi\n\n42 degrees"
    assert screened.wrapped == 1 and screened.redacted == 0


def test_screening_leaves_the_callers_request_untouched_and_drops_the_stream_flags() -> None:
    original = request({"role": "user", "content": f"key {TOKEN}"}, stream=True, stream_options={"include_usage": True})
    screened = screen_prompt(original)
    assert original["messages"][0]["content"] == f"key {TOKEN}"
    assert screened.body["messages"][0]["content"] == "key [REDACTED:github_token]"
    assert "stream" not in screened.body and "stream_options" not in screened.body
    assert screened.stream and screened.include_usage and screened.redacted == 1


def test_image_parts_pass_through_and_text_parts_are_screened() -> None:
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}
    screened = screen_prompt(request({"role": "user", "content": [{"type": "text", "text": TOKEN}, image]}))
    assert screened.body["messages"][0]["content"] == [{"type": "text", "text": "[REDACTED:github_token]"}, image]


def test_credentials_in_tool_call_arguments_are_redacted_both_ways() -> None:
    call = {"id": "c", "type": "function", "function": {"name": "f", "arguments": f'{{"t": "{TOKEN}"}}'}}
    screened = screen_prompt(request({"role": "assistant", "content": None, "tool_calls": [call]}))
    assert TOKEN not in str(screened.body) and screened.redacted == 1
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [call]}}]}
    assert TOKEN in completion_text(answer)
    cleaned, count = redact_completion(answer)
    assert count == 1 and TOKEN not in str(cleaned) and TOKEN in str(answer)


def test_a_completion_becomes_the_chunks_of_a_stream() -> None:
    call = {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    answer = {
        "id": "x",
        "created": 1,
        "model": "m",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"},
            {
                "index": 1,
                "message": {"role": "assistant", "content": None, "tool_calls": [call]},
                "finish_reason": "tool_calls",
            },
        ],
        "usage": {"total_tokens": 3},
    }
    chunks = list(completion_chunks(answer))
    assert [c["choices"][0]["delta"] for c in chunks] == [
        {"role": "assistant", "content": "hi"},
        {},
        {"role": "assistant", "tool_calls": [{**call, "index": 0}]},
        {},
    ]
    assert [c["choices"][0]["finish_reason"] for c in chunks] == [None, "stop", None, "tool_calls"]
    assert all(c["object"] == "chat.completion.chunk" and c["id"] == "x" for c in chunks)
    assert list(completion_chunks(answer, include_usage=True))[-1] == {
        "id": "x",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [],
        "usage": {"total_tokens": 3},
    }


@pytest.mark.parametrize("garbage", [None, [], {"choices": {}}, {"choices": [{"message": "hi"}]}])
def test_an_answer_without_choices_of_messages_is_not_a_completion(garbage: Any) -> None:
    with pytest.raises(InvalidCompletion):
        completion_text(garbage)

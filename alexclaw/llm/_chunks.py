"""Incremental screening of a stream in OpenAI's chunk format (the shield
proxy's wire format): every text a chunk carries — each choice's content
and each tool call's arguments — goes through its own ``StreamScreen``, so
a chunk is forwarded at once with only the tail a credential could still
complete held back; a choice's held tails are released (redacted) just
before its ``finish_reason`` chunk, and whatever is left at the end by
``flush``. ``text`` is everything the model said so far, for the shield.
"""

from __future__ import annotations

import copy
from typing import Any

from alexclaw.llm._guarded import StreamScreen

Key = tuple[int, str, int]  # (choice index, "content" | "arguments", tool call index)


class ChunkScreen:
    def __init__(self) -> None:
        self._screens: dict[Key, StreamScreen] = {}
        self._template: dict[str, Any] = {}

    def _screen(self, key: Key) -> StreamScreen:
        return self._screens.setdefault(key, StreamScreen())

    @property
    def redacted(self) -> int:
        return sum(s.redacted for s in self._screens.values())

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self._screens.values())

    def _tail_chunk(self, index: int, *, final: bool) -> dict[str, Any] | None:
        """A chunk carrying the released tails of choice ``index``."""
        delta: dict[str, Any] = {}
        for (choice, field, tool), screen in self._screens.items():
            if choice != index:
                continue
            tail = screen.feed("", final=final)
            if not tail:
                continue
            if field == "content":
                delta["content"] = tail
            else:
                delta.setdefault("tool_calls", []).append({"index": tool, "function": {"arguments": tail}})
        if not delta:
            return None
        return {**self._template, "choices": [{"index": index, "delta": delta, "finish_reason": None}]}

    def chunk(self, payload: Any) -> list[dict[str, Any]]:
        """The chunks to forward for one upstream chunk (possibly none)."""
        if not isinstance(payload, dict) or not isinstance(payload.get("choices"), list):
            return [payload] if isinstance(payload, dict) else []
        self._template = {k: v for k, v in payload.items() if k not in {"choices", "usage"}}
        out = copy.deepcopy(payload)
        before: list[dict[str, Any]] = []
        keep = []
        for choice in out["choices"]:
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0) if isinstance(choice.get("index"), int) else 0
            delta: dict[str, Any] = choice["delta"] if isinstance(choice.get("delta"), dict) else {}
            if isinstance(delta.get("content"), str):
                delta["content"] = self._screen((index, "content", 0)).feed(delta["content"])
                if not delta["content"]:
                    del delta["content"]
            for call in delta.get("tool_calls") or ():
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    tool = call.get("index", 0) if isinstance(call.get("index"), int) else 0
                    function["arguments"] = self._screen((index, "arguments", tool)).feed(function["arguments"])
            if choice.get("finish_reason"):
                tail = self._tail_chunk(index, final=True)
                if tail is not None:
                    before.append(tail)
            if delta or choice.get("finish_reason"):
                keep.append(choice)
        out["choices"] = keep
        if not keep and not out.get("usage"):
            return before
        return [*before, out]

    def flush(self) -> list[dict[str, Any]]:
        """Every tail still held (the stream ended without a finish chunk)."""
        indexes = sorted({choice for choice, _, _ in self._screens})
        return [c for i in indexes if (c := self._tail_chunk(i, final=True)) is not None]

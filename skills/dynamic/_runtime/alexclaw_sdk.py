"""The dynamic skill SDK: the one module of the project a dynamic skill may
import (``from alexclaw_sdk import Outcome, Args, ConfigField, API``).

Standard library only: it runs inside the sandbox worker, where nothing of
the project is importable. A skill is a class with the core contract's
attributes (``name``, ``version``, ``description``, ``permissions``,
``branches``, ``external``, optional ``config_schema`` and ``egress``) and
``async def run(self, args: Args) -> Outcome``. ``args.api`` is the only
way out of the sandbox: each of its functions is a request over the
worker's pipe, authorized by the node against the step's capability token
and the skill's declared permissions, and audited.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers import expat

__all__ = ["API", "APIError", "Args", "ConfigField", "Outcome", "PermissionDenied", "parse_xml"]

ON_SUCCESS = "on_success"
ON_ERROR = "on_error"
FRAME_LIMIT = 4 * 1024 * 1024  # the node refuses bigger frames too


@dataclass(frozen=True)
class Outcome:
    """What ``run`` answers: a JSON-able result on a declared branch."""

    result: Any
    branch: str = ON_SUCCESS

    @classmethod
    def error(cls, reason: str, branch: str = ON_ERROR) -> Outcome:
        return cls({"error": reason}, branch)


@dataclass(frozen=True)
class ConfigField:
    """One config field for the step editor (as the core contract's)."""

    name: str
    type: str = "string"
    hint: str = ""
    default: Any = None
    minimum: float | None = None
    maximum: float | None = None
    required: bool = False


class PermissionDenied(Exception):
    """The node refused a SkillAPI call (the skill did not declare the
    permission, or the step's token or a policy does not grant it)."""


class APIError(Exception):
    """A SkillAPI call gave no answer (no backend, a refused request, a
    failure); ``kind`` says which."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind


class Channel:
    """Length-prefixed JSON frames over two file descriptors (set up by the
    worker before the skill is imported)."""

    def __init__(self, read: Callable[[int], bytes], write: Callable[[bytes], int]) -> None:
        self._read = read
        self._write = write
        self._next_id = 0

    def send(self, message: Mapping[str, Any]) -> None:
        data = json.dumps(message, default=str).encode()
        if len(data) > FRAME_LIMIT:
            raise APIError("too_large", f"a frame of {len(data)} bytes is over the {FRAME_LIMIT} cap")
        payload = struct.pack(">I", len(data)) + data
        while payload:
            payload = payload[self._write(payload) :]

    def receive(self) -> Any:
        size = struct.unpack(">I", self._exactly(4))[0]
        if size > FRAME_LIMIT:
            raise APIError("too_large", "the node sent an oversized frame")
        return json.loads(self._exactly(size))

    def _exactly(self, count: int) -> bytes:
        chunks = b""
        while len(chunks) < count:
            chunk = self._read(count - len(chunks))
            if not chunk:
                raise EOFError("the node closed the pipe")
            chunks += chunk
        return chunks

    def request(self, function: str, arguments: Mapping[str, Any]) -> Any:
        self._next_id += 1
        self.send({"t": "call", "id": self._next_id, "fn": function, "args": dict(arguments)})
        answer = self.receive()
        if answer.get("ok"):
            return answer.get("value")
        if answer.get("kind") == "denied":
            raise PermissionDenied(str(answer.get("error", "")))
        raise APIError(str(answer.get("kind", "failed")), str(answer.get("error", "")))


class API:
    """The SkillAPI as a sandboxed skill sees it. Same names and meanings as
    the node's SkillAPI; every call crosses the pipe."""

    def __init__(self, channel: Channel) -> None:
        self._channel = channel

    async def llm(self, prompt: str, *, system: str = "", tier: str | None = None, max_tokens: int = 1024) -> str:
        args = {"prompt": prompt, "system": system, "tier": tier, "max_tokens": max_tokens}
        return str(self._channel.request("llm", args))

    async def web_read(self, url: str, headers: Mapping[str, str] | None = None) -> Any:
        return self._channel.request("web_read", {"url": url, "headers": dict(headers or {})})

    async def config_read(self, key: str) -> Any:
        return self._channel.request("config_read", {"key": key})

    async def memory_read(self, query: str, limit: int = 10) -> Any:
        return self._channel.request("memory_read", {"query": query, "limit": limit})

    async def memory_write(self, text: str, **metadata: Any) -> Any:
        return self._channel.request("memory_write", {"text": text, "metadata": metadata})

    async def knowledge_read(self, query: str, limit: int = 10) -> Any:
        return self._channel.request("knowledge_read", {"query": query, "limit": limit})

    async def knowledge_write(self, text: str, **metadata: Any) -> Any:
        return self._channel.request("knowledge_write", {"text": text, "metadata": metadata})

    async def telegram_send(self, text: str) -> Any:
        return self._channel.request("telegram_send", {"text": text})

    async def resources_read(self, name: str | None = None, *, type: str | None = None) -> Any:
        return self._channel.request("resources_read", {"name": name, "type": type})

    async def run_skill(self, name: str, input: Any = None, config: Mapping[str, Any] | None = None) -> Outcome:
        value = self._channel.request("run_skill", {"name": name, "input": input, "config": dict(config or {})})
        return Outcome(value.get("result"), str(value.get("branch", ON_SUCCESS)))


@dataclass(frozen=True)
class Args:
    """A step's input and config, and the SkillAPI."""

    input: Any = None
    config: Mapping[str, Any] = field(default_factory=dict)
    api: API | None = None


def parse_xml(text: str) -> Element:
    """Parse XML into an ``Element``, refusing any DOCTYPE or entity
    declaration (no entity expansion, no external entities: the billion
    laughs and XXE classes). Raises ``ValueError`` on a refused or broken
    document."""

    def refuse(*_args: Any) -> int:
        raise ValueError("XML with a DOCTYPE or an entity declaration is refused")

    builder = TreeBuilder()
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(text, True)
    except expat.ExpatError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from None
    return builder.close()

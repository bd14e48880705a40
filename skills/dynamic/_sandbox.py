"""The sandboxed execution of a dynamic skill: one confined OS process per
call (``OsProcess``, under the ``skills.sandboxes`` supervisor when the node
runs one), talking length-prefixed JSON frames over its stdin/stdout.

The conversation: the worker says ``hello`` (what confinement it got); the
node sends ``run`` (the source it checked, the input, the config, the
import allowlist); the worker answers ``call`` frames — each relayed to the
step's own ``SkillAPI`` (``args.api``), so it is authorized against the
step's capability token and the skill's declared permissions and audited
exactly as in-process — and ends with ``done`` or ``crash``. A crash, a
kill, an overrun or anything on the pipe that is not a well-formed frame
under the size cap raises here (``SandboxError``, ``TimeoutError``): the
step's error, never the node's. The worker is killed with its whole
process group when the call ends, whatever the way.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
import struct
import sys
import tempfile
from collections.abc import Awaitable, Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any, Final

from actors import OsProcess, Process
from skills._api import PermissionDenied, SkillAPI, SkillAPIUnavailable
from skills._contract import SkillArgs, SkillOutcome
from skills.dynamic._check import ALLOWED_MODULES
from skills.dynamic._confine import Limits, confine
from supervisors import ChildSpec, Restart, ShutdownPolicy, start_child

RUNTIME: Final = Path(__file__).resolve().parent / "_runtime"
WORKER: Final = RUNTIME / "alexclaw_worker.py"
SDK_PATH: Final = RUNTIME / "alexclaw_sdk.py"
SANDBOXES_NAME: Final = "skills.sandboxes"
# No secret reaches the worker: its environment is built, not inherited.
SCRUBBED_ENV: Final = {"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}
_calls = itertools.count(1)
DEFAULT_LIMITS: Final = Limits()


class SandboxError(RuntimeError):
    """The sandboxed call failed: the worker crashed, was killed, or broke
    the protocol. The message says which; the step ends on its error branch."""


class SkillCrashed(RuntimeError):
    """The skill's own code raised inside the sandbox (its message)."""


def _netns() -> str:
    try:
        return str(os.stat("/proc/self/ns/net").st_ino)
    except OSError:
        return "-"


class Sandbox:
    """An ``Execution`` for dynamic skills (``skill.source`` is the checked
    code). ``namespaces=False`` forces the fallback (tests)."""

    def __init__(
        self,
        *,
        limits: Limits = DEFAULT_LIMITS,
        namespaces: bool = True,
        supervisor: str | Process | None = None,
        python: str = sys.executable,
        allowed: frozenset[str] = ALLOWED_MODULES,
    ) -> None:
        self.limits = limits
        self.namespaces = namespaces
        self.supervisor = supervisor
        self.python = python
        self.allowed = allowed
        self.last_confinement = ""  # the worker's own report, for the Skills page and the tests

    async def run(self, skill: Any, args: SkillArgs, *, timeout: float | None) -> SkillOutcome:
        source = getattr(skill, "source", None)
        if not isinstance(source, str):
            raise SandboxError(f"{getattr(skill, 'name', skill)!r} is not a dynamic skill")
        workdir, worker = self._worker()
        try:
            await self._start(worker, str(getattr(skill, "name", "skill")))
            async with asyncio.timeout(timeout):
                return await self._converse(worker, skill, source, args)
        finally:
            await _end(worker, workdir)

    async def cold_start(self) -> str:
        """Spawn a worker, wait for its hello, end it: what a call pays
        before the skill's code (the benchmark's figure). Its confinement."""
        workdir, worker = self._worker()
        try:
            await worker.start(link=False)
            hello = await self._receive(worker)
            return str(hello.get("net", ""))
        finally:
            await _end(worker, workdir)

    def _worker(self) -> tuple[str, OsProcess]:
        workdir = tempfile.mkdtemp(prefix="alexclaw-skill-")
        worker = OsProcess(
            [self.python, "-I", "-S", str(WORKER), _netns()],
            env=SCRUBBED_ENV,
            cwd=workdir,
            preexec=partial(confine, self.limits, workdir, namespaces=self.namespaces),
        )
        return workdir, worker

    async def _start(self, worker: OsProcess, name: str) -> None:
        if self.supervisor is None:
            await worker.start(link=False)
            return

        async def start() -> Process:
            return await worker.start()

        spec = ChildSpec(
            f"{name}#{next(_calls)}", start, restart=Restart.TEMPORARY, shutdown=ShutdownPolicy.BRUTAL_KILL,
            info=f"sandboxed {name}",
        )  # fmt: skip
        await start_child(self.supervisor, spec)

    async def _converse(self, worker: OsProcess, skill: Any, source: str, args: SkillArgs) -> SkillOutcome:
        hello = await self._receive(worker)
        if hello.get("t") != "hello":
            raise SandboxError("garbage on the pipe: the worker did not say hello")
        self.last_confinement = str(hello.get("net", ""))
        await self._send(worker, {
            "t": "run", "source": source, "filename": f"<skill {getattr(skill, 'name', '?')}>",
            "input": args.input, "config": dict(args.config), "allowed": sorted(self.allowed),
        })  # fmt: skip
        while True:
            frame = await self._receive(worker)
            kind = frame.get("t")
            if kind == "call":
                answer = await relay(args.api, frame)
                await self._send(worker, {"t": "reply", "id": frame.get("id"), **answer})
            elif kind == "done":
                return SkillOutcome(frame.get("result"), str(frame.get("branch", "")))
            elif kind == "crash":
                raise SkillCrashed(str(frame.get("error", "the skill crashed")))
            else:
                raise SandboxError(f"garbage on the pipe: an unknown frame {str(kind)[:40]!r}")

    async def _send(self, worker: OsProcess, message: Mapping[str, Any]) -> None:
        data = json.dumps(message, default=str).encode()
        if len(data) > self.limits.frame_bytes:
            raise SandboxError(f"the input is {len(data)} bytes, over the {self.limits.frame_bytes}-byte frame cap")
        try:
            worker.stdin.write(struct.pack(">I", len(data)) + data)
            await worker.stdin.drain()
        except (BrokenPipeError, ConnectionResetError) as exc:
            raise SandboxError(f"the worker ended: {await _ending(worker)}") from exc

    async def _receive(self, worker: OsProcess) -> dict[str, Any]:
        try:
            size = struct.unpack(">I", await worker.stdout.readexactly(4))[0]
            if size > self.limits.frame_bytes:
                raise SandboxError(f"garbage on the pipe: a frame of {size} bytes is over the cap (stdout is the pipe)")
            data = await worker.stdout.readexactly(size)
        except asyncio.IncompleteReadError as exc:
            raise SandboxError(f"the worker ended: {await _ending(worker)}") from exc
        try:
            frame = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise SandboxError("garbage on the pipe: a frame that is not JSON (stdout is the pipe)") from exc
        if not isinstance(frame, dict):
            raise SandboxError("garbage on the pipe: a frame that is not an object")
        return frame


async def _end(worker: OsProcess, workdir: str) -> None:
    """Kill the worker's whole group (whatever the way the call ended) and
    remove its working directory."""
    worker.kill()
    if worker.alive:
        await worker.wait_exited()
    shutil.rmtree(workdir, ignore_errors=True)


async def _ending(worker: OsProcess) -> str:
    try:
        reason = await worker.wait_exited(2.0)
    except TimeoutError:
        return "it closed the pipe"
    return str(getattr(reason, "error", None) or reason)


# -- the SkillAPI over the pipe ---------------------------------------------------

_Relay = Callable[[SkillAPI, Mapping[str, Any]], Awaitable[Any]]


async def _run_skill(api: SkillAPI, a: Mapping[str, Any]) -> Any:
    outcome = await api.run_skill(str(a["name"]), SkillArgs(a.get("input"), dict(a.get("config") or {})))
    return {"result": outcome.result, "branch": outcome.branch}


def _metadata(a: Mapping[str, Any]) -> dict[str, Any]:
    metadata = a.get("metadata") or {}
    return {str(k): v for k, v in metadata.items()} if isinstance(metadata, dict) else {}


# What a sandboxed skill may ask for: skill_write, skill_manage and
# workflow_manage are not here (never granted to a dynamic skill).
RELAYS: Final[Mapping[str, _Relay]] = {
    "llm": lambda api, a: api.llm(
        str(a["prompt"]),
        system=str(a.get("system") or ""),
        tier=a.get("tier"),
        max_tokens=int(a.get("max_tokens", 1024)),
    ),
    "web_read": lambda api, a: api.web_read(
        str(a["url"]), {str(k): str(v) for k, v in (a.get("headers") or {}).items()}
    ),
    "config_read": lambda api, a: api.config_read(str(a["key"])),
    "memory_read": lambda api, a: api.memory_read(str(a["query"]), int(a.get("limit", 10))),
    "memory_write": lambda api, a: api.memory_write(str(a["text"]), **_metadata(a)),
    "knowledge_read": lambda api, a: api.knowledge_read(str(a["query"]), int(a.get("limit", 10))),
    "knowledge_write": lambda api, a: api.knowledge_write(str(a["text"]), **_metadata(a)),
    "telegram_send": lambda api, a: api.telegram_send(str(a["text"])),
    "resources_read": lambda api, a: api.resources_read(a.get("name"), type=a.get("type")),
    "run_skill": _run_skill,
}


async def relay(api: Any, frame: Mapping[str, Any]) -> dict[str, Any]:
    """One SkillAPI call from the worker, answered as a reply frame's body."""
    function = str(frame.get("fn"))
    arguments = frame.get("args")
    handler = RELAYS.get(function)
    if not isinstance(api, SkillAPI):
        return {"ok": False, "kind": "denied", "error": "this call has no SkillAPI"}
    if handler is None or not isinstance(arguments, dict):
        return {
            "ok": False,
            "kind": "denied",
            "error": f"{function[:40]!r} is not a SkillAPI function for dynamic skills",
        }
    try:
        value = await handler(api, arguments)
    except PermissionDenied as exc:
        return {"ok": False, "kind": "denied", "error": str(exc)}
    except SkillAPIUnavailable as exc:
        return {"ok": False, "kind": "unavailable", "error": str(exc)}
    except (KeyError, TypeError, ValueError) as exc:
        return {"ok": False, "kind": "invalid", "error": f"{type(exc).__name__}: {exc}"}
    return {"ok": True, "value": json.loads(json.dumps(value, default=str))}

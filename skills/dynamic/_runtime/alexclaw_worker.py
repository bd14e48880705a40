"""The sandbox worker's bootstrap: run by ``python -I -S`` in a confined
child process, with only this directory and the standard library on its
path. Trusted code; it runs before any of the skill's code:

1. keeps stdin/stdout as the frame channel to the node and makes ``print``
   write straight into it (a skill that prints breaks the framing: the node
   ends the call on its error branch);
2. says hello with what confinement it got (network namespace or not);
3. removes sockets and process creation from Python (the fallback where
   the kernel gave no namespace, defense in depth where it did);
4. reads the run frame (source, input, config, the import allowlist), runs
   the skill's class once with ``alexclaw_sdk.Args`` and sends its outcome.
"""

from __future__ import annotations

import asyncio
import builtins
import io
import os
import sys
import traceback
from importlib.util import module_from_spec, spec_from_file_location
from types import ModuleType
from typing import Any

_HERE = os.path.dirname(os.path.abspath(__file__))
_SKILL_MODULE = "alexclaw_skill"


def _load_sdk() -> Any:
    spec = spec_from_file_location("alexclaw_sdk", os.path.join(_HERE, "alexclaw_sdk.py"))
    assert spec is not None and spec.loader is not None
    sdk = module_from_spec(spec)
    sys.modules["alexclaw_sdk"] = sdk
    spec.loader.exec_module(sdk)
    return sdk


def _refuse(*_args: Any, **_kwargs: Any) -> Any:
    raise PermissionError("not available in the skill sandbox")


def _block_network_and_processes() -> None:
    import _socket
    import socket

    for module in (socket, _socket):
        for attr in ("socket", "socketpair", "fromfd", "create_connection", "create_server", "getaddrinfo"):
            if hasattr(module, attr):
                setattr(module, attr, _refuse)
    import posix

    for module in (os, posix):
        for attr in dir(module):
            if attr in {"fork", "forkpty", "system", "popen", "posix_spawn", "posix_spawnp", "kill", "killpg"} or (
                attr.startswith(("exec", "spawn"))
            ):
                setattr(module, attr, _refuse)
    for name in ("subprocess", "_posixsubprocess", "multiprocessing", "ctypes", "_ctypes"):
        sys.modules[name] = None  # type: ignore[assignment]


def _guard_imports(allowed: frozenset[str]) -> None:
    real_import = builtins.__import__

    def guarded(name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0) -> Any:
        if isinstance(globals, dict) and globals.get("__name__") == _SKILL_MODULE and (level or name not in allowed):
            raise ImportError(f"module {name!r} is not on the allowlist")
        return real_import(name, globals, locals, fromlist, level)

    builtins.__import__ = guarded


def _skill_class(module: ModuleType) -> Any:
    found = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and value.__module__ == _SKILL_MODULE and callable(getattr(value, "run", None))
    ]
    if len(found) != 1:
        raise TypeError(f"one skill class expected, found {len(found)}")
    return found[0]


def main(parent_netns: str) -> int:
    sdk = _load_sdk()
    read_fd, write_fd = 0, 1
    channel = sdk.Channel(lambda n: os.read(read_fd, n), lambda data: os.write(write_fd, data))
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), write_through=True)
    own = str(os.stat("/proc/self/ns/net").st_ino)
    channel.send({"t": "hello", "net": "namespace" if own != parent_netns else "fallback"})
    loop = asyncio.new_event_loop()  # its self-pipe is made before sockets go away
    _block_network_and_processes()
    job = channel.receive()
    _guard_imports(frozenset(job.get("allowed", ())))
    try:
        module = ModuleType(_SKILL_MODULE)
        sys.modules[_SKILL_MODULE] = module
        # The node checked this source; running it is this process's purpose.
        exec(compile(job["source"], job.get("filename", "<skill>"), "exec"), module.__dict__)  # noqa: S102
        skill = _skill_class(module)()
        args = sdk.Args(job.get("input"), dict(job.get("config") or {}), sdk.API(channel))
        outcome = loop.run_until_complete(skill.run(args))
        if not isinstance(outcome, sdk.Outcome):
            raise TypeError(f"run answered {type(outcome).__name__}, not an alexclaw_sdk.Outcome")
        channel.send({"t": "done", "result": outcome.result, "branch": outcome.branch})
    except BaseException as exc:  # the skill's failure, reported; the node decides
        last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
        where = f" (line {last[0].lineno})" if last and last[0].filename == job.get("filename") else ""
        channel.send({"t": "crash", "error": f"{type(exc).__name__}: {exc}{where}"})
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "-"))

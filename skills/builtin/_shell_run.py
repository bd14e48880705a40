"""Running one checked argv: no shell, a scrubbed environment, its own
process group (killed whole at the timeout and when the command ends),
stderr merged into stdout, the output capped while it is read."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

# The only variables a command sees: nothing the node holds (SECRET_KEY_BASE,
# DATABASE_URL, API keys, ADMIN_PASSWORD) reaches a child.
ENV_ALLOWED: Final = ("LANG", "LC_ALL", "LC_CTYPE", "TZ", "HOME", "USER", "LOGNAME")
SAFE_PATH: Final = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
_CHUNK: Final = 4096


@dataclass(frozen=True, slots=True)
class Finished:
    exit_code: int | None  # None: killed at the timeout
    output: str
    truncated: bool
    duration_ms: int

    @property
    def timed_out(self) -> bool:
        return self.exit_code is None


def scrubbed_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The allow-listed part of ``environ``, with a fixed PATH."""
    env = {key: environ[key] for key in ENV_ALLOWED if key in environ}
    env["PATH"] = SAFE_PATH
    return env


def render(command: str, finished: Finished, timeout_seconds: float, max_chars: int) -> str:
    """``$ <cmd>``, the exit code (or the timeout) and duration, the output."""
    ended = f"timed out after {timeout_seconds:g} s" if finished.timed_out else f"exit {finished.exit_code}"
    text = f"$ {command}\n{ended} · {finished.duration_ms} ms\n\n{finished.output}"
    if finished.truncated:
        text += f"\n\n[output truncated at {max_chars} characters]"
    return text


async def run_argv(
    argv: Sequence[str], *, timeout_seconds: float, max_chars: int, environ: Mapping[str, str]
) -> Finished | str:
    """Run ``argv`` (a string: why it could not start). The child leads its
    own session, so killing its group reaches every process it started."""
    started = time.monotonic()
    try:
        process = await asyncio.create_subprocess_exec(
            *argv, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT, env=scrubbed_env(environ), start_new_session=True,
        )  # fmt: skip
    except OSError as exc:
        return f"cannot start {argv[0]}: {exc.strerror or exc}"
    assert process.stdout is not None
    kept = bytearray()
    seen = 0
    limit = max_chars * 4 + 4  # bytes enough for max_chars characters of UTF-8
    timed_out = False
    try:
        async with asyncio.timeout(timeout_seconds):
            while chunk := await process.stdout.read(_CHUNK):
                seen += len(chunk)
                if len(kept) < limit:
                    kept += chunk[: limit - len(kept)]
            await process.wait()
    except TimeoutError:
        timed_out = True
    finally:
        # Reached when the command ended, the timeout struck or we were
        # cancelled: the group goes either way (a child it left behind, or
        # one still running, dies with it).
        _kill_group(process.pid)
        with contextlib.suppress(ProcessLookupError):
            await process.wait()
    text = kept.decode("utf-8", errors="replace")
    truncated = len(text) > max_chars or seen > len(kept)
    duration_ms = int((time.monotonic() - started) * 1000)
    return Finished(None if timed_out else process.returncode, text[:max_chars], truncated, duration_ms)


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)

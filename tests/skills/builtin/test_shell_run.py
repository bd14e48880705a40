"""Running a checked argv: no shell, stderr merged, output capped with a
notice, a scrubbed environment, and at the timeout the whole process group
killed — the command's children included."""

from __future__ import annotations

import os
import select
import sys
from pathlib import Path

from skills.builtin._shell_run import SAFE_PATH, Finished, render, run_argv

SPAWNER = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
open(sys.argv[1], "w").write(str(child.pid))
print("spawned", flush=True)
time.sleep(600)
"""


async def run(argv: list[str], *, timeout: float = 30, cap: int = 4000, env: dict[str, str] | None = None) -> Finished:
    finished = await run_argv(argv, timeout_seconds=timeout, max_chars=cap, environ=env or {})
    assert isinstance(finished, Finished)
    return finished


def gone(pid: int) -> bool:
    """Whether ``pid`` has ended, waiting for the kernel to say so (a pidfd
    turns readable when the process exits): an event, not a sleep."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([fd], [], [], 10)
        return bool(readable)
    finally:
        os.close(fd)


async def test_a_command_killed_at_its_timeout_takes_its_children_with_it(tmp_path: Path) -> None:
    script, pid_file = tmp_path / "spawn.py", tmp_path / "child.pid"
    script.write_text(SPAWNER)
    finished = await run([sys.executable, str(script), str(pid_file)], timeout=1.5)
    assert finished.timed_out and finished.exit_code is None
    assert "spawned" in finished.output
    assert gone(int(pid_file.read_text()))
    assert render("spawn", finished, 1.5, 4000).startswith("$ spawn\ntimed out after 1.5 s · ")


async def test_output_over_the_cap_is_cut_with_a_notice() -> None:
    finished = await run([sys.executable, "-c", "print('x' * 100_000)"], cap=50)
    assert finished.exit_code == 0 and finished.truncated
    assert finished.output == "x" * 50
    text = render("big", finished, 30, 50)
    assert text.endswith("x" * 50 + "\n\n[output truncated at 50 characters]")


async def test_stderr_is_merged_and_the_exit_code_and_duration_are_shown() -> None:
    code = "import sys; print('out', flush=True); print('err', file=sys.stderr, flush=True); sys.exit(3)"
    finished = await run([sys.executable, "-c", code])
    assert (finished.exit_code, finished.truncated) == (3, False)
    assert finished.output.splitlines() == ["out", "err"]
    lines = render("py", finished, 30, 4000).splitlines()
    assert lines[0] == "$ py" and lines[1].startswith("exit 3 · ") and lines[1].endswith(" ms")


async def test_the_command_sees_a_scrubbed_environment_without_any_secret() -> None:
    node_env = {
        "SECRET_KEY_BASE": "k" * 64, "DATABASE_URL": "postgres://u:pw@db/x", "ADMIN_PASSWORD": "hunter2",
        "OPENAI_API_KEY": "sk-test", "LANG": "C.UTF-8", "HOME": "/home/alex", "PATH": "/evil:/usr/bin",
    }  # fmt: skip
    finished = await run(["env"], env=node_env)
    seen = dict(line.split("=", 1) for line in finished.output.splitlines())
    assert seen == {"LANG": "C.UTF-8", "HOME": "/home/alex", "PATH": SAFE_PATH}
    for secret in ("k" * 64, "pw@db", "hunter2", "sk-test"):
        assert secret not in finished.output


async def test_a_program_that_does_not_exist_is_a_reason_not_a_crash() -> None:
    assert await run_argv(["no-such-program-here"], timeout_seconds=5, max_chars=10, environ={}) == (
        "cannot start no-such-program-here: No such file or directory"
    )


async def test_an_argument_reaches_the_program_as_one_word_never_through_a_shell() -> None:
    finished = await run([sys.executable, "-c", "import sys; print(sys.argv[1:])", "a b; reboot", "$HOME"])
    assert finished.output.strip() == "['a b; reboot', '$HOME']"

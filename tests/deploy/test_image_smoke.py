"""The image-equivalent smoke test: the node started as the image's
entrypoint starts it — the image's environment, as its non-root user, the
code and the root filesystem read-only, only the data volume writable —
reaches /readyz and stops cleanly on SIGTERM. Building and running the real
image needs a container engine this machine does not have (README: "Run it
in containers")."""

from __future__ import annotations

import json
import secrets
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from tests.deploy.dockerfile import parse

ROOT = Path(__file__).resolve().parents[2]
LAUNCH = Path(__file__).with_name("userns_launch.py")
CANNOT_UNSHARE = 97

pytestmark = pytest.mark.slow


def image_command_and_environment(volume: Path, scratch: Path) -> tuple[int, list[str], dict[str, str]]:
    """The final stage's USER, ENTRYPOINT + CMD and ENV, with the volume and
    the tmpfs where this machine has them and the HTTP listener on loopback."""
    _, stages = parse(ROOT / "Dockerfile")
    final = stages[-1]
    uid = int(final.all("USER")[-1].args.split(":")[0])
    command = final.all("ENTRYPOINT")[-1].words() + final.all("CMD")[-1].words()
    env = final.env()
    assert env["ALEXCLAW_DATA_DIR"] == "/data" and final.all("VOLUME")[-1].words() == ["/data"]
    env.update(
        ALEXCLAW_DATA_DIR=str(volume),
        ALEXCLAW_HTTP_HOST="127.0.0.1",
        ALEXCLAW_HTTP_PORT="0",
        TMPDIR=str(scratch),
        PATH=f"{Path(sys.executable).parent}:/usr/bin:/bin",
        SECRET_KEY_BASE=secrets.token_urlsafe(48),
        ADMIN_PASSWORD=secrets.token_urlsafe(16),
    )
    return uid, command, env


@pytest.fixture
def image_like_node(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    writable = tmp_path / "writable"
    volume, scratch = writable / "data", writable / "tmp"
    volume.mkdir(parents=True)
    scratch.mkdir()
    uid, command, env = image_command_and_environment(volume, scratch)
    proc = subprocess.Popen(
        [sys.executable, str(LAUNCH), str(uid), str(ROOT), str(writable), *command],
        env=env,
        cwd=volume,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.wait(10)
    for leftover in psutil.process_iter(["name", "cmdline"]):
        if leftover.info["name"] == "postgres" and str(volume) in " ".join(leftover.info["cmdline"] or []):
            leftover.kill()


def read_until(proc: subprocess.Popen[str], event: str, lines: list[str]) -> dict[str, str]:
    assert proc.stderr is not None
    for raw in proc.stderr:
        lines.append(raw)
        if f'"event": "{event}"' in raw:
            found: dict[str, str] = json.loads(raw)
            return found
    if proc.wait() == CANNOT_UNSHARE:
        pytest.skip("this kernel does not let an unprivileged process create user namespaces")
    raise AssertionError(f"no {event} in the node's log:\n{''.join(lines)}")


def test_the_node_runs_as_the_image_runs_it_and_stops_cleanly_on_sigterm(
    image_like_node: subprocess.Popen[str],
) -> None:
    lines: list[str] = []
    url = read_until(image_like_node, "web.listening", lines)["url"]
    read_until(image_like_node, "node.started", lines)
    ready = httpx.get(url + "/readyz", timeout=10)
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    # Inside its namespace the node is the image's user, not root.
    uid_map = Path(f"/proc/{image_like_node.pid}/uid_map").read_text().split()
    _, stages = parse(ROOT / "Dockerfile")
    assert uid_map[:1] == [stages[-1].all("USER")[-1].args.split(":")[0]] and uid_map[0] != "0"
    image_like_node.send_signal(signal.SIGTERM)
    _, rest = image_like_node.communicate(timeout=30)
    lines.append(rest)
    assert image_like_node.returncode == 0, "".join(lines)
    log = "".join(lines)
    assert '"event": "node.stopped"' in log
    assert '"level": "error"' not in log, log

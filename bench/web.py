"""Web benchmarks (BENCH lines, same run, Hypercorn on 127.0.0.1):

- authenticated dashboard GET: requests/s and p99 vs a bare Quart "hello"
  route served the same way (goal ratio ≥ 0.5);
- login POST latency (password check, block bookkeeping, session insert,
  audit row).

Each server runs in its own process; wrk (a C load generator, installed by
``make bench``) drives both, in alternating rounds.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import httpx
from _report import line

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench-admin-password-0123"
CONCURRENCY = 8
WINDOW_SECONDS = 4.0
ROUNDS = 3

HELLO = textwrap.dedent(
    """
    import asyncio, socket
    from hypercorn.asyncio import serve
    from hypercorn.config import Config
    from quart import Quart

    app = Quart("hello")

    @app.get("/")
    async def hello():
        return "hello"

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    print(f"http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = Config()
    config.bind = [f"fd://{sock.detach()}"]
    config.accesslog = None
    asyncio.run(serve(app, config, shutdown_trigger=asyncio.Event().wait))
    """
)


def start_node(data_dir: Path) -> tuple[subprocess.Popen[str], str]:
    env = dict(os.environ)
    env.update(
        SECRET_KEY_BASE="bench-web-" + "s" * 40,
        ADMIN_PASSWORD=PASSWORD,
        ALEXCLAW_DATA_DIR=str(data_dir),
        ALEXCLAW_HTTP_PORT="0",
        ALEXCLAW_LOG_FORMAT="json",
        ALEXCLAW_PG_FSYNC="off",
    )
    env.pop("DATABASE_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "alexclaw", "start"], env=env, cwd=data_dir, stderr=subprocess.PIPE, text=True
    )
    assert proc.stderr is not None
    url = ""
    for raw in proc.stderr:
        if '"web.listening"' in raw:
            url = raw.split('"url": "')[1].split('"')[0]
        if '"node.started"' in raw:
            break
    if not url:
        raise RuntimeError("the node did not start")
    return proc, url


def start_hello() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-c", HELLO], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def session_cookie(url: str) -> str:
    with httpx.Client(base_url=url, headers={"Accept": "text/html"}) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
        assert token
        response = client.post("/login", data={"password": PASSWORD, "csrf_token": token.group(1)})
        assert response.status_code == 302, response.text[:200]
        return str(client.cookies["alexclaw_session"])


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def wrk(url: str, *headers: str) -> tuple[float, float]:
    """Requests/s and p99 (ms) from wrk: a C load generator, so the client
    is not the bottleneck (a Python one tops out near the server's rate)."""
    args = ["wrk", "-t1", f"-c{CONCURRENCY}", f"-d{WINDOW_SECONDS:g}s", "--latency"]
    for header in headers:
        args += ["-H", header]
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True, timeout=60).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"wrk saw errors on {url}:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
    return rps, float(value) * _UNITS[unit]


def measure(node_url: str, hello_url: str) -> None:
    cookie = session_cookie(node_url)
    node_headers = (f"Cookie: alexclaw_session={cookie}", "Accept: text/html")
    wrk(node_url + "/", *node_headers)  # warm up both
    wrk(hello_url + "/")
    ours, base = [], []
    for _ in range(ROUNDS):
        base.append(wrk(hello_url + "/"))
        ours.append(wrk(node_url + "/", *node_headers))
    mine, theirs = statistics.median(r for r, _ in ours), statistics.median(r for r, _ in base)
    mine_p99, theirs_p99 = statistics.median(p for _, p in ours), statistics.median(p for _, p in base)
    line("dashboard_get_rps", mine, "req/s", mine / theirs, "bare Quart hello route")
    line("dashboard_get_p99", mine_p99, "ms", mine_p99 / theirs_p99, "bare Quart hello p99")
    line("hello_get_rps", theirs, "req/s")

    logins = []
    for _ in range(30):
        with httpx.Client(base_url=node_url, headers={"Accept": "text/html"}) as fresh:
            token = re.search(r'name="csrf_token" value="([^"]+)"', fresh.get("/login").text)
            assert token
            t0 = time.perf_counter()
            response = fresh.post("/login", data={"password": PASSWORD, "csrf_token": token.group(1)})
            logins.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 302
    line("login_post_latency_median", statistics.median(logins), "ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        node, node_url = start_node(Path(tmp))
        hello, hello_url = start_hello()
        try:
            measure(node_url, hello_url)
        finally:
            for proc in (node, hello):
                proc.terminate()
                proc.wait(20)


if __name__ == "__main__":
    main()

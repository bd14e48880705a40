"""Let it crash, proven, for a cluster (issue 27): two real nodes (``alexclaw
start``, each its own OS process and database) linked on loopback; the
sender ``alpha`` dispatches workflow runs to the peer ``beta`` under a
steady load while a seeded chaos SIGKILLs beta and restarts it, again and
again. Afterwards: every run dispatched on alpha ended — completed, or
failed by its ``send_to_workflow`` step's ``on_error`` with the peer's
refusal (``node_unreachable`` while beta is down); on beta every accepted
run ended or was ``interrupted`` and, resumed, ends; no input was started
twice on beta, and every run alpha saw accepted is there; alpha's tree
never gave up (its log, its process, its control socket); beta rejoined
after every restart. Short form: 2 kills (each node start costs seconds);
long form (``ALEXCLAW_CHAOS_LONG``): 12. ``ALEXCLAW_CHAOS_SEED`` replays
the chaos's choices."""

from __future__ import annotations

import asyncio
import json
import random
import shutil
import signal
import statistics
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from alexclaw.control import connect
from alexclaw.workflows import Step, Workflow
from tests.alexclaw.test_cluster_processes import Proc, free_port, save, sql, wait_linked
from tests.chaos.conftest import long_form
from tests.chaos.summary import REPORT
from tests.conftest import _create_database, _drop_database, with_database
from tests.fuzz.node import csrf_in

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500 if long_form() else 300)]

PASSWORD = "cli-test-admin-password"  # tests.alexclaw.test_cli.node_env's
PACE = 0.05  # seconds between two dispatches (the load's own pace)
SETTLE = 60.0  # seconds for a dispatched run to end once the chaos is over
UNREACHABLE = "beta refused inbox: node_unreachable"
GAVE_UP = "reached max restart intensity"
KILLS_SHORT, KILLS_LONG = 2, 12


@dataclass
class Load:
    """Starts ``to-beta`` on alpha through its control socket, one run every
    ``PACE`` seconds, each with a unique input, until told to stop."""

    alpha: Proc
    started: dict[int, str] = field(default_factory=dict)  # run id on alpha → its input
    refused: list[str] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        with connect(self.alpha.data_dir) as control:
            for n in range(1_000_000):
                if self.stopping.wait(PACE):
                    return
                text = f"chaos-{n:06d}"
                answer = control.ask("workflow.run", name="to-beta", input=text)
                if answer["ok"]:
                    self.started[int(answer["run_id"])] = text
                else:
                    self.refused.append(str(answer))


@dataclass
class Kill:
    at: float
    down_seen: float  # alpha logged nodedown
    spawned: float  # beta's new process spawned
    rejoined: float  # alpha logged nodeup


@pytest.fixture
def nodes(pg_admin_dsn: str, pg_template: str) -> Iterator[tuple[Proc, Proc]]:
    home = Path(tempfile.mkdtemp(prefix="alexclaw-cluster-chaos-"))
    names = [asyncio.run(_create_database(pg_admin_dsn, pg_template)) for _ in range(2)]
    ports = [free_port() for _ in range(2)]
    alpha = Proc("alpha", home, with_database(pg_admin_dsn, names[0]), ports[0], [])
    beta = Proc("beta", home, with_database(pg_admin_dsn, names[1]), ports[1], [ports[0]],
                extra_env={"ALEXCLAW_HTTP_PORT": str(free_port())})  # fmt: skip
    try:
        yield alpha, beta
    finally:
        for node in (alpha, beta):
            node.stop()
        for name in names:
            asyncio.run(_drop_database(pg_admin_dsn, name))
        shutil.rmtree(home, ignore_errors=True)


def prepare(alpha: Proc, beta: Proc) -> None:
    """beta's inbox (admits alpha; a step that takes a while, so kills land
    in runs), alpha's workflow dispatching to it, alpha registered on beta."""
    gate = Step(0, "receive_from_workflow", config={"allowed_nodes": ["alpha"]})
    save(beta.database_url, Workflow(None, "inbox", steps=(gate, Step(1, "sleep", config={"seconds": 0.5}))))
    send = Step(0, "send_to_workflow", config={"target_node": "beta", "target_workflow": "inbox", "timeout": 5})
    save(alpha.database_url, Workflow(None, "to-beta", steps=(send,)))
    for node in (alpha, beta):
        node.start()
    wait_linked(beta, "alpha")
    sql(beta.database_url, "UPDATE cluster_nodes SET registered = true WHERE seen_by = 'beta' AND name = 'alpha'")


def kill_and_restart(alpha: Proc, beta: Proc, rng: random.Random) -> Kill:
    time.sleep(rng.uniform(1.0, 3.0))  # the chaos's own pace: load runs meanwhile
    at = time.monotonic()
    beta.stop(signal.SIGKILL)
    alpha.peer_event("cluster.nodedown", "beta")
    down_seen = time.monotonic()
    time.sleep(rng.uniform(0.0, 1.0))  # down for a while: dispatches meet no link
    beta.forget_log()
    spawned = time.monotonic()
    beta.start()
    alpha.peer_event("cluster.nodeup", "beta")
    return Kill(at, down_seen, spawned, time.monotonic())


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} s, max {max(values):.2f} s"


def wait_all(node: Proc, run_ids: list[int]) -> dict[int, dict[str, object]]:
    """Each run's end, as the node's control socket reports it (woken by
    the run manager's events), within ``SETTLE`` seconds in all."""

    def one(run_id: int) -> dict[str, object]:
        with connect(node.data_dir) as control:
            return control.ask("run.wait", run_id=run_id)

    with ThreadPoolExecutor(4) as pool:
        futures = {run_id: pool.submit(one, run_id) for run_id in run_ids}
        deadline = time.monotonic() + SETTLE
        return {run_id: f.result(timeout=max(0.1, deadline - time.monotonic())) for run_id, f in futures.items()}


def resume_interrupted(beta: Proc) -> list[int]:
    """Resume each interrupted run on beta as the operator does (the Runs
    page), then wait for every one to end."""
    rows = sql(beta.database_url, "SELECT id FROM workflow_runs WHERE status = 'interrupted' ORDER BY id")
    ids = [int(r["id"]) for r in rows]
    if not ids:
        return ids
    url = f"http://127.0.0.1:{beta.extra_env['ALEXCLAW_HTTP_PORT']}"
    with httpx.Client(base_url=url, timeout=30.0) as web:
        token = csrf_in(web.get("/login", headers={"Accept": "text/html"}).text)
        logged_in = web.post("/login", data={"password": PASSWORD, "csrf_token": token, "next": "/"})
        assert logged_in.status_code == 302 and not logged_in.headers["Location"].startswith("/login")
        token = csrf_in(web.get("/", headers={"Accept": "text/html"}).text)
        for run_id in ids:
            done = web.post(f"/runs/{run_id}/resume", data={"csrf_token": token}, headers={"Accept": "text/html"})
            assert done.status_code == 302, done.text[:300]
    wait_all(beta, ids)
    return ids


def test_a_peer_killed_and_restarted_under_dispatch_load_loses_no_run_and_duplicates_none(
    nodes: tuple[Proc, Proc], chaos_seed: int, request: pytest.FixtureRequest
) -> None:
    alpha, beta = nodes
    rng = random.Random(chaos_seed)
    prepare(alpha, beta)
    load = Load(alpha)
    loader = threading.Thread(target=load.run, name="cluster-chaos-load")
    kills: list[Kill] = []
    loader.start()
    try:
        for _ in range(KILLS_LONG if long_form() else KILLS_SHORT):
            kills.append(kill_and_restart(alpha, beta, rng))
        time.sleep(1.0)  # load on the rejoined peer before stopping
    finally:
        load.stopping.set()
        loader.join()

    ended = wait_all(alpha, sorted(load.started))
    beta_busy = sql(beta.database_url, "SELECT id FROM workflow_runs WHERE status IN ('queued', 'running')")
    wait_all(beta, [int(r["id"]) for r in beta_busy])
    interrupted = resume_interrupted(beta)

    outcomes = Counter(
        str(a["status"]) if a["status"] == "completed" else f"failed: {a['error']}" for a in ended.values()
    )
    beta_runs = sql(beta.database_url, "SELECT id, status, input, trigger FROM workflow_runs ORDER BY id")
    inputs = Counter(json.loads(r["input"]) if isinstance(r["input"], str) else r["input"] for r in beta_runs)
    completed_inputs = {load.started[i] for i, a in ended.items() if a["status"] == "completed"}
    gave_up = [line[:300] for line in alpha.lines if GAVE_UP in line]
    restarts_on_alpha = sum(1 for line in alpha.lines if "restarted child" in line)
    with connect(alpha.data_dir) as control:
        alpha_answers = control.ask("ping")["ok"]
    status = json.loads(alpha.cli("cluster", "status", "--json").stdout)

    checks = {
        "every run dispatched on alpha ended: completed, or failed with beta's refusal": all(
            a["status"] == "completed" or (a["status"] == "failed" and UNREACHABLE in str(a["error"]))
            for a in ended.values()
        ),
        "on beta every accepted run ended (interrupted ones resumed to their end)": all(
            r["status"] == "completed" for r in beta_runs
        ),
        "no input started twice on beta": all(n == 1 for n in inputs.values()),
        "every run alpha saw accepted is on beta": completed_inputs <= set(inputs),
        "beta started nothing alpha did not send": set(inputs) <= set(load.started.values()),
        "alpha's tree never gave up": not gave_up and alpha.proc is not None and alpha.proc.poll() is None,
        "alpha's control socket answers": alpha_answers,
        "beta rejoined after every restart (and is linked now)": any(
            p["name"] == "beta" and p["status"] == "connected" for p in status["peers"]
        ),
        "no dispatch refused by alpha itself": not load.refused,
    }
    rejoin = [k.rejoined - k.spawned for k in kills]
    detect = [k.down_seen - k.at for k in kills]
    lines = [
        f"cluster: seed {chaos_seed} (replay: ALEXCLAW_CHAOS_SEED={chaos_seed}"
        f"{' ALEXCLAW_CHAOS_LONG=1' if long_form() else ''})",
        f"cluster: peer SIGKILLs {len(kills)}; alpha saw the peer down {spread(detect)} after the kill; the peer "
        f"rejoined {spread(rejoin)} after its new process was spawned",
        f"cluster: {len(load.started)} runs dispatched on alpha: "
        + ", ".join(f"{o} {n}" for o, n in sorted(outcomes.items())),
        f"cluster: {len(beta_runs)} runs accepted on beta, {len(interrupted)} interrupted by a kill and resumed "
        f"to their end; alpha restarted {restarts_on_alpha} children, gave up {len(gave_up)} times",
        f"cluster: invariants {sum(checks.values())}/{len(checks)} held",
    ] + [f"  {'held  ' if held else 'BROKEN'}  {name}" for name, held in checks.items()]
    text = "\n".join(lines)
    request.node.user_properties.append((REPORT, text))
    assert all(checks.values()), f"seed {chaos_seed}: invariant(s) broken\n{text}\n{gave_up}"

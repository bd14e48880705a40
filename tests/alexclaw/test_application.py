"""The whole node in-process: the root tree on a real database, probes,
metrics, crash recovery, clean stop."""

from __future__ import annotations

import asyncio
import logging
import socket
from pathlib import Path

import httpx
import pytest

from actors import StartError, cast, live_processes, whereis
from actors.testing import Probe
from alexclaw import ROOT_NAME, Node, Settings
from alexclaw.storage import DATABASE_NAME
from alexclaw.web import WEB_NAME, WebEndpoint
from supervisors import SUPERVISORS_TOPIC, ChildRestarted, render_tree

KEY = "test-key-" + "0123456789abcdefghijklmnopqrstuvwxyz"


def settings_for(database_url: str, data_dir: Path) -> Settings:
    return Settings(secret_key_base=KEY, database_url=database_url, data_dir=data_dir, http_port=0)


class NodeStarted(logging.Handler):
    """Sees the node's ``node.started`` log event, logged once its tree is up."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.seen = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "event", None) == "node.started":
            self.seen.set()


def web_url() -> str:
    web = whereis(WEB_NAME)
    assert isinstance(web, WebEndpoint)
    return web.url


async def test_a_started_node_is_alive_ready_and_reports_metrics(database_url: str, tmp_path: Path) -> None:
    node = Node(settings_for(database_url, tmp_path))
    await node.start()
    async with httpx.AsyncClient(base_url=web_url()) as client:
        assert (await client.get("/healthz")).status_code == 200
        ready = await client.get("/readyz")
        metrics = (await client.get("/metrics")).text
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    assert 'alexclaw_child_restarts_total{child="database",supervisor="storage"} 0.0' in metrics
    assert 'alexclaw_child_up{child="embedded_pg",supervisor="storage"} 0.0' in metrics  # IGNOREd: DATABASE_URL
    assert 'alexclaw_db_pool_connections{state="max"} 10.0' in metrics
    assert "alexclaw_live_processes" in metrics and "alexclaw_ready 1.0" in metrics
    assert 'alexclaw_workflow_runs_active{status="running"} 0.0' in metrics
    assert "alexclaw_workflows_scheduled 0.0" in metrics
    assert 'alexclaw_child_up{child="telegram",supervisor="gateways"} 0.0' in metrics  # IGNOREd: no token
    await node.stop()
    assert live_processes() == []


async def test_the_running_tree_matches_the_declared_one(database_url: str, tmp_path: Path) -> None:
    node = Node(settings_for(database_url, tmp_path))
    root = await node.start()
    picture = render_tree(root)
    for child in ("tasks", "storage", "embedded_pg", "database", "web"):
        assert f" {child}  " in picture
    assert "embedded_pg  ignored" in picture
    await node.stop()


async def test_a_crashed_database_actor_is_restarted_and_the_node_is_ready_again(
    database_url: str, tmp_path: Path
) -> None:
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    node = Node(settings_for(database_url, tmp_path))
    await node.start()
    cast(DATABASE_NAME, "not a message it knows")  # an unexpected cast crashes it
    event = await probe.receive(ChildRestarted)
    assert (event.supervisor, event.child_id) == ("storage", "database")
    async with httpx.AsyncClient(base_url=web_url()) as client:
        assert (await client.get("/readyz")).status_code == 200
        metrics = (await client.get("/metrics")).text
    assert 'alexclaw_child_restarts_total{child="database",supervisor="storage"} 1.0' in metrics
    await node.stop()
    await probe.stop()


async def test_a_node_whose_database_is_unreachable_fails_to_start_and_leaves_nothing(tmp_path: Path) -> None:
    node = Node(settings_for("postgresql://nobody@127.0.0.1:1/none", tmp_path))
    with pytest.raises(StartError, match="cannot connect to the database"):
        await node.start()
    assert live_processes() == []


async def test_a_node_whose_port_is_taken_fails_to_start_and_stops_what_it_started(
    database_url: str, tmp_path: Path
) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        settings = Settings(secret_key_base=KEY, database_url=database_url, data_dir=tmp_path, http_port=port)
        with pytest.raises(StartError, match=f"cannot listen on 127.0.0.1:{port}"):
            await Node(settings).start()
    assert whereis(ROOT_NAME) is None and live_processes() == []


async def test_run_node_returns_1_when_the_root_supervisor_dies(database_url: str, tmp_path: Path) -> None:
    import asyncio

    from alexclaw import run_node

    stop: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    probe = await Probe().start()
    started = NodeStarted()
    logging.getLogger("alexclaw").addHandler(started)
    try:
        running = asyncio.ensure_future(run_node(settings_for(database_url, tmp_path), stop))
        # The root's init is over (a registered web child alone does not say
        # so: killing the root before its init returns is a failed start).
        await started.seen.wait()
    finally:
        logging.getLogger("alexclaw").removeHandler(started)
    root = whereis(ROOT_NAME)
    assert root is not None
    probe.monitor(root)
    root.kill()
    await probe.receive(lambda m: True)
    assert await running == 1
    await probe.stop()


async def test_run_node_stops_in_order_and_returns_0_when_asked(database_url: str, tmp_path: Path) -> None:
    import asyncio

    from alexclaw import run_node

    stop: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    running = asyncio.ensure_future(run_node(settings_for(database_url, tmp_path), stop))
    while whereis(WEB_NAME) is None:
        await asyncio.sleep(0.01)
    stop.set_result(None)
    assert await running == 0
    assert live_processes() == []

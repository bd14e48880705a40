"""A node in a cluster: a peer with the cookie arrives, is recorded, must be
registered before it may dispatch, and every remote-trigger rule refuses
before any run row exists; the operator hears nodes come and go; the CLI's
control op reports the peer table. (The peer is the cluster package's own
node code, in this process, under another name.)"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from actors.testing import Probe, wait_until
from alexclaw import Node
from alexclaw.control import control_socket_path
from alexclaw.security import host_approval
from alexclaw.workflows import DISPATCH_RECEIVED, DISPATCH_SENT, Step, Workflow, save_workflow, set_registered
from cluster import CONNECTED, DISCONNECTED, ClusterSettings, Seed
from gateways import ANNOUNCE_TOPIC, Announcement
from tests.alexclaw.web.conftest import HTML, csrf_in, login, make_settings
from tests.cluster.support import COOKIE, Receiver, RunningNode, start_node


@pytest.fixture
async def alpha(database_url: str, tmp_path: Path) -> AsyncIterator[Node]:
    settings = make_settings(database_url, tmp_path)
    cluster = ClusterSettings(cookie=COOKIE, host="127.0.0.1", port=0, heartbeat_seconds=30.0)
    node = Node(replace(settings, node_name="alpha", cluster=cluster))
    await node.start()
    yield node
    await node.stop()


def seed_of(node: Node) -> Seed:
    listening = node.services.cluster.listening()
    assert listening is not None
    host, _, port = listening.rpartition(":")
    return Seed(host, int(port))


async def save(node: Node, name: str, steps: tuple[Step, ...], **flags: Any) -> None:
    workflow = Workflow(None, name, steps=steps, metadata=flags)
    async with node.services.database.pool().acquire() as conn:
        approval = host_approval("workflow.guarded_change", "cli:test") if flags else None
        await save_workflow(conn, workflow, with_steps=True, approval=approval)


def status_of(node: Node, peer: str) -> str | None:
    row = node.services.cluster.view.read().peer(peer)
    return None if row is None else row.status


def gate(*allowed: str, position: int = 0) -> Step:
    return Step(position, "receive_from_workflow", config={"allowed_nodes": list(allowed)})


async def run_rows(node: Node) -> list[Any]:
    async with node.services.database.pool().acquire() as conn:
        return list(await conn.fetch("SELECT trigger, actor, node FROM workflow_runs ORDER BY id"))


async def status_over_the_control_socket(node: Node) -> dict[str, Any]:
    assert node.settings is not None
    reader, writer = await asyncio.open_unix_connection(str(control_socket_path(node.settings.data_dir)))
    try:
        writer.write(b'{"op": "cluster.status"}\n')
        answer: dict[str, Any] = json.loads(await reader.readline())
        return answer
    finally:
        writer.close()
        await writer.wait_closed()


async def test_a_peer_is_recorded_registered_and_then_held_to_every_remote_trigger_rule(alpha: Node) -> None:
    probe = await Probe().start()
    probe.listen(ANNOUNCE_TOPIC)
    beta: RunningNode = await start_node("beta", seeds=(seed_of(alpha),), receiver=Receiver())
    try:
        await wait_until(lambda: beta.status("alpha") == CONNECTED)
        await wait_until(
            lambda: (p := alpha.services.cluster.view.read().peer("beta")) is not None and p.status == CONNECTED
        )
        up = await probe.receive(lambda m: isinstance(m, Announcement) and "node beta is up" in m.text)
        assert up.kind == "cluster"

        status = await status_over_the_control_socket(alpha)
        assert status["ok"] and status["node"] == "alpha" and status["listening"] == str(seed_of(alpha))
        [peer] = status["peers"]
        assert (peer["name"], peer["status"], peer["registered"]) == ("beta", CONNECTED, False)

        await save(alpha, "inbox", (gate("beta"), Step(1, "echo")))
        dispatch = beta.cluster.dispatch
        assert (await dispatch("alpha", "inbox", "x")).reason == "not_registered"
        async with alpha.services.database.pool().acquire() as conn:
            assert await set_registered(conn, "alpha", "beta", True, "web:127.0.0.1")
        await save(alpha, "closed", (gate(), Step(1, "echo")))
        await save(alpha, "others", (gate("gamma"), Step(1, "echo")))
        await save(alpha, "nogate", (Step(0, "echo"), gate("beta", position=1)))
        await save(alpha, "secret", (gate("beta"), Step(1, "echo")), requires_2fa=True)
        refusals = {
            "missing": "workflow_not_found",
            "closed": "node_not_allowed",
            "others": "node_not_allowed",
            "nogate": "no_receive_gate",
            "secret": "requires_2fa",
        }
        for workflow, reason in refusals.items():
            answer = await dispatch("alpha", workflow, "x")
            assert (answer.ok, answer.reason) == (False, reason), workflow
        assert await run_rows(alpha) == []  # refused before any run row exists

        started = await dispatch("alpha", "inbox", {"text": "hello"})
        assert started.ok and started.run_id > 0
        [run] = await run_rows(alpha)
        assert (run["trigger"], run["actor"], run["node"]) == ("remote", "node:beta", "alpha")
        async with alpha.services.database.pool().acquire() as conn:
            rows = await conn.fetch(
                "SELECT outcome, detail FROM audit_log WHERE action = $1 ORDER BY id", DISPATCH_RECEIVED
            )
        assert [r["outcome"] for r in rows] == ["denied"] * 6 + ["ok"]
        assert all(json.loads(r["detail"])["sender"] == "beta" for r in rows)

        probe.messages.clear()
        await beta.process.stop()
        # (beta's own membership shares this process's topics: match alpha's news of beta)
        down = await probe.receive(lambda m: isinstance(m, Announcement) and "node beta is down" in m.text)
        assert down.text == "Cluster node beta is down: the connection closed."
        assert status_of(alpha, "beta") == DISCONNECTED
    finally:
        if beta.process.alive:
            await beta.process.stop()
        await probe.stop()


async def test_the_cluster_page_shows_a_peer_and_registers_pings_and_forgets_it(alpha: Node) -> None:
    beta: RunningNode = await start_node("beta", seeds=(seed_of(alpha),))
    client = alpha.state.app.test_client()
    try:
        await wait_until(lambda: status_of(alpha, "beta") == CONNECTED)
        await login(client)
        page = await (await client.get("/cluster", headers=HTML)).get_data(as_text=True)
        assert 'data-node="beta"' in page and str(seed_of(alpha)) in page and "static" in page
        token = csrf_in(page)

        async def act(verb: str) -> str:
            response = await client.post(f"/cluster/{verb}", form={"name": "beta", "csrf_token": token}, headers=HTML)
            assert response.status_code == 302
            text: str = await (await client.get("/cluster", headers=HTML)).get_data(as_text=True)
            return text

        assert "answered in" in await act("ping")
        registered = await act("register")  # two-factor is off on this node: the act runs, audited
        assert "beta is registered" in registered
        view = alpha.services.cluster.view.read().peer("beta")
        assert view is not None and view.registered
        async with alpha.services.database.pool().acquire() as conn:
            row = await conn.fetchrow("SELECT actor, outcome FROM audit_log WHERE action = 'cluster.node_registered'")
        assert row is not None and row["actor"].startswith("web:")
        forgotten = await act("forget")
        assert "beta is forgotten" in forgotten and alpha.services.cluster.view.read().peer("beta") is None
    finally:
        await beta.process.stop()


async def test_run_on_node_from_the_workflows_page_starts_it_over_the_link_and_flashes_the_answer(alpha: Node) -> None:
    receiver = Receiver(workflows={"inbox"}, allowed={"alpha"})
    beta: RunningNode = await start_node("beta", seeds=(seed_of(alpha),), receiver=receiver)
    client = alpha.state.app.test_client()
    try:
        await wait_until(lambda: status_of(alpha, "beta") == CONNECTED)
        await save(alpha, "inbox", (Step(0, "echo"),))
        async with alpha.services.database.pool().acquire() as conn:
            workflow_id = await conn.fetchval("SELECT id FROM workflows WHERE name = 'inbox'")
        await login(client)
        edit = f"/workflows/{workflow_id}"
        page = await (await client.get(edit, headers=HTML)).get_data(as_text=True)
        assert 'id="run-on-node"' in page and ">beta</option>" in page  # the linked peers to choose from
        token = csrf_in(page)

        async def run_on(node: str, text: str) -> str:
            form = {"node": node, "input": text, "csrf_token": token}
            response = await client.post(f"{edit}/run-on-node", form=form, headers=HTML)
            assert response.status_code == 302
            shown: str = await (await client.get(edit, headers=HTML)).get_data(as_text=True)
            return shown

        assert "Started inbox on beta: run 1 there." in await run_on("beta", '{"text": "hi"}')
        assert receiver.received == [("alpha", "inbox", {"text": "hi"})]  # the sender is the link's verified name

        receiver.allowed.clear()  # the target's gate refuses: the refusal is shown, nothing runs here
        assert "beta did not start inbox: node_not_allowed" in await run_on("beta", "x")
        assert "Not started: node gamma is not linked to this node" in await run_on("gamma", "x")
        assert "alpha is this node: use Run now" in await run_on("alpha", "x")
        assert len(receiver.received) == 2 and await run_rows(alpha) == []

        async with alpha.services.database.pool().acquire() as conn:
            rows = await conn.fetch(
                "SELECT actor, target, outcome, detail FROM audit_log WHERE action = $1 ORDER BY id", DISPATCH_SENT
            )
        assert [(r["target"], r["outcome"]) for r in rows] == [("node:beta", "ok"), ("node:beta", "denied")]
        assert all(r["actor"].startswith("web:") for r in rows)
        assert json.loads(rows[1]["detail"])["reason"] == "node_not_allowed"
    finally:
        await beta.process.stop()

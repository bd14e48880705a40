"""The control socket on a node started in this process: owner-only, every
request checked (garbage, unknown ops, wrong arguments and oversize lines
get error answers while the node keeps serving), a peer of another uid
refused and audited, a 2FA workflow refused from it with the reason, and
``run.wait`` answering when the run ends."""

from __future__ import annotations

import asyncio
import json
import os
import stat
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from actors import IGNORE, StartError
from alexclaw import Node
from alexclaw.control import (
    CONTROL_REFUSED,
    MAX_REQUEST_BYTES,
    ControlServer,
    ControlUnavailable,
    connect,
    control_socket_path,
)
from alexclaw.security import RUN_STARTED
from alexclaw.workflows import Step, Workflow, get_workflow, save_workflow
from tests.alexclaw.web.conftest import node

__all__ = ["node"]


class Connection:
    """One client connection, a request line at a time."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, path: Path) -> Connection:
        reader, writer = await asyncio.open_unix_connection(str(path), limit=16 * 1024 * 1024)
        return cls(reader, writer)

    async def send(self, line: bytes) -> dict[str, Any] | None:
        self.writer.write(line)
        await self.writer.drain()
        raw = await self.reader.readline()
        return json.loads(raw) if raw else None

    async def ask(self, op: str, **args: Any) -> dict[str, Any]:
        answer = await self.send(json.dumps({"op": op, "args": args}).encode() + b"\n")
        assert answer is not None, f"the connection closed on {op}"
        return answer

    async def close(self) -> None:
        self.writer.close()
        await self.writer.wait_closed()


@pytest.fixture
async def control(node: Node) -> AsyncIterator[Connection]:
    assert node.settings is not None
    connection = await Connection.open(control_socket_path(node.settings.data_dir))
    yield connection
    await connection.close()


async def save(node: Node, workflow: Workflow) -> None:
    async with node.state.database.pool().acquire() as conn:
        await save_workflow(conn, workflow, with_steps=True)


async def audit_rows(node: Node, action: str) -> list[Any]:
    async with node.state.database.pool().acquire() as conn:
        return list(
            await conn.fetch(
                "SELECT actor, target, outcome, detail FROM audit_log WHERE action = $1 ORDER BY id", action
            )
        )


async def test_the_socket_is_private_to_the_nodes_user(node: Node, control: Connection) -> None:
    assert node.settings is not None
    path = control_socket_path(node.settings.data_dir)
    directory, sock = path.parent.lstat(), path.lstat()
    assert stat.S_ISDIR(directory.st_mode) and stat.S_IMODE(directory.st_mode) == 0o700
    assert stat.S_ISSOCK(sock.st_mode) and stat.S_IMODE(sock.st_mode) == 0o600
    assert directory.st_uid == sock.st_uid == os.geteuid()
    assert (await control.ask("ping"))["ok"] is True


async def test_garbage_unknown_ops_and_wrong_arguments_get_error_answers_on_the_same_connection(
    control: Connection,
) -> None:
    lines = [
        b"this is not json\n",
        b"[1, 2]\n",
        b'{"op": "ping", "extra": 1}\n',
        b'{"op": "launch.missiles", "args": {}}\n',
        b'{"op": "workflow.run", "args": {"name": 7}}\n',
        b'{"op": "workflow.run", "args": {"name": "x", "wait": true}}\n',
        b'{"op": "run.wait", "args": {"run_id": -1}}\n',
        b'{"op": "ping", "args": {"deep": ' + b"[" * 100 + b"]" * 100 + b"}}\n",
        b'{"op": "workflow.enable", "args": {"name": "nul\\u0000"}}\n',
    ]
    answers = [await control.send(line) for line in lines]
    assert [a["code"] if a else None for a in answers] == [
        "bad_request", "bad_request", "bad_request", "unknown_op", "bad_request", "bad_request", "bad_request",
        "bad_request", "bad_request",
    ]  # fmt: skip
    assert all(a is not None and a["ok"] is False and a["error"] for a in answers)
    assert "not valid JSON" in answers[0]["error"]  # type: ignore[index]
    assert "launch.missiles" in answers[3]["error"] and "ping" in answers[3]["error"]  # type: ignore[index]
    assert (await control.ask("ping"))["ok"] is True  # still serving, on the same connection


async def test_an_oversize_request_is_refused_and_the_node_keeps_serving(node: Node, control: Connection) -> None:
    answer = await control.send(b'{"op": "ping", "args": {"pad": "' + b"x" * MAX_REQUEST_BYTES + b'"}}\n')
    assert answer is not None and answer["code"] == "too_large"
    assert await control.reader.readline() == b""  # that connection is closed: the rest cannot be framed
    assert node.settings is not None
    again = await Connection.open(control_socket_path(node.settings.data_dir))
    try:
        assert (await again.ask("ping"))["ok"] is True
    finally:
        await again.close()


async def test_a_peer_of_another_uid_is_refused_and_audited(node: Node, tmp_path: Path) -> None:
    """The kernel's SO_PEERCRED is checked on every connection: a server that
    serves a uid this test is not refuses it."""
    server = ControlServer(
        tmp_path / "other", node.state.database, runs=lambda: node.state.runs, node_name=lambda: "other",
        uid=os.geteuid() + 1,
    )  # fmt: skip
    await server.start()
    try:
        connection = await Connection.open(control_socket_path(tmp_path / "other"))
        try:
            answer = await connection.send(b'{"op": "ping"}\n')
            assert answer is not None and answer["code"] == "forbidden"
            assert await connection.reader.readline() == b""
        finally:
            await connection.close()
    finally:
        await server.stop()
    [row] = await audit_rows(node, CONTROL_REFUSED)
    assert (row["actor"], row["outcome"]) == (f"uid:{os.geteuid()}", "denied")
    assert not control_socket_path(tmp_path / "other").exists()  # removed with its server


@pytest.mark.parametrize("mode", [0o755, 0o710])
async def test_a_control_directory_open_to_others_stops_the_start_with_the_reason(
    node: Node, tmp_path: Path, mode: int
) -> None:
    (tmp_path / "open" / "control").mkdir(parents=True)
    (tmp_path / "open" / "control").chmod(mode)
    server = ControlServer(tmp_path / "open", node.state.database, runs=lambda: None, node_name=lambda: "x")
    with pytest.raises(StartError, match="open to other users"):
        await server.start()


async def test_a_data_dir_too_deep_for_a_socket_path_leaves_the_node_running_without_control(
    node: Node, tmp_path: Path
) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    server = ControlServer(deep, node.state.database, runs=lambda: None, node_name=lambda: "x")
    assert await server.start() is IGNORE
    with pytest.raises(ControlUnavailable, match="longer than a unix socket path may be"), connect(deep):
        pass


async def test_a_workflow_that_requires_2fa_is_refused_from_the_cli_with_the_reason(
    node: Node, control: Connection
) -> None:
    await save(node, Workflow(None, "Guarded", steps=(Step(0, "echo"),), metadata={"requires_2fa": True}))
    answer = await control.ask("workflow.run", name="Guarded")
    assert answer["code"] == "refused"
    assert "requires 2FA" in answer["error"] and "cli" in answer["error"]
    [row] = await audit_rows(node, RUN_STARTED)  # the refusal; no run, no challenge
    assert (row["actor"].startswith("cli:"), row["outcome"]) == (True, "denied")
    assert json.loads(row["detail"])["origin"] == "cli"


async def test_run_wait_answers_with_the_end_of_the_run(node: Node, control: Connection) -> None:
    await save(node, Workflow(None, "Long", steps=(Step(0, "sleep", config={"seconds": 3600}),)))
    started = await control.ask("workflow.run", name="Long", input='{"a": 1}')
    assert started["ok"] and started["status"] in {"queued", "running"}
    [admitted] = await audit_rows(node, RUN_STARTED)
    assert admitted["actor"].startswith("cli:") and json.loads(admitted["detail"])["origin"] == "cli"
    waiting = asyncio.ensure_future(control.ask("run.wait", run_id=started["run_id"]))
    assert node.state.runs is not None
    assert await node.state.runs.cancel(started["run_id"])
    ended = await waiting
    assert (ended["ok"], ended["run_id"], ended["status"]) == (True, started["run_id"], "cancelled")
    assert set(ended) >= {"result", "error"}


async def test_enable_and_disable_take_the_stores_path_and_are_audited_as_cli(node: Node, control: Connection) -> None:
    flagged = Workflow(None, "Flagged", enabled=False, steps=(Step(0, "echo"),), metadata={"requires_2fa": True})
    await save(node, flagged)
    enabled = await control.ask("workflow.enable", name="Flagged")
    assert (enabled["ok"], enabled["changed"]) == (True, True)
    again = await control.ask("workflow.enable", name="Flagged")
    assert (again["ok"], again["changed"]) == (True, False)
    disabled = await control.ask("workflow.disable", name="Flagged")
    assert (disabled["ok"], disabled["enabled"]) == (True, False)
    missing = await control.ask("workflow.disable", name="Nope")
    assert missing["code"] == "refused" and "Nope" in missing["error"]
    async with node.state.database.pool().acquire() as conn:
        current = await get_workflow(conn, "Flagged")
    assert current is not None and not current.enabled
    rows = [r for r in await audit_rows(node, "workflow.updated") if r["target"] == "Flagged"]
    details = [json.loads(r["detail"]) for r in rows]
    assert details == [
        {"origin": "cli", "enabled": True, "why": "it enables a workflow that requires 2FA", "proof": "host"},
        {"origin": "cli", "enabled": False},
    ]
    assert all(r["actor"].startswith("cli:") for r in rows)

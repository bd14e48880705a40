"""One poison Telegram update against a real node in its own OS process
(the fake Bot API over real HTTP): by polling and by webhook with the
right secret, an update with ``"date": "notanint"`` once crashed the
gateway until the root gave up and the node exited — at every start, since
the offset never advanced. Now the node stays up, the update is set aside
(recorded, audited, the operator told), the next update is answered, and a
restart of the node does not meet it again."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from tests.alexclaw.test_cli import node_env
from tests.alexclaw.web.conftest import KEY, PASSWORD
from tests.fake_telegram import FakeBotAPI

SCRIPT = Path(__file__).with_name("telegram_node_script.py")
DEADLINE = 90.0  # generous: the subprocess boots a whole node, maybe under load
CHAT = 4242
SECRET = "s3cret-token_value"

pytestmark = pytest.mark.slow


class TelegramNode:
    """``telegram_node_script.py`` in a subprocess: its stdout lines are its signals."""

    def __init__(self, proc: asyncio.subprocess.Process, log: Path) -> None:
        self.proc = proc
        self.log = log
        self.lines: list[str] = []

    @classmethod
    async def start(
        cls, database_url: str, data_dir: Path, fake: FakeBotAPI, mode: str, extra_env: dict[str, str] | None = None
    ) -> TelegramNode:
        data_dir.mkdir(parents=True, exist_ok=True)
        env = node_env(data_dir, DATABASE_URL=database_url)
        env.update(SECRET_KEY_BASE=KEY, ADMIN_PASSWORD=PASSWORD, **(extra_env or {}))
        log = data_dir / f"node-{len(list(data_dir.glob('node-*.log')))}.log"
        api_base = fake.base_url.removesuffix("/bot")
        with log.open("wb") as stderr:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, str(SCRIPT), api_base, fake.token, str(CHAT), mode, SECRET,
                env=env, cwd=data_dir, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
                stderr=stderr,
            )  # fmt: skip
        return cls(proc, log)

    async def expect(self, prefix: str) -> str:
        assert self.proc.stdout is not None
        try:
            raw = await asyncio.wait_for(self.proc.stdout.readline(), DEADLINE)
        except TimeoutError:
            raise AssertionError(f"no {prefix!r} line within {DEADLINE}s\n{self.story()}") from None
        line = raw.decode().strip()
        self.lines.append(line)
        assert line.startswith(prefix), f"expected {prefix!r}, got {line!r}\n{self.story()}"
        return line.removeprefix(prefix).strip()

    @property
    def alive(self) -> bool:
        return self.proc.returncode is None

    def story(self) -> str:
        return f"stdout: {self.lines}\nexit: {self.proc.returncode}\nlog:\n{self.log.read_text(errors='replace')}"

    async def stop(self) -> None:
        """SIGTERM (an orderly stop), SIGKILL if it does not end in time."""
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                out, _ = await asyncio.wait_for(self.proc.communicate(), DEADLINE)
                self.lines.extend(line.strip() for line in out.decode().splitlines())
            except TimeoutError:
                os.kill(self.proc.pid, signal.SIGKILL)
                await self.proc.communicate()


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


def poison(fake: FakeBotAPI) -> dict[str, Any]:
    message = fake.make_update(CHAT, "/ping")["message"]
    return {"update_id": fake.next_update_id(), "message": {**message, "date": "notanint"}}


async def deliver(fake: FakeBotAPI, mode: str, web: str, update: dict[str, Any]) -> None:
    """As Telegram would: queued for getUpdates, or POSTed with the secret."""
    if mode == "polling":
        fake.push_raw(update)
        return
    async with httpx.AsyncClient(trust_env=False) as client:
        answer = await client.post(
            f"{web}/webhooks/telegram",
            content=json.dumps(update),
            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"},
        )
    assert answer.status_code == 200


def answered(fake: FakeBotAPI, count: int) -> bool:
    return sum(1 for m in fake.sent if (m.text or "").startswith("pong from ")) >= count


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_a_poison_update_leaves_the_node_up_and_the_next_update_is_answered(
    mode: str, database_url: str, tmp_path: Path, fake: FakeBotAPI
) -> None:
    node = await TelegramNode.start(database_url, tmp_path / "data", fake, mode)
    try:
        web = await node.expect("web ")
        await node.expect("ready")
        bad = poison(fake)
        await deliver(fake, mode, web, bad)
        await deliver(fake, mode, web, fake.make_update(CHAT, "/ping"))
        await fake.wait_until(lambda: answered(fake, 1) and any("I skipped" in (m.text or "") for m in fake.sent), 60)
        assert node.alive, node.story()
        skipped = [m.text for m in fake.sent if (m.text or "").startswith("I skipped")]
        assert skipped == [
            f"I skipped Telegram update {bad['update_id']}: it could not be handled (MalformedUpdate, 1 attempt(s)). "
            "It is recorded in the audit trail; the gateway goes on."
        ]
        await node.stop()
        assert node.lines[-1] == "stopped", node.story()
    finally:
        await node.stop()

    conn = await asyncpg.connect(database_url)
    try:
        row = await conn.fetchrow(
            "SELECT last_error, poisoned_at IS NOT NULL AS poisoned, handled_at IS NOT NULL AS handled "
            "FROM gateway_inbox WHERE update_id = $1",
            bad["update_id"],
        )
        audit = await conn.fetchval(
            "SELECT count(*) FROM audit_log WHERE action = 'gateway.update_set_aside' AND target = $1",
            f"update:{bad['update_id']}",
        )
    finally:
        await conn.close()
    assert row is not None and (row["poisoned"], row["handled"]) == (True, True)
    assert row["last_error"].startswith("MalformedUpdate: not an update Telegram sends (TypeError") and audit == 1

    # The next start does not meet the poison again: it stays up and answers.
    again = await TelegramNode.start(database_url, tmp_path / "data", fake, mode)
    try:
        web = await again.expect("web ")
        await again.expect("ready")
        await deliver(fake, mode, web, fake.make_update(CHAT, "/ping"))
        await fake.wait_until(lambda: answered(fake, 2), 60)
        assert again.alive, again.story()
        assert sum(1 for m in fake.sent if (m.text or "").startswith("I skipped")) == 1
    finally:
        await again.stop()

"""The config actor: snapshot, writes in order, LISTEN/NOTIFY between
nodes, crash and reconnect without losing readers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import asyncpg
import pytest

from actors import Process, StartError, cast
from actors.testing import Probe
from alexclaw.config import CONFIG_TOPIC, ConfigActor, ConfigChanged, ConfigError, ConfigHandle, SetSetting, ValueType
from alexclaw.security import SecretBox
from alexclaw.storage import Database, DatabaseHandle
from supervisors import SUPERVISORS_TOPIC, ChildRestarted, ChildSpec, Supervisor
from tests.helpers import refused_and_still_running

KEY = "actor-test-" + "z" * 40
SEEDED_TOKEN = "123456789:AAHseededTokenForTheActorTest_0123"


@dataclass
class RunningNode:
    database: DatabaseHandle
    config: ConfigHandle
    supervisor: Process


async def start_node(url: str, seeds: dict[str, str] | None = None, key: str = KEY) -> RunningNode:
    database, config = DatabaseHandle(), ConfigHandle()

    async def dsn() -> str:
        return url

    async def start_db() -> Any:
        return await Database(dsn, database, max_size=4).start()

    async def start_config() -> Any:
        actor = ConfigActor(database, config, SecretBox(key), seeds or {})
        started = await actor.start()
        config.target = started
        return started

    sup = await Supervisor([ChildSpec("db", start_db), ChildSpec("config", start_config)]).start()
    return RunningNode(database, config, sup)


@pytest.fixture
async def node(database_url: str) -> AsyncIterator[RunningNode]:
    started = await start_node(database_url)
    yield started
    await started.supervisor.stop()


async def test_the_snapshot_is_loaded_seeded_and_decrypted_by_init(database_url: str) -> None:
    node = await start_node(database_url, {"TELEGRAM_BOT_TOKEN": SEEDED_TOKEN})
    assert node.config.loaded
    assert node.config.get("telegram.bot_token") == SEEDED_TOKEN
    assert node.config.get("auth.rate_limit.max_attempts") == 5
    assert node.config.get("telegram.enabled") is True
    assert node.config.shown("telegram.bot_token") == "********" + SEEDED_TOKEN[-4:]
    assert node.config.get("no.such_key", "fallback") == "fallback"
    await node.supervisor.stop()


async def test_a_write_is_validated_persisted_published_and_announced(node: RunningNode) -> None:
    probe = await Probe().listen(CONFIG_TOPIC).start()
    setting = await node.config.set("auth.session_hours", "12", actor="test")
    assert setting.value == 12 and node.config.get("auth.session_hours") == 12
    event = await probe.receive(ConfigChanged)
    assert (event.key, event.origin) == ("auth.session_hours", "local")
    with pytest.raises(ConfigError, match="not a whole number"):
        await node.config.set("auth.session_hours", "twelve", actor="test")
    assert node.config.get("auth.session_hours") == 12
    await probe.stop()


async def test_a_refused_write_is_answered_as_refused_and_the_config_actor_is_not_restarted(
    node: RunningNode,
) -> None:
    refused = await refused_and_still_running(node.supervisor, "config", SetSetting("auth.session_hours", "x", "t"))
    assert isinstance(refused.error, ConfigError) and "not a whole number" in refused.reason
    assert node.config.get("auth.session_hours") != "x"


async def test_a_change_on_one_node_reaches_another_through_notify(database_url: str) -> None:
    a = await start_node(database_url)
    b = await start_node(database_url)
    probe = await Probe().listen(CONFIG_TOPIC).start()
    await a.config.set("llm.anthropic_api_key", "sk-ant-secret-0123456789", actor="test")
    remote = await probe.receive(lambda m: isinstance(m, ConfigChanged) and m.origin == "remote")
    assert remote.key == "llm.anthropic_api_key" and remote.sensitive
    assert b.config.get("llm.anthropic_api_key") == "sk-ant-secret-0123456789"
    await probe.stop()
    await a.supervisor.stop()
    await b.supervisor.stop()


async def test_a_change_made_in_sql_reaches_the_node(node: RunningNode, database_url: str) -> None:
    probe = await Probe().listen(CONFIG_TOPIC).start()
    conn = await asyncpg.connect(database_url)
    await conn.execute("UPDATE settings SET value = '42', updated_at = now() WHERE key = 'auth.session_hours'")
    await conn.close()
    await probe.receive(lambda m: isinstance(m, ConfigChanged) and m.key == "auth.session_hours")
    assert node.config.get("auth.session_hours") == 42
    await probe.stop()


async def test_a_crashed_config_actor_restarts_and_the_snapshot_stays_readable(node: RunningNode) -> None:
    probe = await Probe().listen(SUPERVISORS_TOPIC).start()
    await node.config.set("custom.flag", "on", actor="test", value_type=ValueType.BOOLEAN)
    crashed = node.config.target
    assert isinstance(crashed, Process)
    cast(crashed, "an unknown cast crashes it")
    await crashed.wait_exited()
    assert node.config.get("custom.flag") is True  # between the crash and the restart
    await probe.receive(ChildRestarted)
    assert node.config.target is not crashed
    assert node.config.get("custom.flag") is True
    await node.config.set("custom.flag", "off", actor="test")
    assert node.config.get("custom.flag") is False
    await probe.stop()


async def test_a_lost_listen_connection_is_reopened_and_missed_changes_are_loaded(
    node: RunningNode, database_url: str
) -> None:
    probe = await Probe().listen(CONFIG_TOPIC).start()
    admin = await asyncpg.connect(database_url)
    # Cut every other connection to this database: the listener's included.
    await admin.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'"
    )
    await admin.execute("UPDATE settings SET value = '77', updated_at = now() WHERE key = 'auth.session_hours'")
    await admin.close()
    await probe.receive(lambda m: isinstance(m, ConfigChanged) and m.key == "auth.session_hours", timeout=10)
    assert node.config.get("auth.session_hours") == 77
    await probe.stop()


async def test_a_secret_that_no_longer_decrypts_is_reported_and_does_not_crash_the_actor(
    node: RunningNode, database_url: str
) -> None:
    probe = await Probe().listen(CONFIG_TOPIC).start()
    conn = await asyncpg.connect(database_url)
    await conn.execute(
        "INSERT INTO settings (key, value, type, category, sensitive) "
        "VALUES ('broken.token', $1, 'string', 'broken', true)",
        "enc:" + "A" * 56,  # 42 zero bytes: long enough, but no key made it
    )
    await conn.close()
    await probe.receive(lambda m: isinstance(m, ConfigChanged) and m.key == "broken.token")
    setting = node.config.setting("broken.token")
    assert setting is not None and setting.value is None and "AuthenticationFailed" in (setting.error or "")
    assert isinstance(node.config.target, Process) and node.config.target.alive
    await probe.stop()


async def test_a_node_with_another_secret_key_base_refuses_to_start(database_url: str) -> None:
    first = await start_node(database_url)
    await first.supervisor.stop()
    with pytest.raises(StartError, match="not the key that encrypted"):
        await start_node(database_url, key="another-key-" + "q" * 40)

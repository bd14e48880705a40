"""The nightly backup actor on a manual clock: nothing before the fire
time, one backup at it (status published, audited as the scheduler), none
again until the next fire, and a changed schedule planned anew."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from actors import Snapshot, sync
from alexclaw.backup import BackupOperations, BackupScheduler, BackupStatus, list_backups, next_backup, tick
from alexclaw.security import Approver, Challenges, FixedPool
from tests.alexclaw.backup.test_backup_restore import KEY


@dataclass
class World:
    operations: BackupOperations
    settings: dict[str, object]
    now: list[datetime]
    pool: asyncpg.Pool


@pytest.fixture
async def world(database_url: str, tmp_path: Path) -> AsyncIterator[World]:
    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=2)
    settings: dict[str, object] = {"backup.dir": str(tmp_path), "backup.schedule": "0 3 * * *", "backup.max_files": 7}
    operations = BackupOperations(
        Approver(Challenges(), FixedPool(pool), lambda: False),
        FixedPool(pool),
        lambda: database_url,
        settings,
        KEY,
        Snapshot(BackupStatus()),
    )
    try:
        yield World(operations, settings, [datetime(2026, 1, 1, 2, 0, tzinfo=UTC)], pool)
    finally:
        await pool.close()


async def test_a_backup_is_written_when_the_schedule_fires_and_not_again_before_the_next(
    world: World, tmp_path: Path
) -> None:
    scheduler = await BackupScheduler(world.operations, clock=lambda: world.now[0]).start()
    try:
        tick(scheduler)
        await sync(scheduler)
        assert list_backups(tmp_path) == []  # 02:00: not yet
        world.now[0] = datetime(2026, 1, 1, 3, 0, 5, tzinfo=UTC)
        tick(scheduler)
        await sync(scheduler)
        assert len(list_backups(tmp_path)) == 1
        assert world.operations.status.read().last_ok is not None
        tick(scheduler)
        await sync(scheduler)
        assert len(list_backups(tmp_path)) == 1  # the next fire is tomorrow
    finally:
        await scheduler.stop()
    actor = await world.pool.fetchval(
        "SELECT actor FROM audit_log WHERE action = 'database.backup' AND outcome = 'ok' ORDER BY id DESC LIMIT 1"
    )
    assert actor == "scheduler:backup"


async def test_a_changed_schedule_is_planned_again_from_now(world: World, tmp_path: Path) -> None:
    scheduler = await BackupScheduler(world.operations, clock=lambda: world.now[0]).start()
    try:
        world.settings["backup.schedule"] = "30 2 * * *"
        world.now[0] = datetime(2026, 1, 1, 2, 10, tzinfo=UTC)
        tick(scheduler)  # sees the change: plans 02:30
        await sync(scheduler)
        world.now[0] += timedelta(minutes=21)
        tick(scheduler)
        await sync(scheduler)
        assert len(list_backups(tmp_path)) == 1
    finally:
        await scheduler.stop()


async def test_without_a_backup_dir_the_fire_time_passes_without_a_backup(world: World, tmp_path: Path) -> None:
    world.settings["backup.dir"] = ""
    scheduler = await BackupScheduler(world.operations, clock=lambda: world.now[0]).start()
    try:
        world.now[0] = datetime(2026, 1, 1, 3, 0, 5, tzinfo=UTC)
        tick(scheduler)
        await sync(scheduler)
    finally:
        await scheduler.stop()
    assert world.operations.status.read() == BackupStatus()


def test_an_invalid_schedule_plans_nothing() -> None:
    assert next_backup("every night", datetime(2026, 1, 1, tzinfo=UTC)) is None
    assert next_backup("0 3 * * *", datetime(2026, 1, 1, 3, 0, tzinfo=UTC)) == datetime(2026, 1, 2, 3, 0, tzinfo=UTC)

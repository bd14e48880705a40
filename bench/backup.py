"""Backup and restore benchmarks (BENCH lines; baselines in the same run).

A durable embedded server holding 100,000 workflow runs (step results as
JSON) and 50,000 memory entries (text and a 384-number vector each), then:

- ``write_backup`` (pg_dump plain → gzip level 6 in a worker thread, header
  and seal, fsync) against the bare shell pipeline ``pg_dump | gzip -6 >
  file`` with the same pg_dump: time and size;
- ``restore_backup`` (the whole file checked first, then one psql
  transaction: drop schema, load, migrations re-checked) against the bare
  ``gunzip -c file | psql --single-transaction`` after the same schema drop.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _report import line, on_embedded_postgres  # noqa: E402  (bench/ is on sys.path when a benchmark runs)

from alexclaw.backup import (  # noqa: E402
    BackupDone,
    Restored,
    database_facts,
    find_program,
    restore_backup,
    seal_key,
    write_backup,
)
from alexclaw.storage import migrate  # noqa: E402

SHM = Path("/dev/shm")
SHM_DIR = str(SHM) if SHM.is_dir() else None
RUNS = 100_000
MEMORIES = 50_000
KEY = seal_key("bench-" + "k" * 58)


async def fill(dsn: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await migrate(conn)
        await conn.execute(
            "INSERT INTO workflow_runs (workflow_name, status, node, started_at, completed_at, result, step_results) "
            "SELECT 'digest ' || (i % 50), 'completed', 'bench', now() - i * interval '1 minute', now(), "
            "jsonb_build_object('items', i % 17, 'summary', md5(i::text)), "
            "jsonb_build_array(jsonb_build_object('step', 1, 'output', repeat(md5(i::text), 4))) "
            f"FROM generate_series(1, {RUNS}) AS i"
        )
        await conn.execute(
            "INSERT INTO memory_entries "
            "(kind, content, source, content_hash, embedding, embedding_model, embedding_dim) "
            "SELECT 'note', 'remembered fact number ' || i || ' about ' || md5(i::text), 'bench', md5(i::text), "
            "(SELECT array_agg(random())::vector FROM generate_series(1, 384) WHERE i > 0), 'bench-384', 384 "
            f"FROM generate_series(1, {MEMORIES}) AS i"
        )
    finally:
        await conn.close()


async def shell(command: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = await asyncio.create_subprocess_shell(command, env=env, stdout=asyncio.subprocess.DEVNULL)
    code = await process.wait()
    if code != 0:
        raise RuntimeError(f"{command!r} exited with {code}")
    return time.perf_counter() - started


async def drop_schema(dsn: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()


async def run(dsn: str, data_dir: Path) -> None:
    await fill(dsn)
    conn = await asyncpg.connect(dsn)
    try:
        schema, version = await database_facts(conn)
    finally:
        await conn.close()
    pg_dump, psql = find_program("pg_dump"), find_program("psql")
    assert pg_dump is not None and psql is not None
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    # /dev/shm: a mounted filesystem, so the backup directory passes the
    # container check when the benchmark runs in one.
    with tempfile.TemporaryDirectory(dir=SHM_DIR) as tmp:
        directory = Path(tmp)
        started = time.perf_counter()
        done = await write_backup(dsn, directory, key=KEY, schema=schema, server_version=version, max_files=7)
        ours = time.perf_counter() - started
        assert isinstance(done, BackupDone), done
        bare_file = directory / "bare.sql.gz"
        bare = await shell(f"'{pg_dump}' --format=plain --no-owner --no-privileges --dbname='{dsn}' "
                           f"| gzip -6 > '{bare_file}'", env)  # fmt: skip
        bare_size = bare_file.stat().st_size
        line("backup.write_seconds", ours, "s", ours / bare, "pg_dump | gzip")
        line("backup.size_bytes", done.size, "B", done.size / bare_size, "pg_dump | gzip")
        line("backup.throughput", done.size / ours / 1_048_576, "MiB/s")

        started = time.perf_counter()
        restored = await restore_backup(dsn, done.path, key=KEY)
        ours_restore = time.perf_counter() - started
        assert isinstance(restored, Restored), restored
        await drop_schema(dsn)
        bare_restore = await shell(
            f"gunzip -c '{bare_file}' | '{psql}' -X -q -v ON_ERROR_STOP=1 --single-transaction --dbname='{dsn}'", env
        )
        line("backup.restore_seconds", ours_restore, "s", ours_restore / bare_restore, "gunzip | psql -1")


if __name__ == "__main__":
    on_embedded_postgres(run, log_level=logging.WARNING)

"""A second database on the session's embedded server, the way an operator's
reporting database would look: its own role with a password (the server
asks for it: a ``scram-sha-256`` line for that role and database only),
tables with typed rows, and a TCP address on 127.0.0.1 (the embedded
server listens on a unix socket alone, so a small forwarder gives it one:
the node then dials a host and a port like any database)."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import asyncpg

from tests.conftest import with_database

SETUP = """
CREATE TABLE items (id integer PRIMARY KEY, title text NOT NULL, price numeric(10, 2), seen date,
                    at timestamptz, token uuid, blob bytea, tags text[], extra jsonb);
INSERT INTO items VALUES
  (1, 'first', 9.99, '2026-01-02', '2026-01-02 03:04:05+00', '12345678-1234-5678-1234-567812345678',
   '\\x00ff', '{a,b}', '{"k": 1}'),
  (2, 'second', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
CREATE TABLE big (id integer, filler text);
INSERT INTO big SELECT g, repeat('x', 1000) FROM generate_series(1, 7000) g;
CREATE SEQUENCE counter;
CREATE FUNCTION bump() RETURNS integer LANGUAGE sql VOLATILE
  AS $$ INSERT INTO items (id, title) VALUES (99, 'written') RETURNING id $$;
"""


@dataclass
class Forwarder:
    """127.0.0.1:port → the server's unix socket, byte for byte."""

    socket: str
    server: asyncio.Server | None = None
    tasks: set[asyncio.Task[None]] = field(default_factory=set)

    @property
    def port(self) -> int:
        assert self.server is not None
        return int(self.server.sockets[0].getsockname()[1])

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", 0)

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_unix_connection(self.socket)
        except OSError:
            writer.close()
            return
        for source, sink in ((reader, upstream_writer), (upstream_reader, writer)):
            task = asyncio.create_task(self._pipe(source, sink))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    @staticmethod
    async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        try:
            while chunk := await source.read(65536):
                sink.write(chunk)
                await sink.drain()
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            sink.close()

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await self.server.wait_closed()


@dataclass(frozen=True)
class SecondDatabase:
    host: str
    port: int
    database: str
    user: str
    password: str
    admin_dsn: str  # the database itself, as its owner (the test's own look behind the node's back)


def socket_path(admin_dsn: str) -> str:
    parts = urlsplit(admin_dsn)
    host = parse_qs(parts.query).get("host", [""])[0] or (parts.hostname or "")
    return str(Path(host) / f".s.PGSQL.{parts.port or 5432}")


@contextlib.asynccontextmanager
async def second_database(admin_dsn: str) -> AsyncIterator[SecondDatabase]:
    tag = uuid.uuid4().hex[:12]
    name, role, password = f"sq_{tag}", f"reader_{tag}", f"pw-{uuid.uuid4().hex}"
    admin = await asyncpg.connect(admin_dsn)
    hba = Path(await admin.fetchval("SHOW hba_file"))
    original = hba.read_text()
    try:
        await admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        await admin.execute(f"CREATE DATABASE {name} OWNER {role}")
        hba.write_text(f"local {name} {role} scram-sha-256\n" + original)
        await admin.execute("SELECT pg_reload_conf()")
        owner_dsn = with_database(admin_dsn, name)
        owner = await asyncpg.connect(owner_dsn, user=role, password=password)
        try:
            await owner.execute(SETUP)
        finally:
            await owner.close()
        forwarder = Forwarder(socket_path(admin_dsn))
        await forwarder.start()
        try:
            yield SecondDatabase("127.0.0.1", forwarder.port, name, role, password, owner_dsn)
        finally:
            await forwarder.stop()
    finally:
        hba.write_text(original)
        await admin.execute("SELECT pg_reload_conf()")
        await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        await admin.execute(f"DROP ROLE IF EXISTS {role}")
        await admin.close()

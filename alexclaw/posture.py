"""The security posture audit behind ``alexclaw doctor`` and the Posture
page: what about this node's exposure and configuration an attacker would
look for first. Each finding has a stable id (for CI and for silencing
nothing: there is no silencing), a severity, what was found and the fix.

``gather`` reads the facts (the environment, the settings table, a few
rows); ``audit`` is a plain function of those facts, so each finding is
tested from a fact table without a node.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Final
from urllib.parse import urlsplit

import asyncpg

from alexclaw.config import CATALOG, ConfigHandle, Setting, catalog_default, load_rows, open_row
from alexclaw.memory import missing_vector_indexes
from alexclaw.secret_store import VaultHealth, node_store, vault_health
from alexclaw.security import SecretBox
from alexclaw.settings import Settings
from alexclaw.storage import DatabaseRole, read_role, role_powers

CRITICAL, HIGH, MEDIUM, LOW, INFO = "critical", "high", "medium", "low", "info"
SEVERITIES: Final = (CRITICAL, HIGH, MEDIUM, LOW, INFO)
FAILING: Final = frozenset({CRITICAL, HIGH})  # doctor exits 1 on any of these

STRONG_SECRET_LENGTH = 32
STRONG_SECRET_DISTINCT = 12
BACKUP_MAX_AGE_SECONDS = 2 * 24 * 3600
MCP_KEY_IDLE_SECONDS = 90 * 24 * 3600
KNOWN_KEYS: Final = frozenset(known.key for known in CATALOG)
__all__ = [
    "CRITICAL",
    "FAILING",
    "HIGH",
    "INFO",
    "LOW",
    "MEDIUM",
    "SEVERITIES",
    "Facts",
    "Finding",
    "LiveMcpKey",
    "PostureAudit",
    "audit",
    "gather",
    "report",
    "summary",
    "unreachable",
]

REPLACE_WEAK: Final = (
    "replace it with 32+ random characters: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
)


@dataclass(frozen=True)
class Finding:
    id: str
    severity: str
    title: str
    fix: str

    def as_json(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class LiveMcpKey:
    name: str
    expires: bool
    idle_seconds: float | None  # None: never used


@dataclass(frozen=True)
class Facts:
    """What the audit judges. ``values`` holds every setting as text
    (stored, decrypted, or the catalog default); secrets never leave this
    module: only their strength is reported."""

    http_host: str
    environ: Mapping[str, str]
    values: Mapping[str, str]
    embedded_database: bool
    undecryptable: tuple[str, ...] = ()
    break_glass_open: bool = False
    mcp_keys: tuple[LiveMcpKey, ...] = ()
    role: DatabaseRole | None = None
    newest_backup_age: float | None = None  # seconds; None: none found
    database_reachable: bool = True
    unindexed_vectors: tuple[tuple[str, str], ...] = ()  # (table, model) searched by a scan
    extra: tuple[Finding, ...] = field(default=())  # findings other parts contribute (dynamic skills' checksums)
    vault_addr: str = ""  # VAULT_ADDR; empty: the built-in secret store
    vault: VaultHealth | None = None  # None: not configured, or not checked (the database is down)

    def value(self, key: str) -> str:
        return self.values.get(key, catalog_default(key) if key in KNOWN_KEYS else "")


def weak(secret: str) -> bool:
    return len(secret) < STRONG_SECRET_LENGTH or len(set(secret)) < STRONG_SECRET_DISTINCT


def loopback(host: str) -> bool:
    if host in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def every_interface(host: str) -> bool:
    return host in {"0.0.0.0", "::", "[::]", ""}  # noqa: S104 (what is being detected)


Check = Callable[[Facts], Iterator[Finding]]


def http_exposure(facts: Facts) -> Iterator[Finding]:
    if loopback(facts.http_host):
        return
    if facts.value("auth.trust_proxy_headers") != "true":
        yield Finding(
            "http.no-tls-proxy", HIGH,
            f"the admin UI listens on {facts.http_host} with no TLS proxy declared in front "
            "(auth.trust_proxy_headers is off): passwords and session cookies may cross the network in clear text",
            "bind ALEXCLAW_HTTP_HOST=127.0.0.1 and publish through a TLS reverse proxy, then set "
            "auth.trust_proxy_headers=true (and auth.trusted_proxy_count)",
        )  # fmt: skip
    if not facts.value("metrics.token"):
        yield Finding(
            "metrics.no-token", MEDIUM,
            f"/metrics answers anyone who reaches {facts.http_host} (no metrics.token)",
            "alexclaw config set metrics.token - (a random string) and give it to your scraper as a bearer token",
        )  # fmt: skip
    elif weak(facts.value("metrics.token")):
        yield Finding("metrics.weak-token", MEDIUM, "metrics.token is short or repetitive", REPLACE_WEAK)


def shield(facts: Facts) -> Iterator[Finding]:
    if facts.value("shield.mode") == "observe":
        yield Finding(
            "shield.observe", HIGH,
            "the shield only records: prompt injections it recognises are not refused (shield.mode=observe)",
            "set shield.mode=block on the Shield page (it asks for a 2FA code)",
        )  # fmt: skip
    if facts.break_glass_open:
        yield Finding(
            "shield.break-glass-open", HIGH,
            "a break-glass window is open: the shield and sanitizer are bypassed until it ends",
            "end it on the Shield page as soon as the emergency is over",
        )  # fmt: skip


def chat_locks(facts: Facts) -> Iterator[Finding]:
    telegram = facts.value("telegram.bot_token") and facts.value("telegram.enabled") != "false"
    if telegram and not (facts.value("telegram.chat_id") and facts.value("telegram.owner_user_id")):
        yield Finding(
            "telegram.no-chat-lock", LOW,
            "the Telegram bot has a token but no adopted chat and owner: it answers nobody yet",
            "write to the bot, then adopt your chat on the Telegram page (2FA)",
        )  # fmt: skip
    if facts.value("telegram.mode") == "webhook" and weak(facts.value("telegram.webhook_secret")):
        yield Finding(
            "telegram.weak-webhook-secret", HIGH,
            "Telegram webhook mode with an empty, short or repetitive telegram.webhook_secret",
            REPLACE_WEAK,
        )  # fmt: skip
    if "discord.channel_id" in KNOWN_KEYS and facts.value("discord.bot_token"):
        locked = all(facts.value(k) for k in ("discord.guild_id", "discord.channel_id", "discord.owner_user_id"))
        if not locked:
            yield Finding(
                "discord.no-chat-lock", LOW,
                "the Discord bot has a token but no guild, channel and owner: it answers nobody yet",
                "adopt your channel on the Discord panel (2FA)",
            )  # fmt: skip


def machine_secrets(facts: Facts) -> Iterator[Finding]:
    for key, what in (
        ("github.webhook_secret", "GitHub webhook deliveries"),
        ("shield.proxy_api_key", "the shield proxy"),
    ):
        secret = facts.value(key)
        if secret and weak(secret):
            yield Finding(f"{key.split('.')[0]}.weak-secret", HIGH, f"{key} guards {what} but is weak", REPLACE_WEAK)
    for mcp_key in facts.mcp_keys:
        if not mcp_key.expires:
            yield Finding(
                "mcp.key-never-expires", LOW, f"MCP key {mcp_key.name!r} never expires",
                "revoke it on the Access page and create one with an expiry",
            )  # fmt: skip
        if mcp_key.idle_seconds is not None and mcp_key.idle_seconds > MCP_KEY_IDLE_SECONDS:
            yield Finding(
                "mcp.idle-key", LOW, f"MCP key {mcp_key.name!r} has not been used for 90 days",
                "revoke keys nobody uses on the Access page",
            )  # fmt: skip


def cluster(facts: Facts) -> Iterator[Finding]:
    env = facts.environ
    cookie = env.get("CLUSTER_COOKIE", "")
    wanted = any(env.get(k, "").strip() for k in ("ALEXCLAW_CLUSTER_DISCOVERY", "ALEXCLAW_CLUSTER_SEEDS"))
    if wanted and not cookie:
        yield Finding(
            "cluster.no-cookie", HIGH,
            "cluster discovery is configured but CLUSTER_COOKIE is not set: every link is refused",
            "set the same CLUSTER_COOKIE (32+ random characters) on every node",
        )  # fmt: skip
    if cookie and weak(cookie):
        yield Finding("cluster.weak-cookie", CRITICAL, "CLUSTER_COOKIE is short or repetitive", REPLACE_WEAK)
    host = env.get("ALEXCLAW_CLUSTER_HOST", "127.0.0.1").strip()
    if cookie and every_interface(host):
        yield Finding(
            "cluster.listener-every-interface", HIGH,
            f"the cluster link listens on every interface ({host or 'empty'})",
            "set ALEXCLAW_CLUSTER_HOST to the one address peers reach (a pod IP, a private interface)",
        )  # fmt: skip


def database(facts: Facts) -> Iterator[Finding]:
    if not facts.database_reachable:
        yield Finding(
            "database.unreachable", MEDIUM,
            "the database was not reachable, so the settings-based checks did not run",
            "start the node (or set DATABASE_URL) and run doctor again",
        )  # fmt: skip
    if facts.undecryptable:
        yield Finding(
            "config.undecryptable", CRITICAL,
            f"{len(facts.undecryptable)} stored secret(s) do not decrypt with this SECRET_KEY_BASE",
            "run with the SECRET_KEY_BASE the node was set up with (alexclaw rotate-key changes it safely)",
        )  # fmt: skip
    role = facts.role
    if role is not None and not facts.embedded_database:
        # The same judgement as the node's start check in separate-roles mode.
        powers = role_powers(role)
        if powers:
            yield Finding(
                "database.powerful-role", HIGH,
                f"the node connects to PostgreSQL as {role.name!r}, which has {'; '.join(powers)}",
                "connect as an application role granted by alexclaw migrate --grant-to ROLE (run as the owner), "
                "with ALEXCLAW_DB_ROLE_CHECK=strict (see docs/architecture.md, deployment)",
            )  # fmt: skip
    if facts.unindexed_vectors:
        shown = ", ".join(f"{model} in {table}" for table, model in facts.unindexed_vectors[:3])
        yield Finding(
            "memory.vector-index-missing", LOW,
            f"stored vectors have no HNSW index ({shown}): search compares every vector",
            "run alexclaw migrate as the database owner: it builds the vector indexes of the models in use",
        )  # fmt: skip


def backups(facts: Facts) -> Iterator[Finding]:
    if "backup.dir" not in KNOWN_KEYS:
        return
    if not facts.value("backup.dir"):
        yield Finding(
            "backups.not-configured", MEDIUM, "no backup directory is set: the database is never backed up",
            "set backup.dir to a mounted volume (Database page); nightly backups start by themselves",
        )  # fmt: skip
    elif facts.newest_backup_age is None or facts.newest_backup_age > BACKUP_MAX_AGE_SECONDS:
        age = "no backup yet" if facts.newest_backup_age is None else f"{facts.newest_backup_age / 86400:.1f} days"
        yield Finding(
            "backups.old", MEDIUM, f"the newest backup in backup.dir is too old ({age})",
            "check the Services page for the scheduled backup's last error, or run alexclaw backup",
        )  # fmt: skip


def secret_store(facts: Facts) -> Iterator[Finding]:
    if not facts.vault_addr:
        return
    url = urlsplit(facts.vault_addr)
    if url.scheme == "http" and not loopback(url.hostname or ""):
        yield Finding(
            "vault.plain-http", HIGH, "VAULT_ADDR is plain http to another host: the token and every credential "
            "cross the network in clear", "serve Vault/OpenBao over https (VAULT_CACERT names a private CA)",
        )  # fmt: skip
    health = facts.vault
    if health is not None and not health.reachable:
        yield Finding(
            "vault.unreachable", HIGH, f"Vault is configured but cannot be used: {health.reason}",
            "check VAULT_ADDR, the AppRole (VAULT_ROLE_ID, VAULT_SECRET_ID) and its policy; "
            "`alexclaw secret status` shows the answer",
        )  # fmt: skip
    elif health is not None and not health.renewable:
        yield Finding(
            "vault.token-not-renewable", MEDIUM, "the AppRole's tokens are not renewable: the node logs in again "
            "each time one runs out", "give the AppRole renewable tokens (token_max_ttl above token_ttl)",
        )  # fmt: skip


CHECKS: Final[tuple[Check, ...]] = (
    http_exposure, shield, chat_locks, machine_secrets, cluster, database, backups, secret_store,
)  # fmt: skip


def audit(facts: Facts) -> list[Finding]:
    """Every finding, most severe first (stable within a severity)."""
    found = [finding for check in CHECKS for finding in check(facts)] + list(facts.extra)
    return sorted(found, key=lambda f: SEVERITIES.index(f.severity))


# --- reading the facts -----------------------------------------------------

_MCP_KEYS = (
    "SELECT name, expires_at IS NOT NULL AS expires, extract(epoch FROM now() - last_used_at) AS idle "
    "FROM mcp_keys WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) ORDER BY name"
)
_BREAK_GLASS_OPEN = "SELECT EXISTS (SELECT 1 FROM break_glass WHERE ended_at IS NULL AND ends_at > now())"


def setting_values(settings: Iterable[Setting]) -> tuple[dict[str, str], tuple[str, ...]]:
    """Each setting's text, and the keys whose stored secret did not decrypt."""
    values: dict[str, str] = {}
    undecryptable: list[str] = []
    for setting in settings:
        if setting.error is not None:
            undecryptable.append(setting.key)
        else:
            values[setting.key] = setting.text
    return values, tuple(undecryptable)


async def gather(
    conn: Any, settings: Settings, environ: Mapping[str, str], known: Iterable[Setting] | None = None
) -> Facts:
    """The facts, read over ``conn`` (the node's pool or doctor's own
    connection). ``known``: the settings already decrypted (the running
    node's config snapshot), else they are read and decrypted here. A table
    a migration has not created yet is no fact."""
    vault = await vault_health(settings)
    if known is None:
        store = node_store(settings) if vault is not None and vault.reachable else SecretBox(settings.secret_key_base)
        known = [await open_row(row, store) for row in await load_rows(conn)]
    values, undecryptable = setting_values(known)
    role = await read_role(conn)
    try:
        keys = tuple(LiveMcpKey(r["name"], r["expires"], r["idle"]) for r in await conn.fetch(_MCP_KEYS))
        break_glass = bool(await conn.fetchval(_BREAK_GLASS_OPEN))
        unindexed = tuple(await missing_vector_indexes(conn))
    except asyncpg.UndefinedTableError:
        keys, break_glass, unindexed = (), False, ()
    return Facts(
        http_host=settings.http_host,
        environ=environ,
        values=values,
        embedded_database=settings.embedded_database,
        undecryptable=undecryptable,
        break_glass_open=break_glass,
        mcp_keys=keys,
        role=role,
        newest_backup_age=None,
        unindexed_vectors=unindexed,
        vault_addr=settings.vault.addr if settings.vault is not None else "",
        vault=vault,
    )


def unreachable(settings: Settings, environ: Mapping[str, str]) -> Facts:
    """The facts when the database cannot be read: the environment alone."""
    return Facts(
        http_host=settings.http_host,
        environ=environ,
        values={},
        embedded_database=settings.embedded_database,
        database_reachable=False,
        vault_addr=settings.vault.addr if settings.vault is not None else "",
    )


class PostureAudit:
    """The audit as the running node runs it for the Posture page: its boot
    settings and environment, its config snapshot (already decrypted), and
    the few other facts read over its own pool."""

    def __init__(self, settings: Settings, environ: Mapping[str, str], config: ConfigHandle) -> None:
        self._settings = settings
        self._environ = dict(environ)
        self._config = config

    @property
    def settings(self) -> Settings:
        return self._settings

    async def run(self, pool: Any | None, extra: tuple[Finding, ...] = ()) -> list[Finding]:
        """``pool`` None (the database is down): the environment alone."""
        if pool is None:
            return audit(dataclasses.replace(unreachable(self._settings, self._environ), extra=extra))
        async with pool.acquire() as conn:
            facts = await gather(conn, self._settings, self._environ, self._config.snapshot().values())
        return audit(dataclasses.replace(facts, extra=extra))


def summary(findings: list[Finding]) -> dict[str, int]:
    return {severity: sum(f.severity == severity for f in findings) for severity in SEVERITIES}


def report(findings: list[Finding], *, at: float | None = None) -> dict[str, Any]:
    """The JSON doctor prints and the Posture page renders."""
    return {
        "at": time.time() if at is None else at,
        "summary": summary(findings),
        "failing": any(f.severity in FAILING for f in findings),
        "findings": [f.as_json() for f in findings],
    }

"""Boot-time settings: read once from the environment (and ``.env``),
validated, frozen. Run-time configuration lives in the database (its own
issue); only what the node needs before the database is up lives here.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import platformdirs
from dotenv import dotenv_values

from cluster import ClusterSettings, ClusterSettingsError, load_cluster_settings

MIN_SECRET_KEY_LENGTH = 32
# Environment variables that may seed an empty run-time setting at boot
# (alexclaw.config's catalog names which setting each one seeds).
CONFIG_SEED_VARIABLES = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_CHAT_ID",
    "TELEGRAM_OWNER_USER_ID",
    "DISCORD_BOT_TOKEN",
    "DISCORD_GUILD_ID",
    "DISCORD_CHANNEL_ID",
    "DISCORD_OWNER_USER_ID",
    "GITHUB_WEBHOOK_SECRET",
    "MCP_API_KEY",
    "GEMINI_API_KEY",
    "ANTHROPIC_API_KEY",
    "OPENAI_API_KEY",
    "SHIELD_PROXY_API_KEY",
    "METRICS_TOKEN",
    "GOOGLE_CLIENT_ID",
    "GOOGLE_CLIENT_SECRET",
)
GENERATE_HINT = "python3 -c 'import secrets; print(secrets.token_urlsafe(64))'"


class SettingsError(ValueError):
    """A setting is missing or invalid; the message is one line saying which
    and how to fix it."""


def default_data_dir() -> Path:
    """Root gets a dedicated system folder (the embedded PostgreSQL, run as
    its own user, needs to traverse the parents); others a per-user dir."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return Path("/var/lib/alexclaw")
    return Path(platformdirs.user_data_dir("alexclaw"))


GOOGLE_AUTH_URL: Final = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_TOKEN_URL: Final = "https://oauth2.googleapis.com/token"  # noqa: S105 - an address, not a secret
GOOGLE_REVOKE_URL: Final = "https://oauth2.googleapis.com/revoke"
GOOGLE_API_BASE: Final = "https://www.googleapis.com"


@dataclass(frozen=True)
class GoogleEndpoints:
    """Where the node talks to Google: Google's own addresses. Boot-time
    only (``GOOGLE_AUTH_URL``, ``GOOGLE_TOKEN_URL``, ``GOOGLE_REVOKE_URL``,
    ``GOOGLE_API_BASE``), for the tests' fake server: no page, chat or
    setting can send the client secret or a token anywhere else."""

    auth_url: str = GOOGLE_AUTH_URL
    token_url: str = GOOGLE_TOKEN_URL
    revoke_url: str = GOOGLE_REVOKE_URL
    api_base: str = GOOGLE_API_BASE


@dataclass(frozen=True)
class VaultSettings:
    """Where the node's credentials live when an external secret store
    (OpenBao or HashiCorp Vault, KV v2, AppRole) is configured: ``VAULT_ADDR``,
    ``VAULT_ROLE_ID``, ``VAULT_SECRET_ID`` or ``VAULT_SECRET_ID_FILE``,
    ``VAULT_MOUNT`` (``secret``), ``VAULT_PATH_PREFIX``
    (``alexclaw/<node name>``), ``VAULT_CACERT``, ``VAULT_NAMESPACE``.
    Boot-time only: no page, chat or setting can point it elsewhere."""

    addr: str
    role_id: str = field(repr=False)
    secret_id: str = field(repr=False)
    mount: str = "secret"
    path_prefix: str = "alexclaw"
    cacert: Path | None = None
    namespace: str = ""


@dataclass(frozen=True)
class Settings:
    """What the node reads from its environment. Secrets are kept out of
    ``repr`` so they never reach a log line by accident."""

    secret_key_base: str = field(repr=False)
    admin_password: str | None = field(repr=False, default=None)
    database_url: str | None = field(repr=False, default=None)
    data_dir: Path = field(default_factory=default_data_dir)
    http_host: str = "127.0.0.1"
    http_port: int = 5001
    log_level: str = "INFO"
    log_format: str = "auto"  # auto | json | text
    pg_durable: bool = True  # fsync on the embedded server (tests turn it off)
    config_seeds: Mapping[str, str] = field(repr=False, default_factory=dict)
    # Who this node is: run rows carry it, and a boot interrupts only its
    # own. Stable across restarts (a container's hostname may not be).
    node_name: str = field(default_factory=socket.gethostname)
    google: GoogleEndpoints = field(default_factory=GoogleEndpoints)
    # The cluster's settings (CLUSTER_COOKIE, ALEXCLAW_CLUSTER_*): off without a cookie.
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    # Dynamic skills (ALEXCLAW_SKILLS_DIR); None: ``<data_dir>/dynamic-skills``. Not
    # ``skills``: a directory of that name in the working directory would shadow
    # the ``skills`` package for ``python -m alexclaw`` run from the data dir.
    skills_dir_override: Path | None = None
    # ALEXCLAW_DB_ROLE_CHECK with DATABASE_URL: "auto" migrates at boot only when
    # the node's role owns the schema; "strict" never, and refuses a powerful
    # role (alexclaw/storage/_roles.py).
    db_role_check: str = "auto"
    # An external secret store (VAULT_ADDR and its AppRole); None: the
    # built-in encrypted store.
    vault: VaultSettings | None = None

    @property
    def skills_dir(self) -> Path:
        return self.skills_dir_override or self.data_dir / "dynamic-skills"

    @property
    def embedded_database(self) -> bool:
        return self.database_url is None

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never appear in a log line."""
        values = [self.secret_key_base, self.admin_password or "", *self.config_seeds.values()]
        values.append(self.cluster.cookie or "")
        if self.vault is not None:
            values.append(self.vault.secret_id)
        if self.database_url and "@" in self.database_url:
            userinfo = self.database_url.split("://", 1)[-1].rsplit("@", 1)[0]
            if ":" in userinfo:
                values.append(userinfo.split(":", 1)[1])
        return tuple(v for v in values if len(v) >= 6)


def _bool(name: str, raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def read_environment(environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")) -> dict[str, str]:
    """``env_file`` (if it exists) under ``environ`` (which wins; default
    the process environment): what the node's settings are read from."""
    env: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        env.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    env.update(os.environ if environ is None else environ)
    return env


def load_settings(environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")) -> Settings:
    """Merge ``env_file`` (if it exists) under ``environ`` (which wins) and
    validate. Raises ``SettingsError`` with a one-line explanation."""
    env = read_environment(environ, env_file)

    key = env.get("SECRET_KEY_BASE", "").strip()
    if not key:
        raise SettingsError(f"SECRET_KEY_BASE is not set; generate one with: {GENERATE_HINT}")
    if len(key) < MIN_SECRET_KEY_LENGTH:
        raise SettingsError(
            f"SECRET_KEY_BASE is too short ({len(key)} characters, need at least "
            f"{MIN_SECRET_KEY_LENGTH}); generate one with: {GENERATE_HINT}"
        )

    database_url = env.get("DATABASE_URL", "").strip() or None
    if database_url is not None and not database_url.startswith(("postgres://", "postgresql://")):
        raise SettingsError("DATABASE_URL must be a postgresql:// URL")

    raw_port = env.get("ALEXCLAW_HTTP_PORT", "5001").strip()
    try:
        port = int(raw_port)
    except ValueError:
        raise SettingsError(f"ALEXCLAW_HTTP_PORT must be a number, got {raw_port!r}") from None
    if not 0 <= port <= 65535:
        raise SettingsError(f"ALEXCLAW_HTTP_PORT must be between 0 and 65535, got {port}")

    host = env.get("ALEXCLAW_HTTP_HOST", "127.0.0.1").strip()
    if not host:
        raise SettingsError("ALEXCLAW_HTTP_HOST is empty; use 127.0.0.1 (default) or an interface address")

    level = env.get("ALEXCLAW_LOG_LEVEL", "INFO").strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise SettingsError(f"ALEXCLAW_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
    log_format = env.get("ALEXCLAW_LOG_FORMAT", "auto").strip().lower()
    if log_format not in {"auto", "json", "text"}:
        raise SettingsError(f"ALEXCLAW_LOG_FORMAT must be auto, json or text, got {log_format!r}")

    node_name = env.get("ALEXCLAW_NODE_NAME", "").strip() or socket.gethostname()
    if len(node_name) > 100 or not all(c.isalnum() or c in "-_.@" for c in node_name):
        raise SettingsError("ALEXCLAW_NODE_NAME: at most 100 letters, digits, '-', '_', '.' or '@'")

    data_dir_raw = env.get("ALEXCLAW_DATA_DIR", "").strip()
    data_dir = Path(data_dir_raw).expanduser().resolve() if data_dir_raw else default_data_dir()
    skills_dir_raw = env.get("ALEXCLAW_SKILLS_DIR", "").strip()
    role_check = env.get("ALEXCLAW_DB_ROLE_CHECK", "auto").strip().lower() or "auto"
    if role_check not in {"auto", "strict"}:
        raise SettingsError(f"ALEXCLAW_DB_ROLE_CHECK must be auto or strict, got {role_check!r}")
    if role_check == "strict" and database_url is None:
        raise SettingsError("ALEXCLAW_DB_ROLE_CHECK=strict needs DATABASE_URL (the embedded database has one role)")

    return Settings(
        secret_key_base=key,
        admin_password=env.get("ADMIN_PASSWORD") or None,
        database_url=database_url,
        data_dir=data_dir,
        http_host=host,
        http_port=port,
        log_level=level,
        log_format=log_format,
        pg_durable=_bool("ALEXCLAW_PG_FSYNC", env.get("ALEXCLAW_PG_FSYNC", "true")),
        config_seeds={name: env[name] for name in CONFIG_SEED_VARIABLES if env.get(name, "").strip()},
        node_name=node_name,
        google=_google_endpoints(env),
        cluster=_cluster(env),
        skills_dir_override=Path(skills_dir_raw).expanduser().resolve() if skills_dir_raw else None,
        db_role_check=role_check,
        vault=_vault(env, node_name),
    )


_VAULT_SEGMENT = re.compile(r"[A-Za-z0-9_.@-]+")


def _vault(env: Mapping[str, str], node_name: str) -> VaultSettings | None:
    """The external secret store, or None when VAULT_ADDR is unset. With
    VAULT_ADDR set and its AppRole incomplete the node refuses to start:
    it never falls back to the local store silently."""
    addr = env.get("VAULT_ADDR", "").strip().rstrip("/")
    if not addr:
        return None
    if not addr.startswith(("https://", "http://")) or "@" in addr.split("://", 1)[1]:
        raise SettingsError("VAULT_ADDR must be an http(s) URL without credentials in it")
    role_id = env.get("VAULT_ROLE_ID", "").strip()
    secret_id = env.get("VAULT_SECRET_ID", "").strip()
    secret_file = env.get("VAULT_SECRET_ID_FILE", "").strip()
    if not secret_id and secret_file:
        try:
            secret_id = Path(secret_file).expanduser().read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SettingsError(f"VAULT_SECRET_ID_FILE cannot be read ({type(exc).__name__})") from None
    if not role_id or not secret_id:
        missing = " and ".join(n for n, v in (("VAULT_ROLE_ID", role_id), ("VAULT_SECRET_ID", secret_id)) if not v)
        raise SettingsError(
            f"VAULT_ADDR is set but {missing} is not (VAULT_SECRET_ID or VAULT_SECRET_ID_FILE): "
            "the node does not start without its AppRole, and never falls back to the local store"
        )
    mount = env.get("VAULT_MOUNT", "").strip().strip("/") or "secret"
    prefix = env.get("VAULT_PATH_PREFIX", "").strip().strip("/") or f"alexclaw/{node_name}"
    for name, value in (("VAULT_MOUNT", mount), ("VAULT_PATH_PREFIX", prefix)):
        if not all(_VAULT_SEGMENT.fullmatch(part) for part in value.split("/")):
            raise SettingsError(f"{name}: path segments of letters, digits, '-', '_', '.' or '@'")
    cacert_raw = env.get("VAULT_CACERT", "").strip()
    cacert = Path(cacert_raw).expanduser() if cacert_raw else None
    if cacert is not None and not cacert.is_file():
        raise SettingsError("VAULT_CACERT does not name a readable file")
    return VaultSettings(addr, role_id, secret_id, mount, prefix, cacert, env.get("VAULT_NAMESPACE", "").strip())


def _google_endpoints(env: Mapping[str, str]) -> GoogleEndpoints:
    """Google's addresses, or the ones the environment names (a test's fake
    Google); each an http(s) URL."""
    found: dict[str, str] = {}
    for name, field_name in (("GOOGLE_AUTH_URL", "auth_url"), ("GOOGLE_TOKEN_URL", "token_url"),
                             ("GOOGLE_REVOKE_URL", "revoke_url"), ("GOOGLE_API_BASE", "api_base")):  # fmt: skip
        value = env.get(name, "").strip()
        if value:
            if not value.startswith(("https://", "http://")):
                raise SettingsError(f"{name} must be an http(s) URL")
            found[field_name] = value.rstrip("/")
    return GoogleEndpoints(**found)


def _cluster(env: Mapping[str, str]) -> ClusterSettings:
    try:
        return load_cluster_settings(env)
    except ClusterSettingsError as exc:
        raise SettingsError(str(exc)) from None


def write_env_file(path: Path) -> str | None:
    """Create ``path`` with a fresh ``SECRET_KEY_BASE`` (64 random bytes,
    urlsafe) and a random ``ADMIN_PASSWORD``, mode 0600. Returns the
    password when the file was created, None when it already existed (an
    existing file is never touched)."""
    password = secrets.token_urlsafe(18)
    body = (
        "# Created by `alexclaw init` on first run. Keep this file secret.\n"
        f"SECRET_KEY_BASE={secrets.token_urlsafe(64)}\n"
        f"ADMIN_PASSWORD={password}\n"
    )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(body)
    return password

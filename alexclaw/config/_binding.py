"""Credentials bound to their destination.

A credential setting that is sent to a configurable endpoint (the bot token
to ``telegram.api_base_url``, the upstream key to ``shield.proxy_upstream_url``)
remembers the origin — scheme, host and port — it was entered for. It is
attached only to requests for that origin (``Setting.bound_origin``), and a
change of the endpoint to another origin clears it in the same transaction:
the credential has to be entered again, which is itself a 2FA-guarded change.
So "point the URL elsewhere and the key follows" cannot happen by
construction, not only because of a code check.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final
from urllib.parse import urlsplit

from alexclaw.config._catalog import CATALOG
from alexclaw.security import record_audit
from alexclaw.storage import Connection

# credential key → the endpoint setting it is sent to
BOUND_TO: Final[Mapping[str, str]] = MappingProxyType({k.key: k.bound_to for k in CATALOG if k.bound_to})
# endpoint key → the credentials sent to it
_DEPENDENTS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {e: tuple(c for c, to in BOUND_TO.items() if to == e) for e in set(BOUND_TO.values())}
)
_DEFAULTS: Final = {k.key: k.default for k in CATALOG}


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` in lower case; '' for no or no usable URL."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""
    if not parts.scheme or not parts.hostname:
        return ""
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{parts.scheme.lower()}://{host.lower()}" + (f":{port}" if port is not None else "")


def attachable(bound_origin: str, url: str) -> bool:
    """May a credential bound to ``bound_origin`` go with a request to ``url``?"""
    return bound_origin != "" and bound_origin == origin_of(url)


async def _endpoint_origin(conn: Connection, endpoint: str) -> str:
    value = await conn.fetchval("SELECT value FROM settings WHERE key = $1", endpoint)
    return origin_of(value if value is not None else _DEFAULTS.get(endpoint, ""))


async def bind(conn: Connection, key: str, *, cleared: bool) -> None:
    """After ``key`` was written: a credential binds to where its endpoint
    points now (or to nothing until the endpoint is set)."""
    endpoint = BOUND_TO.get(key)
    if endpoint is not None:
        origin = "" if cleared else await _endpoint_origin(conn, endpoint)
        await conn.execute("UPDATE settings SET bound_origin = $2 WHERE key = $1", key, origin)


async def follow(conn: Connection, key: str, text: str, *, actor: str) -> list[str]:
    """After endpoint ``key`` was written: its credentials entered for
    another origin are cleared (audited), those waiting for a first
    endpoint are bound to it. Returns the keys cleared."""
    cleared: list[str] = []
    origin = origin_of(text)
    for credential in _DEPENDENTS.get(key, ()):
        row = await conn.fetchrow("SELECT value, bound_origin FROM settings WHERE key = $1", credential)
        if row is None or row["value"] == "" or row["bound_origin"] == origin:
            continue
        if row["bound_origin"] == "" and origin:
            await conn.execute("UPDATE settings SET bound_origin = $2 WHERE key = $1", credential, origin)
            continue
        await conn.execute(
            "UPDATE settings SET value = '', bound_origin = '', updated_at = now() WHERE key = $1", credential
        )
        detail = {"endpoint": key, "was_for": row["bound_origin"], "now": origin}
        await record_audit(conn, actor, "config.credential_unbound", credential, detail=detail)
        cleared.append(credential)
    return cleared

"""The config actor: loads and decrypts every setting at boot, publishes
the snapshot, applies writes in order, and follows changes made elsewhere
through PostgreSQL ``LISTEN``/``NOTIFY``.

Its ``init`` refuses a SECRET_KEY_BASE that did not encrypt the stored
settings, encrypts plaintext leftovers and seeds known keys. A stored
secret that does not decrypt becomes an entry with ``error`` set — logged
by key, never by value — and never crashes the actor.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import asyncpg

from actors import AsyncActor, Caller, ExitReason, Refused, publish, send, send_after
from alexclaw.config._handle import CONFIG_TOPIC, ConfigChanged, ConfigHandle, SetSetting, SetSettings
from alexclaw.config._store import (
    Row,
    Setting,
    check_key_fingerprint,
    encrypt_leftovers,
    load_row,
    load_rows,
    open_row,
    seed,
    write,
)
from alexclaw.config._types import ConfigError
from alexclaw.secret_store import LocalStore, SecretStore
from alexclaw.security import SecretBox
from alexclaw.storage import UNAVAILABLE, Backoff, DatabaseHandle

log = logging.getLogger("alexclaw.config")

CHANNEL = "alexclaw_settings"


class _Notified:
    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key


class _ListenerLost:
    pass


class _Reconnect:
    pass


class ConfigActor(AsyncActor):
    """Owns the settings: writes them (validated, encrypted, audited) in
    order, keeps the decrypted snapshot every reader reads, and follows other
    nodes' changes through LISTEN/NOTIFY.

    ``init``
        Checks the key fingerprint, encrypts leftover plaintext, seeds, listens
        and loads. A wrong key raises (``KeyMismatch``): a start failure, and
        the node does not start. Restarted during an outage it waits for the
        database (the snapshot stays as it was).
    ``handle_call``
        ``SetSetting`` / ``SetSettings`` answer the written ``Setting`` (or the
        tuple, all or none), or ``Refused`` carrying a ``ConfigError``: a bad
        value, a missing approval, the database away (code ``unavailable``) or
        refusing the statement. ``ConfigHandle.set``/``set_many`` raise that
        ``ConfigError`` at the caller. A write never crashes the actor.
    ``handle_info``
        A NOTIFY reloads one key; a lost LISTEN connection is reopened with
        backoff and everything reloaded — an outage here never crashes it.
    ``terminate``
        Closes the LISTEN connection (terminated if it does not close in 5 s).

    Any other raise crashes it; the restart reloads everything from the
    database, and readers keep the snapshot meanwhile."""

    def __init__(
        self,
        database: DatabaseHandle,
        handle: ConfigHandle,
        box: SecretBox,
        seeds: Mapping[str, str],
        store: SecretStore | None = None,
    ) -> None:
        super().__init__()
        self.database = database
        self.handle = handle
        self.box = box
        # Where secrets are sealed and opened: Vault when VAULT_ADDR is set.
        self.store: SecretStore = store or LocalStore(box)
        self.seeds = seeds
        self._settings: dict[str, Setting] = {}
        self._listener: asyncpg.Connection | None = None
        self._backoff = Backoff()

    async def init(self) -> None:
        # Restarted during an outage: wait for the database (the snapshot
        # readers use stays as it was), rather than fail at once.
        await self.database.when_ready(self._load, what="settings")

    async def _load(self) -> None:
        await self._close_listener()  # a failed earlier attempt's
        async with self.database.pool().acquire() as conn:
            await check_key_fingerprint(conn, self.box)
            encrypted = await encrypt_leftovers(conn, self.store)
            if encrypted:
                log.warning("encrypted %d sensitive settings found in plaintext: %s", len(encrypted), encrypted)
            await seed(conn, self.store, self.seeds)
        # Listen before loading: a change made from now on is not missed.
        await self._listen()
        await self._reload_all(announce=False)

    async def _listen(self) -> None:
        """LISTEN on a dedicated connection, outside the pool, so the pool
        can close or restart without waiting for it."""
        conn = await self.database.connect()
        await conn.add_listener(CHANNEL, self._on_notify)
        conn.add_termination_listener(self._on_listener_lost)
        self._listener = conn

    # -- from asyncpg's callbacks (loop thread) ---------------------------

    def _on_notify(self, _conn: Any, _pid: int, _channel: str, key: object) -> None:
        send(self, _Notified(str(key)))

    def _on_listener_lost(self, _conn: Any) -> None:
        send(self, _ListenerLost())

    # -- callbacks -------------------------------------------------------

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, SetSetting):
            try:
                async with self.database.pool().acquire() as conn:
                    row = await write(
                        conn,
                        self.store,
                        message.key,
                        message.value,
                        actor=message.actor,
                        value_type=message.value_type,
                        description=message.description,
                        sensitive=message.sensitive,
                        keep_if_empty=message.keep_if_empty,
                        approval=message.approval,
                    )
            except ConfigError as exc:
                return Refused.because(exc)  # a refused write is an answer, not a crash
            except UNAVAILABLE as exc:
                self.database.report_unavailable(exc)
                return Refused.because(
                    ConfigError(f"the setting was not saved: the database is unavailable ({type(exc).__name__})"),
                    "unavailable",
                )
            except asyncpg.PostgresError as exc:
                return Refused.because(
                    ConfigError(f"the setting was not saved: the database refused it ({type(exc).__name__})")
                )
            setting = await self._decrypt(row)
            self._apply(setting, "local")
            return setting
        if isinstance(message, SetSettings):
            return await self._set_together(message)
        return await super().handle_call(message, caller)

    async def _set_together(self, message: SetSettings) -> tuple[Setting, ...] | Refused:
        """Several settings in one transaction: all or none (2FA's secret
        and its switch must never be seen half-changed)."""
        try:
            async with self.database.pool().acquire() as conn, conn.transaction():
                rows = [
                    await write(conn, self.store, key, value, actor=message.actor, approval=message.approval)
                    for key, value in message.values
                ]
        except ConfigError as exc:
            return Refused.because(exc)
        except UNAVAILABLE as exc:
            self.database.report_unavailable(exc)
            return Refused.because(
                ConfigError(f"the settings were not saved: the database is unavailable ({type(exc).__name__})"),
                "unavailable",
            )
        except asyncpg.PostgresError as exc:
            return Refused.because(
                ConfigError(f"the settings were not saved: the database refused them ({type(exc).__name__})")
            )
        settings = tuple([await self._decrypt(row) for row in rows])
        for setting in settings:
            self._apply(setting, "local")
        return settings

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Notified):
            await self._reload(message.key)
        elif isinstance(message, _ListenerLost):
            # The snapshot stays as it is (readers never notice); reconnect
            # with backoff, then reload everything in case we missed a change.
            if self._listener is not None:
                log.warning("lost the LISTEN connection for settings; reconnecting")
                self._listener = None
                send_after(self, _Reconnect(), self._backoff.delay())
        elif isinstance(message, _Reconnect):
            try:
                await self._listen()
                await self._reload_all(announce=True)
            except UNAVAILABLE as exc:
                await self._close_listener()
                delay = self._backoff.delay()
                log.info("settings listener not back yet (%s); retrying in %.1fs", type(exc).__name__, delay)
                send_after(self, _Reconnect(), delay)
            else:
                self._backoff.reset()
                log.info("settings listener reconnected")
        else:
            await super().handle_info(message)

    async def terminate(self, reason: ExitReason) -> None:
        await self._close_listener()

    async def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is None:
            return
        listener.remove_termination_listener(self._on_listener_lost)
        try:
            await asyncio.wait_for(listener.close(), 5)
        except (TimeoutError, OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
            listener.terminate()

    # -- logic ---------------------------------------------------------------

    async def _reload_all(self, *, announce: bool) -> None:
        async with self.database.pool().acquire() as conn:
            rows = await load_rows(conn)
        fresh = {row.key: row for row in rows}
        for key in [k for k in self._settings if k not in fresh]:
            del self._settings[key]
            if announce:
                publish(CONFIG_TOPIC, ConfigChanged(key, False, "remote"))
        for row in rows:
            current = self._settings.get(row.key)
            if current is None or current.updated_at != row.updated_at:
                self._settings[row.key] = await self._decrypt(row)
                if announce:
                    publish(CONFIG_TOPIC, ConfigChanged(row.key, row.sensitive, "remote"))
        self._publish()

    async def _reload(self, key: str) -> None:
        try:
            async with self.database.pool().acquire() as conn:
                row = await load_row(conn, key)
        except UNAVAILABLE as exc:
            self.database.report_unavailable(exc)
            return  # the reconnect path reloads everything
        if row is None:
            if self._settings.pop(key, None) is not None:
                self._publish()
                publish(CONFIG_TOPIC, ConfigChanged(key, False, "remote"))
            return
        current = self._settings.get(key)
        setting = await open_row(row, self.store)
        if setting == current:
            return  # our own write, already applied (a hand edit that kept updated_at still counts)
        if setting.error:
            log.error("setting %s cannot be read: %s", row.key, setting.error)
        if setting.error and current is not None and current.error is None and current.sensitive:
            # Re-encrypted under another key (a rotation): keep what we
            # could read until this node restarts with the new key.
            log.warning("setting %s no longer decrypts with this node's key; keeping the last value", key)
            return
        self._apply(setting, "remote")

    async def _decrypt(self, row: Row) -> Setting:
        setting = await open_row(row, self.store)
        if setting.error:
            log.error("setting %s cannot be read: %s", row.key, setting.error)
        return setting

    def _apply(self, setting: Setting, origin: str) -> None:
        self._settings[setting.key] = setting
        self._publish()
        publish(CONFIG_TOPIC, ConfigChanged(setting.key, setting.sensitive, origin))

    def _publish(self) -> None:
        self.handle.publish(MappingProxyType(dict(self._settings)))

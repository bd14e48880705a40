"""The token manager: the one process that holds the node's Vault token
and the cache of the credentials read through it.

It logs in with AppRole on first need, renews the token (``renew-self``)
once two thirds of its lease have passed (judged on an injectable clock,
checked before every request and by a timer when idle), logs in again
when renewal is refused or the token cannot be renewed, and on a 403 logs
in once more and retries the request once. Everything it answers is a
value: the secret, a new ``Reference``, or ``SecretUnavailable`` with a
reason the caller shows ("secret store unreachable: …"). It never logs a
token or a secret."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final, TypeVar

import httpx

from actors import AsyncActor, Caller, ExitReason, Timer, send_after
from alexclaw.logs import remember_secrets
from alexclaw.secret_store._client import (
    Lease,
    VaultForbidden,
    VaultUnreachable,
    kv_read,
    kv_write,
    login,
    renew_self,
    vault_client,
)
from alexclaw.secret_store._values import Reference, SecretUnavailable
from alexclaw.settings import VaultSettings

log = logging.getLogger("alexclaw.secret_store")

VAULT_TOKENS_NAME: Final = "alexclaw.secret_store.tokens"
VALUE_FIELD: Final = "value"
RENEW_AT: Final = 2 / 3  # of the lease: renew with a third of it left

T = TypeVar("T")


@dataclass(frozen=True)
class ReadSecret:
    reference: Reference


@dataclass(frozen=True)
class WriteSecret:
    path: str  # under the node's prefix
    value: str

    def __repr__(self) -> str:
        return f"WriteSecret(path={self.path!r})"


@dataclass(frozen=True)
class ProbeVault:
    """Make sure a usable token is held now (login or renew if due)."""


@dataclass(frozen=True)
class TokenStatus:
    logged_in: bool
    renewable: bool
    expires_in: float | None  # seconds, by the manager's clock
    logins: int
    renewals: int
    last_error: str | None


class _RenewTick:
    pass


class VaultTokenManager(AsyncActor):
    """Owns the Vault token and the secrets cache.

    ``handle_call``
        ``ReadSecret`` → the value or ``SecretUnavailable``; ``WriteSecret``
        → the new ``Reference`` or ``SecretUnavailable``; ``ProbeVault`` → a
        ``TokenStatus`` after making sure of a token, or
        ``SecretUnavailable``. The store being away is an answer, never a
        crash.
    ``handle_cast``
        ``ReadSecret`` from a reader that cannot wait (the provider table's
        egress lookup): the value fetched into the cache for its next look.
    ``handle_info``
        The renewal timer: renews when due.
    ``terminate``
        Closes the HTTP client.
    """

    def __init__(
        self,
        settings: VaultSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.clock = clock
        self._client = vault_client(settings, transport)
        self._lease: Lease | None = None
        self._issued = 0.0
        self._cache: dict[Reference, str] = {}
        self._timer: Timer | None = None
        self.logins = 0
        self.renewals = 0
        self._last_error: str | None = None

    # -- callbacks -------------------------------------------------------

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, ReadSecret):
            return await self._read(message.reference)
        if isinstance(message, WriteSecret):
            return await self._write(message.path, message.value)
        if isinstance(message, ProbeVault):
            answer = await self._guarded(_noop)
            return answer if isinstance(answer, SecretUnavailable) else self.status()
        return await super().handle_call(message, caller)

    async def handle_cast(self, message: Any) -> None:
        if isinstance(message, ReadSecret):  # a reader that cannot wait asked: fetched for its next look
            await self._read(message.reference)
        else:
            await super().handle_cast(message)

    def cached(self, reference: Reference) -> str | None:
        """What the cache holds for ``reference``, without a message: for
        readers that cannot wait (an egress client's credential lookup).
        Safe on the one loop: the cache only grows, and a dict read is
        atomic there."""
        return self._cache.get(reference)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _RenewTick):
            self._timer = None
            if self._lease is not None and self._due():
                await self._guarded(_noop)
            self._arm()
        else:
            await super().handle_info(message)

    async def terminate(self, reason: ExitReason) -> None:
        if self._timer is not None:
            self._timer.cancel()
        await self._client.aclose()

    # -- logic -----------------------------------------------------------

    def status(self) -> TokenStatus:
        lease = self._lease
        expires = None if lease is None else self._issued + lease.duration - self.clock()
        return TokenStatus(
            lease is not None, lease is not None and lease.renewable, expires, self.logins, self.renewals,
            self._last_error,
        )  # fmt: skip

    async def _read(self, reference: Reference) -> str | SecretUnavailable:
        cached = self._cache.get(reference)
        if cached is not None:
            return cached
        mount = self.settings.mount
        fields = await self._guarded(
            lambda token: kv_read(self._client, token, mount, reference.path, reference.version)
        )
        if isinstance(fields, SecretUnavailable):
            return fields
        value = fields.get(reference.key)
        if not isinstance(value, str):
            return SecretUnavailable(f"{reference.path} version {reference.version} has no field {reference.key}")
        remember_secrets([value])  # masked in any log line from now on
        self._cache[reference] = value
        return value

    async def _write(self, path: str, value: str) -> Reference | SecretUnavailable:
        full = f"{self.settings.path_prefix}/{path}"
        mount = self.settings.mount
        version = await self._guarded(lambda token: kv_write(self._client, token, mount, full, {VALUE_FIELD: value}))
        if isinstance(version, SecretUnavailable):
            return version
        reference = Reference(full, VALUE_FIELD, version)
        remember_secrets([value])
        self._cache[reference] = value
        return reference

    async def _guarded(self, request: Callable[[str], Awaitable[T]]) -> T | SecretUnavailable:
        """``request`` with a token: logged in or renewed first when due; a
        403 → one fresh login and the request once more; anything else
        that fails → ``SecretUnavailable``."""
        try:
            token = await self._token()
            try:
                answer = await request(token)
            except VaultForbidden:
                log.warning("Vault refused the token (403); logging in again and retrying once")
                self._lease = None
                answer = await request(await self._token())
        except VaultForbidden as exc:
            return self._failed(f"permission denied ({exc})")
        except VaultUnreachable as exc:
            return self._failed(str(exc))
        self._last_error = None
        return answer

    def _failed(self, reason: str) -> SecretUnavailable:
        self._last_error = reason
        log.warning("secret store unreachable: %s", reason)
        return SecretUnavailable(reason)

    def _due(self) -> bool:
        lease = self._lease
        return lease is not None and self.clock() >= self._issued + lease.duration * RENEW_AT

    async def _token(self) -> str:
        lease = self._lease
        if lease is not None and self._due():
            lease = await self._renew(lease)
        if lease is None:
            lease = await login(self._client, self.settings)
            self.logins += 1
            self._take(lease)
        return lease.token

    async def _renew(self, lease: Lease) -> Lease | None:
        """A fresh lease on the same token, or None (log in again): not
        renewable, refused, or past its lease already."""
        expired = self.clock() >= self._issued + lease.duration
        if not lease.renewable or expired:
            return None
        try:
            renewed = await renew_self(self._client, lease.token)
        except VaultForbidden:
            return None
        self.renewals += 1
        self._take(renewed)
        return renewed

    def _take(self, lease: Lease) -> None:
        remember_secrets([lease.token])
        self._lease, self._issued = lease, self.clock()
        self._arm()

    def _arm(self) -> None:
        """A timer for the idle case, so the token does not lapse between
        requests; each request checks the clock itself too."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        lease = self._lease
        if lease is not None and lease.duration > 0:
            self._timer = send_after(self, _RenewTick(), max(1.0, lease.duration * RENEW_AT))


async def _noop(token: str) -> None:
    return None

"""The secret store seam: how a credential is sealed for the database and
opened again. Every place that keeps a credential goes through it.

``LocalStore`` is the built-in store (the default, today's behaviour): the
value itself, AES-256-GCM under SECRET_KEY_BASE (``enc:…``). ``VaultStore``
writes the value to Vault / OpenBao first and gives back a reference
(``vault:<path>#value@<version>``) for the row, so no table holds the
secret; it reads through the token manager's cache. Both still open
``enc:`` values (written before the move to Vault). A store that cannot
answer gives ``SecretUnavailable``, never an exception."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Protocol

from actors import NoProcess, Process, call, cast, whereis
from alexclaw.secret_store._tokens import VAULT_TOKENS_NAME, ReadSecret, VaultTokenManager, WriteSecret
from alexclaw.secret_store._values import Reference, SecretUnavailable, is_reference, parse_reference
from alexclaw.security import DecryptionError, SecretBox
from alexclaw.settings import Settings

_UNSAFE = re.compile(r"[^A-Za-z0-9_.@/-]|\.\.")  # a path segment of a reference: nothing else
CALL_TIMEOUT = 20.0  # login + retry + request, each capped at 5 s by the client


class SecretStore(Protocol):
    """Where credentials live. ``seal`` answers the text the row stores;
    ``open`` the credential a stored text stands for."""

    @property
    def box(self) -> SecretBox: ...

    @property
    def external(self) -> bool: ...

    async def seal(self, name: str, plain: str) -> str | SecretUnavailable: ...

    async def open(self, stored: str) -> str | SecretUnavailable: ...

    def peek(self, stored: str) -> str | None: ...

    async def warm(self, stored: Iterable[str]) -> None: ...


def _open_local(box: SecretBox, stored: str) -> str | SecretUnavailable:
    try:
        return box.decrypt(stored)
    except DecryptionError as exc:
        return SecretUnavailable(f"{type(exc).__name__}: {exc}")


class LocalStore:
    """The built-in encrypted store: the row keeps the ciphertext."""

    external = False

    def __init__(self, box: SecretBox) -> None:
        self.box = box

    async def seal(self, name: str, plain: str) -> str | SecretUnavailable:
        return self.box.encrypt(plain)

    async def open(self, stored: str) -> str | SecretUnavailable:
        if is_reference(stored):
            return SecretUnavailable("the value is held in Vault, and VAULT_ADDR is not set on this node")
        return _open_local(self.box, stored)

    def peek(self, stored: str) -> str | None:
        """``open`` for a reader that cannot wait (raises ``DecryptionError``
        as ``SecretBox.decrypt`` does)."""
        return None if is_reference(stored) else self.box.decrypt(stored)

    async def warm(self, stored: Iterable[str]) -> None:
        return None


class VaultStore:
    """Vault / OpenBao KV v2 through the token manager (``manager``: its
    process or registered name). ``name`` becomes the path under the node's
    prefix (``settings/telegram.bot_token``)."""

    external = True

    def __init__(self, box: SecretBox, manager: Process | str = VAULT_TOKENS_NAME) -> None:
        self.box = box
        self.manager = manager

    async def seal(self, name: str, plain: str) -> str | SecretUnavailable:
        answer = await self._ask(WriteSecret(_UNSAFE.sub("_", name).strip("/"), plain))
        if isinstance(answer, Reference):
            return answer.text
        return answer if isinstance(answer, SecretUnavailable) else SecretUnavailable("an unexpected answer")

    async def open(self, stored: str) -> str | SecretUnavailable:
        if not is_reference(stored):
            return _open_local(self.box, stored)
        reference = parse_reference(stored)
        if reference is None:
            return SecretUnavailable("a Vault reference of the wrong shape")
        answer = await self._ask(ReadSecret(reference))
        if isinstance(answer, str | SecretUnavailable):
            return answer
        return SecretUnavailable("an unexpected answer")

    def peek(self, stored: str) -> str | None:
        """The value from the token manager's cache, without waiting; a miss
        is None, and asks the manager to fetch it for the next look."""
        if not is_reference(stored):
            return self.box.decrypt(stored)
        reference = parse_reference(stored)
        manager = whereis(self.manager) if isinstance(self.manager, str) else self.manager
        if reference is None or not isinstance(manager, VaultTokenManager):
            return None
        value = manager.cached(reference)
        if value is None:
            cast(manager, ReadSecret(reference))
        return value

    async def warm(self, stored: Iterable[str]) -> None:
        """Read these references into the cache now (a boot, a reload), so
        ``peek`` finds them; a failure is left for the next look."""
        for text in stored:
            if is_reference(text):
                await self.open(text)

    async def _ask(self, message: ReadSecret | WriteSecret) -> object:
        try:
            answer: object = await call(self.manager, message, timeout=CALL_TIMEOUT)
        except NoProcess:
            return SecretUnavailable("the token manager is not running")
        except TimeoutError:
            return SecretUnavailable("no answer in time")
        return answer


def as_store(box_or_store: SecretBox | SecretStore) -> SecretStore:
    """A ``SecretBox`` handed where a store is wanted is the local store."""
    return LocalStore(box_or_store) if isinstance(box_or_store, SecretBox) else box_or_store


def node_store(settings: Settings) -> SecretStore:
    """The store a running node uses: Vault through its token manager when
    ``VAULT_ADDR`` is set, else the built-in one."""
    box = SecretBox(settings.secret_key_base)
    return LocalStore(box) if settings.vault is None else VaultStore(box, VAULT_TOKENS_NAME)


@asynccontextmanager
async def command_store(settings: Settings) -> AsyncIterator[SecretStore]:
    """The store for a one-shot command: with Vault, a token manager of its
    own for the command's life (stopped after, the token left to expire)."""
    box = SecretBox(settings.secret_key_base)
    if settings.vault is None:
        yield LocalStore(box)
        return
    manager = VaultTokenManager(settings.vault)
    await manager.start()
    try:
        yield VaultStore(box, manager)
    finally:
        await manager.stop()

"""The secret store child: the Vault token manager, before ``config``
(which opens the settings through it); IGNORE without ``VAULT_ADDR``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from actors import IGNORE
from alexclaw.secret_store._tokens import VAULT_TOKENS_NAME, VaultTokenManager
from alexclaw.settings import Settings
from supervisors import ChildSpec


def secret_store_spec(settings: Callable[[], Settings]) -> ChildSpec:
    async def start() -> Any:
        vault = settings().vault
        if vault is None:
            return IGNORE
        # init does no I/O: Vault being away at boot is an answer to the
        # first read ("secret store unreachable"), not a node that fails.
        return await VaultTokenManager(vault).start(name=VAULT_TOKENS_NAME)

    return ChildSpec(
        "secret_store", start, info="Vault/OpenBao AppRole token + secrets cache; IGNORE without VAULT_ADDR"
    )

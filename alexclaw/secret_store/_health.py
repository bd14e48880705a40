"""Whether the configured Vault can be used now, for ``doctor`` and the
Posture page: through the node's token manager when it runs here, else
through one of the command's own (a login)."""

from __future__ import annotations

from dataclasses import dataclass

from actors import NoProcess, call, whereis
from alexclaw.secret_store._store import CALL_TIMEOUT
from alexclaw.secret_store._tokens import VAULT_TOKENS_NAME, ProbeVault, TokenStatus, VaultTokenManager
from alexclaw.secret_store._values import SecretUnavailable
from alexclaw.settings import Settings


@dataclass(frozen=True)
class VaultHealth:
    reachable: bool
    renewable: bool
    reason: str = ""  # why not reachable; never a secret


async def vault_health(settings: Settings) -> VaultHealth | None:
    """None without VAULT_ADDR."""
    if settings.vault is None:
        return None
    running = whereis(VAULT_TOKENS_NAME)
    try:
        if running is not None:
            answer = await call(running, ProbeVault(), timeout=CALL_TIMEOUT)
        else:
            manager = VaultTokenManager(settings.vault)
            await manager.start()
            try:
                answer = await call(manager, ProbeVault(), timeout=CALL_TIMEOUT)
            finally:
                await manager.stop()
    except (NoProcess, TimeoutError):
        return VaultHealth(False, False, "the token manager did not answer")
    if isinstance(answer, SecretUnavailable):
        return VaultHealth(False, False, answer.reason)
    return VaultHealth(True, isinstance(answer, TokenStatus) and answer.renewable)

"""Where credentials live: the ``SecretStore`` seam with the built-in
encrypted store (the default) and Vault / OpenBao KV v2 (``VAULT_ADDR``),
whose token manager logs in with AppRole, renews, and caches what it read."""

from alexclaw.secret_store._client import Lease, VaultForbidden, VaultUnreachable, vault_client
from alexclaw.secret_store._health import VaultHealth, vault_health
from alexclaw.secret_store._move import (
    CHANGED_MEANWHILE,
    MOVED_TO_VAULT,
    VAULT_MOVE_RUN,
    Held,
    Mover,
    MoveReport,
    move_all_to_vault,
    move_held,
    reseal,
)
from alexclaw.secret_store._store import (
    LocalStore,
    SecretStore,
    VaultStore,
    as_store,
    command_store,
    node_store,
)
from alexclaw.secret_store._tokens import (
    VAULT_TOKENS_NAME,
    ProbeVault,
    ReadSecret,
    TokenStatus,
    VaultTokenManager,
    WriteSecret,
)
from alexclaw.secret_store._values import (
    UNREACHABLE,
    VAULT_PREFIX,
    Reference,
    SecretUnavailable,
    is_reference,
    parse_reference,
)
from alexclaw.secret_store.tree import secret_store_spec

__all__ = [
    "CHANGED_MEANWHILE",
    "MOVED_TO_VAULT",
    "VAULT_MOVE_RUN",
    "MoveReport",
    "Mover",
    "move_all_to_vault",
    "move_held",
    "Held",
    "reseal",
    "VAULT_TOKENS_NAME",
    "UNREACHABLE",
    "VAULT_PREFIX",
    "Lease",
    "LocalStore",
    "ProbeVault",
    "ReadSecret",
    "Reference",
    "SecretStore",
    "SecretUnavailable",
    "TokenStatus",
    "VaultForbidden",
    "VaultHealth",
    "VaultStore",
    "VaultTokenManager",
    "VaultUnreachable",
    "WriteSecret",
    "as_store",
    "command_store",
    "is_reference",
    "node_store",
    "parse_reference",
    "secret_store_spec",
    "vault_client",
    "vault_health",
]

"""A restore drops and recreates the schema: only its owner may. Through a
node's application role it is refused before anything is touched (and
not left to fail half-way in psql)."""

from __future__ import annotations

from pathlib import Path

from alexclaw.backup import RestoreRefused, restore_backup
from alexclaw.storage import load_migrations
from tests.alexclaw.backup.test_backup_restore import KEY, backup_of
from tests.alexclaw.storage.conftest import TwoRoles, two_roles

__all__ = ["two_roles"]


async def test_a_restore_through_the_application_role_is_refused_before_anything_is_dropped(
    two_roles: TwoRoles, tmp_path: Path
) -> None:
    await two_roles.migrate()
    done = await backup_of(two_roles.owner_dsn, tmp_path)  # the owner backs up (and may restore)
    refused = await restore_backup(two_roles.app_dsn, done.path, key=KEY)
    assert isinstance(refused, RestoreRefused) and "does not own the schema" in refused.reason
    assert await two_roles.admin("SELECT count(*) FROM schema_migrations") == len(load_migrations())

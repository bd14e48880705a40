"""``db_backup``: backs the node's database up now (the same sealed
``pg_dump | gzip`` into ``backup.dir`` as ``alexclaw backup``, with its
rotation), and passes on the file, its size and what rotation removed.
A backup that cannot be written (backups not configured, a directory that
is missing, read-only, full, or not a volume in a container) takes
``on_error`` with the reason."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from skills._contract import ON_ERROR, ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome


class DbBackup:
    name: ClassVar[str] = "db_backup"
    description: ClassVar[str] = "Back the node's database up into backup.dir now (rotated to backup.max_files)"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"db_backup"})
    branches: ClassVar[Mapping[str, str]] = {ON_SUCCESS: BranchKind.OK, ON_ERROR: BranchKind.ERROR}
    external: ClassVar[bool] = False
    config_schema: ClassVar[tuple[ConfigField, ...]] = ()

    async def run(self, args: SkillArgs) -> SkillOutcome:
        if args.api is None:
            return SkillOutcome.error("db_backup runs inside a workflow (it needs the SkillAPI)")
        try:
            done: Mapping[str, Any] = await args.api.db_backup()
        except Exception as exc:  # refused by policy, no backend on this node: the step's error, with the reason
            return SkillOutcome.error(f"no backup: {exc}")
        if not done.get("ok"):
            return SkillOutcome.error(f"no backup: {done.get('error', 'unknown reason')}")
        return SkillOutcome({"file": done["file"], "size": done["size"], "removed": list(done.get("removed", ()))})

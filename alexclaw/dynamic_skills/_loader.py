"""The boot loader: registers the loaded dynamic skills again once the
registry, the database and the gateways are up (so a skipped file's
warning reaches the operator's chats)."""

from __future__ import annotations

from typing import Final

from actors import AsyncActor
from alexclaw.dynamic_skills._files import ensure_dirs
from alexclaw.dynamic_skills._operations import DynamicSkillOperations
from alexclaw.storage import DatabaseHandle

LOADER_NAME: Final = "alexclaw.dynamic_skills.loader"


class DynamicSkillLoader(AsyncActor):
    """``init``
        Creates the skills directory (and ``pending/``), then runs
        ``verify_at_boot``: each loaded skill whose file is still contained,
        still passes the checks and still has its SHA-256 is registered with
        the sandbox; any other is skipped, audited and announced. Restarted
        during an outage it waits for the database (rule 4: a start that
        failed at once burned the root's intensity in milliseconds — found by
        the chaos suite); a raise after that wait is a start failure.

    It answers no calls and holds no state beyond the operations' snapshot
    of skipped files."""

    def __init__(self, operations: DynamicSkillOperations, database: DatabaseHandle) -> None:
        super().__init__()
        self.operations = operations
        self.database = database

    async def init(self) -> None:
        ensure_dirs(self.operations.root())
        await self.database.when_ready(self.operations.verify_at_boot, what="dynamic skills")

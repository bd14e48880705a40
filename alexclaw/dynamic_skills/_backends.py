"""The coder's SkillAPI backends: ``skill_write`` keeps every generated
file in ``generated/`` (shown on the Forge page) and stages one that passed
in ``pending/`` — never loaded (that takes the operator's code on the
Skills page); ``workflow_manage`` knows one act, ``create_auto``: a
disabled workflow "Auto: <skill>" (the skill, then telegram_notify)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from alexclaw.dynamic_skills._files import FILENAME, write_pending
from alexclaw.security import Pools
from alexclaw.workflows import Step, Workflow, save_workflow
from skills import SkillAPIUnavailable
from skills.dynamic import MAX_BYTES

GENERATED: Final = "generated"


def generated_files(root: Path) -> list[tuple[str, str]]:
    """Each kept generated file (newest first) with its text, for the Forge page."""
    folder = root / GENERATED
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.is_file() and not p.is_symlink() and p.suffix == ".py"]
    files.sort(key=lambda p: p.name, reverse=True)
    return [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in files[:50]]


class GeneratedFiles:
    def __init__(self, root: Callable[[], Path]) -> None:
        self.root = root

    async def write(self, name: str, source: str, *, passed: bool = True) -> Any:
        data = source.encode()
        if not FILENAME.match(name) or len(data) > MAX_BYTES:
            raise SkillAPIUnavailable(f"refused file {name[:80]!r}: a skill name ending in .py, at most 1 MB")
        if passed:
            return str(write_pending(self.root(), name, data))
        folder = self.root() / GENERATED
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / f"{time.strftime('%Y%m%dT%H%M%S')}-{name}"
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return str(target)


class AutoWorkflows:
    def __init__(self, database: Pools) -> None:
        self.database = database

    async def manage(self, action: str, name: str) -> Any:
        if action != "create_auto":
            raise SkillAPIUnavailable(f"workflow_manage: {action!r} is not something a skill may do")
        workflow = Workflow(
            None, f"Auto: {name}", description=f"Created by the coder for the dynamic skill {name}", enabled=False,
            steps=(Step(0, name), Step(1, "telegram_notify")),
        )  # fmt: skip
        async with self.database.pool().acquire() as conn:
            return await save_workflow(conn, workflow, with_steps=True)

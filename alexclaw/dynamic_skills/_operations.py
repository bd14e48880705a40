"""What the Skills page does with dynamic skills: stage an upload, and —
each behind a 2FA code (``approve_or_run``: ``skill.load``,
``skill.reload``, ``skill.unload``, listed for the web only, so a chat,
MCP or the command line is refused) — load, reload and unload. At boot,
``verify_at_boot`` registers again only the files whose SHA-256 and
containment still hold; any other is skipped, audited and announced.

The approved bytes are the checked bytes: a load registers the source it
checked and writes those bytes into the skills directory; a staged file
changed while its challenge waited is refused."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from actors import Snapshot, publish
from alexclaw.dynamic_skills._files import PENDING, filename_problem, install, pending_files, retire, write_pending
from alexclaw.dynamic_skills._store import delete_loaded, loaded_row, loaded_rows, save_loaded
from alexclaw.security import (
    Acting,
    Approval,
    Approver,
    ChallengeView,
    Done,
    Invalid,
    NotAllowed,
    Pools,
    approved,
    record_audit,
)
from gateways import ANNOUNCE_TOPIC, Announcement
from skills import Execution, Skills
from skills.dynamic import MAX_BYTES, CheckReport, check_file, dynamic_skill, sha256_of

log = logging.getLogger("alexclaw.dynamic_skills")

SKILL_LOAD: Final = "skill.load"
SKILL_RELOAD: Final = "skill.reload"
SKILL_UNLOAD: Final = "skill.unload"
# The audit rows' names (past tense, as every audit action).
AUDITED: Final = {SKILL_LOAD: "skill.loaded", SKILL_RELOAD: "skill.reloaded", SKILL_UNLOAD: "skill.unloaded"}
NO_TWO_FACTOR: Final = "set up two-factor first: a dynamic skill is loaded, reloaded or unloaded only with a code"

Answer = Done[None] | ChallengeView | NotAllowed | Invalid


@dataclass(frozen=True, slots=True)
class Skipped:
    """A loaded skill not registered at boot, and why."""

    name: str
    filename: str
    reason: str


class DynamicSkillOperations:
    def __init__(
        self,
        approver: Approver,
        database: Pools,
        skills: Skills,
        execution: Execution,
        root: Callable[[], Path],
        *,
        core_names: frozenset[str],
        known_permissions: frozenset[str],
    ) -> None:
        self.approver = approver
        self.database = database
        self.skills = skills
        self.execution = execution
        self.root = root
        self.core_names = core_names
        self.known_permissions = known_permissions
        self.skipped: Snapshot[tuple[Skipped, ...]] = Snapshot(())

    def check(self, path: Path, folder: Path, previous_version: str | None = None) -> CheckReport:
        return check_file(
            path, root=folder, known_permissions=self.known_permissions, core_names=self.core_names,
            previous_version=previous_version,
        )  # fmt: skip

    def pending(self) -> list[tuple[str, CheckReport]]:
        """Each staged file with its check (for the page)."""
        folder = self.root() / PENDING
        return [(name, self.check(folder / name, folder)) for name in pending_files(self.root())]

    async def stage(self, acting: Acting, filename: str, data: bytes) -> Done[CheckReport] | Invalid:
        """Stage an upload in ``pending/`` (not loadable code yet); audited."""
        problem = filename_problem(filename)
        if problem is None and len(data) > MAX_BYTES:
            problem = f"the file is {len(data)} bytes; the limit is {MAX_BYTES}"
        if problem is not None:
            return Invalid.of(problem)
        path = write_pending(self.root(), filename, data)
        report = self.check(path, path.parent)
        async with self.database.pool().acquire() as conn:
            detail = {"sha256": sha256_of(data), "accepted": report.accepted, "problems": len(report.problems)}
            await record_audit(conn, acting.actor, "skill.staged", filename, detail=detail)
        verdict = "passes the checks" if report.accepted else f"has {len(report.problems)} problem(s)"
        return Done(f"{filename} is staged and {verdict}; loading it needs a code.", report)

    async def load(self, acting: Acting, filename: str) -> Answer:
        return await self._install(acting, filename, reload=False)

    async def reload(self, acting: Acting, filename: str) -> Answer:
        return await self._install(acting, filename, reload=True)

    async def _install(self, acting: Acting, filename: str, *, reload: bool) -> Answer:
        problem = filename_problem(filename)
        if problem is not None:
            return Invalid.of(problem)
        if not self.approver.two_factor_on():
            return Invalid.of(NO_TWO_FACTOR)
        folder = self.root() / PENDING
        first = self.check(folder / filename, folder)
        if first.name is None:
            return Invalid.of([f"line {p.line}: [{p.rule}] {p.message}" for p in first.problems] or ["refused"])
        async with self.database.pool().acquire() as conn:
            row = await loaded_row(conn, first.name)
        if reload and row is None:
            return Invalid.of(f"{first.name} is not loaded: load it instead")
        if not reload and row is not None:
            return Invalid.of(f"{first.name} is loaded already: reload it with a higher version")
        report = self.check(folder / filename, folder, row.version if row is not None else None)
        if not report.accepted:
            return Invalid.of([f"line {p.line}: [{p.rule}] {p.message}" for p in report.problems])
        skill = dynamic_skill(report)
        action = SKILL_RELOAD if reload else SKILL_LOAD

        async def run(approval: Approval) -> str:
            return await self._register(approval, action, filename, skill, previous=row.filename if row else None)

        verb = "reload" if reload else "load"
        permissions = ", ".join(sorted(skill.permissions)) or "no permissions"
        description = (
            f"{verb} the dynamic skill {skill.name} {skill.version} ({permissions}; sha256 {skill.sha256[:12]})"
        )
        return approved(await self.approver(acting, action, description, run))

    async def _register(self, approval: Approval, action: str, filename: str, skill: Any, previous: str | None) -> str:
        root = self.root()
        try:
            staged = (root / PENDING / filename).read_bytes()
        except OSError:
            staged = b""
        if sha256_of(staged) != skill.sha256:
            async with self.database.pool().acquire() as conn:
                await record_audit(conn, approval.actor, AUDITED[action], skill.name, outcome="denied",
                                   detail={"reason": "the staged file changed after the challenge"})  # fmt: skip
            return f"{skill.name} was not loaded: the staged file changed after the code was asked for"
        install(root, filename, skill.source.encode())
        if previous is not None and previous != filename:
            (root / previous).unlink(missing_ok=True)
        await self.skills.register(skill, execution=self.execution)  # a fresh, closed breaker
        async with self.database.pool().acquire() as conn, conn.transaction():
            await save_loaded(conn, skill, filename, approval.actor)
            detail = {"version": skill.version, "sha256": skill.sha256, "permissions": sorted(skill.permissions),
                      "proof": approval.proof.value}  # fmt: skip
            await record_audit(conn, approval.actor, AUDITED[action], skill.name, detail=detail)
        return f"{skill.name} {skill.version} is loaded."

    async def unload(self, acting: Acting, name: str) -> Answer:
        if name in self.core_names:
            return Invalid.of(f"{name} is a core skill: it cannot be unloaded")
        if not self.approver.two_factor_on():
            return Invalid.of(NO_TWO_FACTOR)
        async with self.database.pool().acquire() as conn:
            row = await loaded_row(conn, name)
        if row is None:
            return Invalid.of(f"no dynamic skill named {name} is loaded")

        async def run(approval: Approval) -> str:
            await self.skills.unregister(name)  # its breaker goes with it
            retire(self.root(), row.filename)
            async with self.database.pool().acquire() as conn, conn.transaction():
                await delete_loaded(conn, name)
                await record_audit(
                    conn, approval.actor, AUDITED[SKILL_UNLOAD], name, detail={"proof": approval.proof.value}
                )
            return f"{name} is unloaded; its file is back in pending/."

        return approved(await self.approver(acting, SKILL_UNLOAD, f"unload the dynamic skill {name}", run))

    async def verify_at_boot(self) -> tuple[Skipped, ...]:
        """Register each loaded skill whose file is still contained, still
        passes the checks and still has its SHA-256; skip, audit and
        announce any other."""
        root = self.root()
        async with self.database.pool().acquire() as conn:
            rows = await loaded_rows(conn)
        skipped: list[Skipped] = []
        for row in rows:
            path = root / row.filename
            report = self.check(path, root)
            if not report.accepted or report.name != row.name:
                first = report.problems[0].message if report.problems else "its name changed"
                skipped.append(Skipped(row.name, row.filename, f"it no longer passes the checks: {first}"))
                continue
            if sha256_of(report.source.encode()) != row.sha256:  # the bytes checked are the bytes registered
                skipped.append(Skipped(row.name, row.filename, "its file changed since it was loaded (SHA-256)"))
                continue
            await self.skills.register(dynamic_skill(report), execution=self.execution)
        self.skipped.publish(tuple(skipped))
        if skipped:
            async with self.database.pool().acquire() as conn:
                for item in skipped:
                    await record_audit(conn, "node", "skill.skipped_at_boot", item.name, outcome="denied",
                                       detail={"reason": item.reason})  # fmt: skip
            for item in skipped:
                log.error("dynamic skill %s skipped at boot: %s", item.name, item.reason)
                publish(ANNOUNCE_TOPIC, Announcement(f"⚠ Dynamic skill {item.name} was not loaded: {item.reason}. "
                                                     "See the Skills page.", "warning"))  # fmt: skip
        return tuple(skipped)

"""A dynamic skill as the registry holds it: its declaration (read from the
checked file's literals) and its source. Its code never runs in this
process: ``run`` refuses, and the registry hands every call to the
sandbox's ``Execution``."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any, ClassVar

from skills._contract import SkillArgs, SkillOutcome
from skills.dynamic._check import NEVER_GRANTED, CheckReport


class DynamicSkill:
    """Built per file by ``dynamic_skill`` (a subclass carrying the file's
    declaration as class attributes, as a core skill's are)."""

    name: ClassVar[str]
    version: ClassVar[str]
    description: ClassVar[str]
    permissions: ClassVar[frozenset[str]]
    branches: ClassVar[Mapping[str, str]]
    external: ClassVar[bool]
    egress: ClassVar[tuple[str, ...]]
    source: ClassVar[str]
    sha256: ClassVar[str]

    def __repr__(self) -> str:
        return f"<dynamic skill {self.name} {self.version}>"

    async def run(self, args: SkillArgs) -> SkillOutcome:
        raise RuntimeError(f"{self.name} is a dynamic skill: it runs only in the sandbox")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dynamic_skill(report: CheckReport) -> DynamicSkill:
    """The registrable skill of an accepted report. Permissions a dynamic
    skill can never hold are dropped here too (the check refused them)."""
    if not report.accepted or report.name is None or report.version is None:
        raise ValueError("only an accepted file becomes a skill")
    declared: Mapping[str, Any] = report.declared
    branches = declared.get("branches")
    egress = declared.get("egress", ())
    attributes = {
        "name": report.name,
        "version": report.version,
        "description": str(declared.get("description", "")),
        "permissions": frozenset(report.permissions) - NEVER_GRANTED,
        "branches": dict(branches) if isinstance(branches, dict) else {},
        "external": report.external,
        "source": report.source,
        "sha256": sha256_of(report.source.encode()),
        "egress": tuple(str(e) for e in egress) if isinstance(egress, list | tuple) else (),
    }
    skill: DynamicSkill = type(f"Dynamic_{report.name}", (DynamicSkill,), attributes)()
    return skill

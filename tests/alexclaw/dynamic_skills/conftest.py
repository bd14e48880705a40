"""A migrated database, a skill registry with one core skill, the 2FA
challenges with a known TOTP secret, and the operations over a temporary
skills directory."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyotp
import pytest

from actors import Snapshot
from alexclaw.dynamic_skills import DynamicSkillOperations
from alexclaw.security import Approver, ChallengeActor, Challenges
from alexclaw.storage import Database, DatabaseHandle
from skills import PERMISSIONS, Registered, SkillRegistry, Skills
from skills.builtin import Echo
from skills.dynamic import NEVER_GRANTED, Sandbox


@dataclass
class Node:
    operations: DynamicSkillOperations
    skills: Skills
    challenges: Challenges
    totp: pyotp.TOTP
    database: DatabaseHandle
    root: Path
    two_factor: list[bool]
    clock: list[float]  # the challenges' manual clock: each approval moves it to the next code

    def next_code(self) -> str:
        self.clock[0] += 30.0  # a code is good once: the next approval uses the next window's
        return self.totp.at(self.clock[0])


@pytest.fixture
async def node(database_url: str, tmp_path: Path) -> AsyncIterator[Node]:
    handle = DatabaseHandle()

    async def dsn() -> str:
        return database_url

    db = await Database(dsn, handle, max_size=3).start()
    totp = pyotp.TOTP(pyotp.random_base32())
    clock = [time.time()]
    challenge_actor = await ChallengeActor(handle, lambda: totp.secret, clock=lambda: clock[0], ttl=3600).start()
    snapshot: Snapshot[Mapping[str, Registered]] = Snapshot({})
    registry = await SkillRegistry(snapshot, (Echo(),)).start()
    skills = Skills(snapshot, registry)
    challenges = Challenges(challenge_actor)
    two_factor = [True]
    operations = DynamicSkillOperations(
        Approver(challenges, handle, lambda: two_factor[0]), handle, skills, Sandbox(), lambda: tmp_path / "skills",
        core_names=frozenset({"echo"}), known_permissions=frozenset(PERMISSIONS) - NEVER_GRANTED,
    )  # fmt: skip
    yield Node(operations, skills, challenges, totp, handle, tmp_path / "skills", two_factor, clock)
    await registry.stop()
    await challenge_actor.stop()
    await db.stop()

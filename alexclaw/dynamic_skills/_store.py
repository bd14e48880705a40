"""The ``dynamic_skills`` table: what the operator loaded, with the file's
SHA-256 at load."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from skills.dynamic import DynamicSkill


@dataclass(frozen=True, slots=True)
class LoadedRow:
    name: str
    filename: str
    sha256: str
    version: str


async def loaded_rows(conn: Any) -> list[LoadedRow]:
    rows = await conn.fetch("SELECT name, filename, sha256, version FROM dynamic_skills ORDER BY name")
    return [LoadedRow(r["name"], r["filename"], r["sha256"], r["version"]) for r in rows]


async def loaded_row(conn: Any, name: str) -> LoadedRow | None:
    r = await conn.fetchrow("SELECT name, filename, sha256, version FROM dynamic_skills WHERE name = $1", name)
    return None if r is None else LoadedRow(r["name"], r["filename"], r["sha256"], r["version"])


async def save_loaded(conn: Any, skill: DynamicSkill, filename: str, actor: str) -> None:
    await conn.execute(
        "INSERT INTO dynamic_skills (name, filename, sha256, version, permissions, loaded_by) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (name) DO UPDATE SET filename = EXCLUDED.filename, "
        "sha256 = EXCLUDED.sha256, version = EXCLUDED.version, permissions = EXCLUDED.permissions, "
        "loaded_by = EXCLUDED.loaded_by, loaded_at = now()",
        skill.name, filename, skill.sha256, skill.version, sorted(skill.permissions), actor,
    )  # fmt: skip


async def delete_loaded(conn: Any, name: str) -> None:
    await conn.execute("DELETE FROM dynamic_skills WHERE name = $1", name)

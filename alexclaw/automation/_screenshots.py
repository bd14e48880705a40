"""Recipe screenshots in PostgreSQL (migration 0033): kept with the run
and recipe that took them, bounded in number (the newest
``automation.screenshots_kept``), read back only by the signed-in
operator's pages."""

from __future__ import annotations

import base64
import binascii
from typing import Final

from alexclaw.inputs import INT8_MAX, id_problem
from alexclaw.storage import DatabaseHandle

SCREENSHOT_ROUTE: Final = "/automation/screenshots/"
PNG_MAGIC: Final = b"\x89PNG\r\n\x1a\n"


def screenshot_path(shot_id: int) -> str:
    """Where the node serves a screenshot (session required)."""
    return f"{SCREENSHOT_ROUTE}{shot_id}"


async def keep_screenshot(
    database: DatabaseHandle, run_id: str | None, recipe: str, name: str, image_b64: str, *, keep: int
) -> int:
    """Store a PNG the browser's process sent (base64) and delete all but
    the newest ``keep``. Anything not a PNG is refused (ValueError)."""
    try:
        image = base64.b64decode(image_b64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("the screenshot is not base64") from exc
    if not image.startswith(PNG_MAGIC):
        raise ValueError("the screenshot is not a PNG")
    run = (
        int(run_id)
        if run_id is not None
        and run_id.isascii()
        and run_id.isdigit()
        and len(run_id) <= 19
        and id_problem(int(run_id), INT8_MAX) is None
        else None
    )
    async with database.pool().acquire() as conn, conn.transaction():
        shot_id: int = await conn.fetchval(
            "INSERT INTO automation_screenshots (run_id, recipe, name, image) VALUES ($1, $2, $3, $4) RETURNING id",
            run, recipe, name, image,
        )  # fmt: skip
        await conn.execute(
            "DELETE FROM automation_screenshots WHERE id <= "
            "(SELECT id FROM automation_screenshots ORDER BY id DESC OFFSET $1 LIMIT 1)",
            max(1, keep),
        )
    return shot_id


async def load_screenshot(database: DatabaseHandle, shot_id: int) -> bytes | None:
    """A kept screenshot's PNG bytes, or None (unknown, or pruned)."""
    if id_problem(shot_id, INT8_MAX) is not None:
        return None
    async with database.pool().acquire() as conn:
        image: bytes | None = await conn.fetchval("SELECT image FROM automation_screenshots WHERE id = $1", shot_id)
    return image

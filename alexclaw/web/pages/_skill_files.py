"""The Skills page's dynamic skills: upload a file to ``pending/``, and —
each behind a 2FA code — load, reload (a higher version) and unload. The
operations (``alexclaw.dynamic_skills``) check, approve, audit; this
module reads the form and shows the answer."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, flash, redirect, request, url_for

from alexclaw.dynamic_skills import DynamicSkillOperations
from alexclaw.web._common import acting, answer
from alexclaw.web._state import WebState
from skills.dynamic import MAX_BYTES


def build(state: WebState) -> Blueprint:
    bp = Blueprint("skill_file_pages", __name__)

    def operations() -> DynamicSkillOperations:
        return state.services.dynamic_skills

    def back() -> str:
        return url_for("authz_pages.skills")

    @bp.post("/skills/upload")
    async def upload() -> Any:
        files = await request.files
        file = files.get("file")
        if file is None or not file.filename:
            await flash("Choose a skill file to upload.", "error")
            return redirect(back())
        data = file.read(MAX_BYTES + 1)
        return await answer(state, await operations().stage(acting(state), str(file.filename), data), back())

    # <name>: the staged file's name (``word_count.py``).
    @bp.post("/skills/pending/<name>/load")
    async def load(name: str) -> Any:
        return await answer(state, await operations().load(acting(state), name), back())

    @bp.post("/skills/pending/<name>/reload")
    async def reload(name: str) -> Any:
        return await answer(state, await operations().reload(acting(state), name), back())

    @bp.post("/skills/<name>/unload")
    async def unload(name: str) -> Any:
        return await answer(state, await operations().unload(acting(state), name), back())

    return bp

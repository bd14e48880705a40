"""Posture: the security audit ``alexclaw doctor`` prints, run by the node
over its own pool — each finding with its severity, id and fix — and the
environment checks that need no database (secret key, admin password, data
directory, HTTP bind). Read-only: the fixes are made where each names."""

from __future__ import annotations

from typing import Any

from quart import Blueprint

from alexclaw.doctor import FAIL, check_admin_password, check_bind_address, check_data_dir, check_secret_key
from alexclaw.posture import SEVERITIES, report
from alexclaw.web._render import render
from alexclaw.web._state import WebState


def build(state: WebState) -> Blueprint:
    bp = Blueprint("posture_pages", __name__)

    @bp.get("/posture")
    async def posture() -> Any:
        settings = state.posture.settings
        checks = [
            check_secret_key(settings),
            check_admin_password(settings),
            check_data_dir(settings.data_dir),
            check_bind_address(settings.http_host, settings.http_port),
        ]
        pool = state.database.pool() if state.database.available else None
        findings = await state.posture.run(pool)
        document = report(findings)
        failing = document["failing"] or any(c.status == FAIL for c in checks)
        return await render(
            "posture.html", checks=checks, findings=findings, summary=document["summary"],
            severities=SEVERITIES, failing=failing,
        )  # fmt: skip

    return bp

"""Connections: the databases ``sql_query`` steps read. List, add, edit,
test, delete. A save is tested at once (connect and ``SELECT 1``) and the
server's words shown as it said them (never the password); the password
is stored encrypted, never shown again, and bound to the host; giving or
changing it, the allow-private grant for a LAN or loopback database, or
moving a held password to another host asks for a 2FA code while
two-factor is on. Thin: every act is a ``ConnectionOperations`` one."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, abort, flash, redirect, request, url_for

from alexclaw.connections import DEFAULT_PORT, TLS_MODES, ConnectionOperations, DbConnection, PasswordChange
from alexclaw.inputs import parse_id
from alexclaw.security import ChallengeView, Invalid, NotAllowed
from alexclaw.web._common import acting, answer, approver
from alexclaw.web._render import render
from alexclaw.web._state import WebState


def connection_from_form(form: Any, connection_id: int | None) -> DbConnection | Invalid:
    """The description a form gives (never the password or the grant)."""
    port_text = str(form.get("port", "") or "").strip()
    try:
        port = int(port_text) if port_text else DEFAULT_PORT
    except ValueError:
        return Invalid.of(f"port: a whole number, not {port_text[:20]!r}")
    return DbConnection(
        connection_id, str(form.get("name", "")).strip(), str(form.get("host", "")).strip(), port,
        str(form.get("database", "")).strip(), str(form.get("user", "")).strip(), str(form.get("tls", "")),
    )  # fmt: skip


def build(state: WebState) -> Blueprint:
    bp = Blueprint("connection_pages", __name__)

    def operations() -> ConnectionOperations:
        return ConnectionOperations(approver(state), state.secret_box)

    def back(connection_id: int | None = None) -> str:
        return url_for("connection_pages.connections") + (f"?edit={connection_id}" if connection_id else "")

    async def page(status: int = 200, error: str | None = None, form: Any = None) -> Any:
        listed = await operations().list()
        editing = parse_id(str(request.args.get("edit") or ""), "edit")
        body = await render(
            "connections.html", connections=listed, modes=TLS_MODES, error=error, form=form or {},
            editing=next((c for c in listed if c.id == editing), None), default_port=DEFAULT_PORT,
        )  # fmt: skip
        return body, status

    @bp.get("/connections")
    async def connections() -> Any:
        return await page()

    async def save(connection_id: int | None) -> Any:
        form = await request.form
        draft = connection_from_form(form, connection_id)
        if isinstance(draft, Invalid):
            return await page(400, draft.message(), form)
        password = PasswordChange(str(form.get("password", "")), clear=form.get("clear_password") is not None)
        saved = await operations().save(
            acting(state), draft, password, allow_private=form.get("allow_private") is not None
        )
        if isinstance(saved, Invalid):
            if connection_id is not None and saved.message().startswith("there is no connection"):
                abort(404)
            return await page(400, saved.message(), form)
        if isinstance(saved, ChallengeView | NotAllowed):
            return await answer(state, saved, back(connection_id))
        found = await operations().find(saved.value)
        failed = not isinstance(found, Invalid) and found.state.last_test_error is not None
        await flash(saved.message, "error" if failed else "success")
        return redirect(back(saved.value))

    @bp.post("/connections")
    async def create_connection() -> Any:
        return await save(None)

    @bp.post("/connections/<int:connection_id>")
    async def update_connection(connection_id: int) -> Any:
        return await save(connection_id)

    @bp.post("/connections/<int:connection_id>/test")
    async def test(connection_id: int) -> Any:
        tested = await operations().test(acting(state), connection_id)
        if isinstance(tested, Invalid):
            abort(404)
        await flash(tested.message, "success" if tested.value is None else "error")
        return redirect(back(connection_id))

    @bp.post("/connections/<int:connection_id>/delete")
    async def remove(connection_id: int) -> Any:
        deleted = await operations().delete(acting(state), connection_id)
        if isinstance(deleted, Invalid):
            abort(404)
        await flash(deleted.message, "success")
        return redirect(back())

    return bp

"""Resources: the feeds, sites, documents and APIs workflows read. List,
add, edit, enable, delete; the allow-private grant (a 2FA code while
two-factor is on); an api resource's credential (stored encrypted, shown
masked, bound to its host; a 2FA code too) and OpenAPI discovery; a feed's
last fetch; an automation recipe's Try (the ``web_automation`` skill through
``invoke``, each step's result with its screenshot, served signed-in only).
Thin: every act is a ``ResourceOperations`` / ``ResourceAccess``
operation; a URL the egress guard's address rules refuse comes back on the
form with the reason."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, Response, abort, flash, redirect, request, url_for

from alexclaw.automation import load_screenshot
from alexclaw.inputs import InputError, parse_id, read_json
from alexclaw.security import Invalid
from alexclaw.web._common import acting, answer, approver
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.workflows import (
    RESOURCE_TYPES,
    Resource,
    ResourceAccess,
    ResourceOperations,
    WorkflowError,
    list_resources,
    url_host,
)
from skills import InvokeStatus, SkillCaller

CREDENTIAL_KINDS = (("bearer", "Bearer token (Authorization header)"), ("header", "A header of its own"))


def resource_from_form(form: Any, resource_id: int | None) -> Resource:
    """The definition a form describes (never a grant or a credential)."""
    metadata_text = str(form.get("metadata", "") or "").strip()
    try:
        metadata = read_json(metadata_text, "metadata") if metadata_text else {}
    except InputError as exc:
        raise WorkflowError([str(exc)]) from None
    if not isinstance(metadata, dict):
        raise WorkflowError(["metadata: must be a JSON object"])
    tags = tuple(t.strip() for t in str(form.get("tags", "")).split(",") if t.strip())
    return Resource(
        resource_id, str(form.get("name", "")).strip(), str(form.get("type", "")),
        str(form.get("url", "")).strip() or None, str(form.get("content", "")) or None, metadata, tags,
        form.get("enabled") is not None,
    )  # fmt: skip


def build(state: WebState) -> Blueprint:
    bp = Blueprint("resource_pages", __name__)
    operations = ResourceOperations(state.database)

    def access() -> ResourceAccess:
        return ResourceAccess(approver(state), state.secret_box)

    async def page(
        status: int = 200, error: str | None = None, form: Any = None, tried: Any = None, edit: int | None = None
    ) -> Any:
        async with state.database.pool().acquire() as conn:
            resources = await list_resources(conn)
        editing = edit if edit is not None else parse_id(str(request.args.get("edit") or ""), "edit")
        body = await render(
            "resources.html", resources=resources, types=RESOURCE_TYPES, error=error, form=form or {},
            editing=next((r for r in resources if r.id == editing), None), kinds=CREDENTIAL_KINDS, host_of=url_host,
            tried=tried,
        )  # fmt: skip
        return body, status

    def back(resource_id: int | None = None) -> str:
        return url_for("resource_pages.resources") + (f"?edit={resource_id}" if resource_id else "")

    @bp.get("/resources")
    async def resources() -> Any:
        return await page()

    async def save(resource_id: int | None) -> Any:
        form = await request.form
        try:
            resource = resource_from_form(form, resource_id)
        except WorkflowError as exc:
            return await page(400, "; ".join(exc.errors), form)
        wants_grant = form.get("allow_private") is not None
        current = await access().find(resource_id) if resource_id is not None else None
        if isinstance(current, Invalid):
            abort(404)
        held = current is not None and current.state is not None and current.state.allow_private
        same_host = current is not None and url_host(current.url) == url_host(resource.url)
        if wants_grant and not (held and same_host):  # a new grant: a code while two-factor is on
            granted = await access().save_granted(acting(state), resource)
            if isinstance(granted, Invalid):
                return await page(400, granted.message(), form)
            return await answer(state, granted, back())
        saved = await operations.save(acting(state), resource)
        if isinstance(saved, Invalid):
            return await page(400, saved.message(), form)
        if held and same_host and not wants_grant:
            await access().revoke(acting(state), saved.value)
        await flash(saved.message, "success")
        return redirect(back())

    @bp.post("/resources")
    async def create_resource() -> Any:
        return await save(None)

    @bp.post("/resources/<int:resource_id>")
    async def update_resource(resource_id: int) -> Any:
        return await save(resource_id)

    @bp.post("/resources/<int:resource_id>/delete")
    async def remove_resource(resource_id: int) -> Any:
        deleted = await operations.delete(acting(state), resource_id)
        if isinstance(deleted, Invalid):
            abort(404)
        await flash(deleted.message, "success")
        return redirect(back())

    @bp.post("/resources/<int:resource_id>/enabled")
    async def enable(resource_id: int) -> Any:
        wanted = (await request.form).get("enabled") == "on"
        return await answer(state, await operations.set_enabled(acting(state), resource_id, wanted), back())

    @bp.post("/resources/<int:resource_id>/grant")
    async def grant(resource_id: int) -> Any:
        return await answer(state, await access().grant(acting(state), resource_id), back(resource_id))

    @bp.post("/resources/<int:resource_id>/revoke")
    async def revoke(resource_id: int) -> Any:
        return await answer(state, await access().revoke(acting(state), resource_id), back(resource_id))

    @bp.post("/resources/<int:resource_id>/credential")
    async def credential(resource_id: int) -> Any:
        form = await request.form
        value = "" if form.get("clear") is not None else str(form.get("value", "")).strip()
        if not value and form.get("clear") is None:
            await flash("Enter the credential, or press Clear to remove it.", "error")
            return redirect(back(resource_id))
        kind, header = str(form.get("kind", "bearer")), str(form.get("header", ""))
        stored = await access().set_credential(acting(state), resource_id, value, kind=kind, header=header)
        return await answer(state, stored, back(resource_id), refused="Not stored: ")

    @bp.post("/resources/<int:resource_id>/discover")
    async def discover(resource_id: int) -> Any:
        spec_url = str((await request.form).get("spec_url", "")).strip() or None
        found = await access().discover(acting(state), resource_id, spec_url)
        return await answer(state, found, back(resource_id), refused="Discovery failed: ")

    @bp.post("/resources/<int:resource_id>/try")
    async def try_recipe(resource_id: int) -> Any:
        found = await access().find(resource_id)
        if isinstance(found, Invalid) or found.type != "automation":
            abort(404)
        who = acting(state)
        given = str((await request.form).get("input", ""))[:2000]
        invocation = await state.services.invoker.invoke(
            SkillCaller(who.actor, who.origin), "web_automation", given, config={"recipe": found.name}
        )
        result = invocation.outcome.result
        if invocation.status is not InvokeStatus.RAN or not isinstance(result, dict):
            result = {"error": str(result.get("error") if isinstance(result, dict) else result), "steps": []}
        return await page(tried={"name": found.name, "branch": invocation.outcome.branch, **result}, edit=resource_id)

    @bp.get("/automation/screenshots/<int:shot_id>")
    async def screenshot(shot_id: int) -> Any:
        image = await load_screenshot(state.database, shot_id)
        if image is None:
            abort(404)
        headers = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"}
        return Response(image, content_type="image/png", headers=headers)

    return bp

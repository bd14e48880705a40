"""Skills (breaker state, reset) and Policies (CRUD with per-type scaffolds,
validation errors, an enable toggle, and a dry-run decision)."""

from __future__ import annotations

import json
from typing import Any

from quart import Blueprint, abort, flash, redirect, request, url_for

from alexclaw.inputs import INT4_MAX, InputError, read_json
from alexclaw.security import (
    RULE_TYPES,
    AuthContext,
    Invalid,
    PolicyConfigError,
    PolicyEngine,
    PolicyOperations,
    record_audit,
    refresh_policies,
)
from alexclaw.web._common import acting, actor, answer, approver
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from skills import PERMISSIONS

SCAFFOLDS = {
    "rate_limit": {"permission": "llm", "max_calls": 30, "window_seconds": 60},
    "time_window": {"permission": "telegram_send", "deny_start_hour": 0, "deny_end_hour": 6},
    "chain_restriction": {"caller_pattern": "untrusted_*"},
    "permission_override": {"permission": "memory_write", "action": "deny", "expires_at": None},
    "mcp_restriction": {"tool_pattern": "delete_*", "action": "deny"},
}


def build(state: WebState) -> Blueprint:
    bp = Blueprint("authz_pages", __name__)

    def operations() -> PolicyOperations:
        return PolicyOperations(approver(state), refresh_policies)

    @bp.get("/skills")
    async def skills() -> Any:
        rows = [state.skills.get(meta.name) for meta in state.skills.all()]
        dynamic = state.services.dynamic_skills
        return await render(
            "skills.html", rows=[r for r in rows if r is not None], pending=dynamic.pending(),
            skipped=dynamic.skipped.read(),
        )  # fmt: skip

    @bp.post("/skills/<name>/reset")
    async def reset(name: str) -> Any:
        if not await state.skills.reset_breaker(name):
            abort(404)
        async with state.database.pool().acquire() as conn:
            await record_audit(conn, actor(state), "skill.breaker_reset", name)
        await flash(f"The circuit breaker of {name} is closed again.", "success")
        return redirect(url_for("authz_pages.skills"))

    async def policies_page(status: int = 200, error: str | None = None, form: Any = None, verdict: Any = None) -> Any:
        body = await render(
            "policies.html",
            policies=state.policies.read(),
            rule_types=RULE_TYPES,
            scaffolds={k: json.dumps(v, indent=1) for k, v in SCAFFOLDS.items()},
            permissions=sorted(PERMISSIONS),
            error=error,
            form=form or {},
            verdict=verdict,
        )
        return body, status

    @bp.get("/policies")
    async def policies() -> Any:
        return await policies_page()

    def parse_form(form: Any) -> dict[str, Any]:
        try:
            config = read_json(str(form.get("config", "")) or "{}", "config")
        except InputError as exc:
            raise PolicyConfigError(str(exc)) from None
        if isinstance(config, dict):
            config = {k: v for k, v in config.items() if v is not None}
        try:
            priority = int(str(form.get("priority", "0")) or "0")
        except ValueError:
            raise PolicyConfigError("priority: a whole number") from None
        if not -INT4_MAX - 1 <= priority <= INT4_MAX:
            raise PolicyConfigError(f"priority: a whole number from {-INT4_MAX - 1} to {INT4_MAX}")
        name = str(form.get("name", ""))
        if not 1 <= len(name.strip()) <= 100:  # save_policy's rule, checked before a code is asked for
            raise PolicyConfigError("name: 1 to 100 characters")
        return {
            "name": name,
            "rule_type": str(form.get("rule_type", "")),
            "config": config,
            "priority": priority,
            "enabled": form.get("enabled") is not None,
        }

    @bp.post("/policies")
    async def create() -> Any:
        form = await request.form
        return await save(form, None)

    @bp.post("/policies/<int:policy_id>")
    async def update(policy_id: int) -> Any:
        form = await request.form
        return await save(form, policy_id)

    async def save(form: Any, policy_id: int | None) -> Any:
        if policy_id is not None and all(p.id != policy_id for p in state.policies.read()):
            abort(404)
        try:
            fields = parse_form(form)
        except PolicyConfigError as exc:
            return await policies_page(400, str(exc), form)
        saved = await operations().save(acting(state), fields, policy_id)
        if isinstance(saved, Invalid):  # refused before a code is asked for
            return await policies_page(400, saved.message(), form)
        return await answer(state, saved, "/policies")

    @bp.post("/policies/<int:policy_id>/delete")
    async def delete(policy_id: int) -> Any:
        return await answer(state, await operations().delete(acting(state), policy_id), "/policies")

    @bp.post("/policies/dry-run")
    async def dry_run() -> Any:
        form = await request.form
        declared = frozenset(p.strip() for p in str(form.get("declared", "")).split(",") if p.strip())
        try:
            depth = int(str(form.get("depth", "0")) or "0")
        except ValueError:
            depth = -1
        caller_type: Any = str(form.get("caller_type", "dynamic"))
        if caller_type not in {"core", "dynamic", "mcp"}:
            caller_type = "dynamic"
        ctx = AuthContext(
            str(form.get("caller", "skill"))[:100],
            caller_type,
            str(form.get("permission", "")),
            declared,
            chain_depth=depth,
            tool=str(form.get("tool", "")) or None,
        )
        # Policies and declarations only: the dry run has no token to show,
        # and it must not count towards real rate limits.
        decision = PolicyEngine(state.policies.read).decide(ctx)
        return await policies_page(verdict={"allowed": decision.allowed, "reason": decision.reason})

    return bp

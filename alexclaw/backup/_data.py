"""The node's own data as versioned JSON, beside the SQL backup: settings
(never a secret one), LLM providers (never a key), workflows with their
steps, schedules and resources (the workflow export, credentials replaced
by its placeholder). What is left out on purpose: the audit trail, runs,
memory and knowledge, policies, the operator's identity and 2FA (``auth.*``)
— the SQL backup holds those.

    {"format": "alexclaw-python-data", "version": 1, "schema": 29, "exported_at": "...",
     "settings": [{"key", "value", "type"}], "providers": [{name, kind, model, tier, base_url, ...}],
     "workflows": [<workflow export v1>], "credentials_to_reenter": ["setting:telegram.bot_token", ...]}

``read_data`` also reads AlexClaw's own ``alexclaw-data`` export (versions
1 and 2: ``{"format", "version", "schema", "tables": {name: {"columns",
"rows"}}}``, every value in PostgreSQL's text form) for its providers,
settings, workflows and steps; its ``enc:`` values are sealed under
AlexClaw's key, unreadable here, and arrive as credentials to re-enter.

Reading is a plain function that checks everything first (format,
version, schema, each workflow as the workflow import reads it) and
returns a ``Plan`` or every problem; the import then applies the plan in
one transaction through the stores' own checked writes (``config.write``,
``llm.add_provider``, ``workflows.import_document``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from alexclaw.config import CATALOG, decrypt_row, load_rows, write
from alexclaw.llm import Draft, ProviderError, add_provider, draft_of, load_providers
from alexclaw.security import Approval, SecretBox
from alexclaw.storage import Connection
from alexclaw.workflows import (
    WorkflowError,
    credentials_to_reenter,
    export_workflow,
    import_document,
    list_workflows,
    parse_document,
)

FORMAT: Final = "alexclaw-python-data"
VERSION: Final = 1
ALEXCLAW_FORMAT: Final = "alexclaw-data"
ALEXCLAW_VERSIONS: Final = frozenset({1, 2})
MAX_DATA_BYTES: Final = 16 * 1024 * 1024  # an export file read for import
NEVER_IMPORTED: Final = ("auth.",)  # the operator's identity and second factor stay this node's
_CATALOGUED: Final = {known.key: known for known in CATALOG}


@dataclass
class Plan:
    source: str  # "alexclaw-python-data v1" | "alexclaw-data v2"
    settings: list[tuple[str, str]] = field(default_factory=list)
    providers: list[Draft] = field(default_factory=list)
    workflows: list[dict[str, Any]] = field(default_factory=list)
    reenter: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{len(self.settings)} settings, {len(self.providers)} providers, {len(self.workflows)} workflows"]
        if self.reenter:
            parts.append("re-enter: " + ", ".join(self.reenter))
        if self.skipped:
            parts.append("skipped: " + "; ".join(self.skipped))
        return " — ".join(parts)


def _importable_setting(key: str) -> str | None:
    """Why ``key`` is not imported, or None."""
    if key.startswith(NEVER_IMPORTED):
        return "this node's own identity and 2FA"
    if key not in _CATALOGUED:
        return "not a setting here"
    return None


async def export_data(conn: Connection, box: SecretBox, schema: int) -> dict[str, Any]:
    settings, reenter = [], []
    for row in await load_rows(conn):
        setting = decrypt_row(row, box)
        if setting.key.startswith(NEVER_IMPORTED):
            continue
        if setting.sensitive:
            if setting.text:
                reenter.append(f"setting:{setting.key}")
            continue
        settings.append({"key": setting.key, "value": setting.text, "type": setting.type.value})
    providers = []
    for provider in await load_providers(conn):
        draft = draft_of(provider)
        providers.append({k: getattr(draft, k) for k in draft.__dataclass_fields__})
        if provider.has_key:
            reenter.append(f"provider:{provider.name}")
    workflows = []
    for workflow in await list_workflows(conn):
        document = await export_workflow(conn, workflow.name)
        if document is not None:
            workflows.append(document)
            reenter += [f"workflow:{workflow.name}:{name}" for name in credentials_to_reenter(document)]
    return {"format": FORMAT, "version": VERSION, "schema": schema, "exported_at": datetime.now(UTC).isoformat(),
            "settings": settings, "providers": providers, "workflows": workflows,
            "credentials_to_reenter": reenter}  # fmt: skip


def read_data(data: Any, latest_schema: int) -> Plan | list[str]:
    """The plan an export describes, or every reason it is refused."""
    if not isinstance(data, dict):
        return ["the file is not a JSON object"]
    kind, version, schema = data.get("format"), data.get("version"), data.get("schema")
    if kind == FORMAT:
        if version != VERSION:
            return [f"alexclaw-python-data version {version!r}: this node reads version {VERSION}"]
        if not isinstance(schema, int) or schema > latest_schema:
            return [f"schema {schema!r} is newer than this code's {latest_schema:04d}: upgrade AlexClaw first"]
        return _own(data)
    if kind == ALEXCLAW_FORMAT:
        if version not in ALEXCLAW_VERSIONS:
            return [f"AlexClaw's alexclaw-data version {version!r}: versions 1 and 2 are read"]
        tables = data.get("tables")
        if not isinstance(tables, dict):
            return ["an alexclaw-data file without its tables"]
        return _alexclaw(tables, version)
    return [f"not an AlexClaw export (format {str(kind)[:40]!r})"]


def _workflow(plan: Plan, document: Any, label: str) -> None:
    try:
        parse_document(document)
    except WorkflowError as exc:
        plan.skipped.append(f"workflow {label}: {'; '.join(exc.errors)[:300]}")
        return
    plan.workflows.append(document)
    plan.reenter += [f"workflow:{label}:{name}" for name in credentials_to_reenter(document)]


def _provider(plan: Plan, fields: dict[str, Any], label: str) -> None:
    """A provider is created as it was, without its key; one that cannot
    exist without a key (a cloud API) is named to add again with it."""
    try:
        draft = Draft(**{k: v for k, v in fields.items() if k in Draft.__dataclass_fields__})
        draft.build("enc:placeholder")  # every rule but the key's
    except (TypeError, ValueError, ProviderError) as exc:
        plan.skipped.append(f"provider {label}: {exc}")
        return
    try:
        draft.build("")
    except ProviderError:
        entry = f"provider:{label}"
        plan.reenter = [r for r in plan.reenter if r != entry]
        plan.reenter.append(
            f"{entry} (add it with its key: {draft.kind}, {draft.model}, {draft.base_url or 'default URL'})"
        )
        return
    plan.providers.append(draft)


def _setting(plan: Plan, key: str, value: str) -> None:
    why = _importable_setting(key)
    if why is not None:
        plan.skipped.append(f"setting {key}: {why}")
    elif _CATALOGUED[key].is_sensitive or value.startswith("enc:"):
        plan.reenter.append(f"setting:{key}")
    else:
        plan.settings.append((key, value))


def _own(data: dict[str, Any]) -> Plan:
    plan = Plan(f"{FORMAT} v{VERSION}")
    for item in data.get("settings") or []:
        if isinstance(item, dict) and isinstance(item.get("key"), str) and isinstance(item.get("value"), str):
            _setting(plan, item["key"], item["value"])
    for item in data.get("providers") or []:
        if isinstance(item, dict):
            _provider(plan, item, str(item.get("name", "?"))[:80])
    for document in data.get("workflows") or []:
        name = document.get("workflow", {}).get("name", "?") if isinstance(document, dict) else "?"
        _workflow(plan, document, str(name)[:80])
    plan.reenter += [str(r) for r in data.get("credentials_to_reenter") or [] if str(r) not in plan.reenter]
    return plan


def _rows(tables: dict[str, Any], name: str) -> list[dict[str, Any]]:
    table = tables.get(name)
    if not isinstance(table, dict) or not isinstance(table.get("columns"), list):
        return []
    columns = [str(c) for c in table["columns"]]
    return [dict(zip(columns, row, strict=False)) for row in table.get("rows") or [] if isinstance(row, list)]


def _flag(text: Any, default: bool = True) -> bool:
    return default if text is None else str(text).lower() in {"t", "true", "1"}


_KINDS: Final = {"gemini": "gemini", "anthropic": "anthropic", "claude": "anthropic", "ollama": "ollama"}


def _alexclaw(tables: dict[str, Any], version: int) -> Plan:
    plan = Plan(f"{ALEXCLAW_FORMAT} v{version}")
    for row in _rows(tables, "settings"):
        if isinstance(row.get("key"), str) and row.get("value") is not None:
            _setting(plan, row["key"], str(row["value"]))
    for row in _rows(tables, "llm_providers"):
        name = str(row.get("name") or "?")[:80]
        if str(row.get("api_key") or "").strip():
            plan.reenter.append(f"provider:{name}")
        kind = _KINDS.get(str(row.get("type") or row.get("kind") or "").lower(), "openai_compatible")
        base = row.get("host") or row.get("base_url") or row.get("endpoint")
        tier = str(row.get("tier") or "medium").lower()
        priority = str(row.get("priority") or "100")
        priority = priority if priority.isascii() and priority.isdigit() and len(priority) <= 9 else "100"
        fields = {"name": name, "kind": kind, "model": str(row.get("model") or ""), "tier": tier,
                  "base_url": str(base) if base else None, "enabled": _flag(row.get("enabled")),
                  "priority": int(priority)}  # fmt: skip
        _provider(plan, fields, name)
    steps: dict[str, list[dict[str, Any]]] = {}
    for row in _rows(tables, "workflow_steps"):
        steps.setdefault(str(row.get("workflow_id")), []).append(row)
    for row in _rows(tables, "workflows"):
        name = str(row.get("name") or "?")[:80]
        ordered = sorted(steps.get(str(row.get("id")), []), key=lambda s: int(str(s.get("position") or 0)))
        head = {"name": name, "description": row.get("description") or "", "schedule": row.get("schedule") or None}
        document = {"version": 1, "workflow": head, "steps": [_alexclaw_step(plan, name, s) for s in ordered]}
        _workflow(plan, document, name)
    return plan


def _alexclaw_step(plan: Plan, workflow: str, row: dict[str, Any]) -> dict[str, Any]:
    try:
        config = json.loads(row.get("config") or "{}")
    except ValueError:
        config = {}
    if isinstance(config, dict):
        for key, value in list(config.items()):
            if isinstance(value, str) and value.startswith("enc:"):
                config[key] = ""
                plan.reenter.append(f"workflow:{workflow}:step {row.get('name')}: config.{key}")
    step = {"position": int(str(row.get("position") or 0)), "name": str(row.get("name") or ""),
            "skill": str(row.get("skill") or ""), "config": config if isinstance(config, dict) else {}}  # fmt: skip
    for key in ("llm_tier", "llm_model", "prompt_template"):
        if row.get(key):
            step[key] = str(row[key])
    return step


async def apply_plan(conn: Connection, box: SecretBox, plan: Plan, *, approval: Approval, here: str) -> str:
    """Write the plan, in one transaction: settings through the settings
    store, providers through the provider store (a name already taken is
    kept as it is), workflows through the workflow import (renamed when
    taken, disabled)."""
    kept: list[str] = []
    async with conn.transaction():
        for key, value in plan.settings:
            await write(conn, box, key, value, actor=approval.actor, approval=approval)
        existing = {p.name for p in await load_providers(conn)}
        for draft in plan.providers:
            if draft.name in existing:
                kept.append(draft.name)
                continue
            await add_provider(conn, draft.build(""), actor=approval.actor, approval=approval)
        names = [(await import_document(conn, d, approval=approval, here=here)).name for d in plan.workflows]
    done = f"Imported from {plan.source}: {len(plan.settings)} settings, {len(plan.providers) - len(kept)} providers"
    done += f", workflows {', '.join(names) or 'none'} (disabled)."
    if kept:
        done += f" Providers already here, kept: {', '.join(kept)}."
    if plan.reenter:
        done += " Credentials to re-enter: " + ", ".join(plan.reenter) + "."
    if plan.skipped:
        done += " Skipped: " + "; ".join(plan.skipped) + "."
    return done

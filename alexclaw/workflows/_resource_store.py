"""Resources in PostgreSQL: what workflows read (feeds, sites, documents,
APIs), their allow-private grant, an api resource's encrypted credential,
what OpenAPI discovery found, and a feed's last fetch.

Every save checks the URL with the egress guard's address rules
(``check_resource_url``): the page, the command line and an import all save
here. The grant and the credential belong to the host they were given for:
a save that points the resource at another host drops both. Neither is ever
written by ``save_resource`` from the resource it is given (a form, an
imported file): only ``set_private_grant`` and ``set_credential`` write
them, which the operations call after the 2FA approval."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

import asyncpg

from alexclaw.inputs import INT8_MAX, id_problem
from alexclaw.secret_store import Held, MoveReport, SecretStore, SecretUnavailable, as_store, move_held
from alexclaw.security import SecretBox, resolve_async
from alexclaw.storage import Connection
from alexclaw.workflows._credentials import secret_key
from alexclaw.workflows._model import (
    RESOURCE_TYPES,
    Operation,
    Resource,
    ResourceState,
    WorkflowError,
    check_name,
)
from alexclaw.workflows._resource_rules import Resolver, check_resource_url, url_host
from skills.web import RecipeProblems, parse_steps, static_urls

CREDENTIAL_KINDS: Final = ("bearer", "header")
MAX_FETCH_ERROR: Final = 500

_COLUMNS: Final = (
    "r.id, r.name, r.type, r.url, r.content, r.metadata::text AS metadata, r.tags, r.enabled, r.allow_private, "
    "r.granted_host, r.granted_by, r.granted_at, r.credential <> '' AS has_credential, r.credential_kind, "
    "r.credential_header, r.credential_host, r.base_url, r.operations::text AS operations, r.discovered_at, "
    "r.last_fetch_at, r.last_fetch_items, r.last_fetch_error"
)


def _resource(row: asyncpg.Record) -> Resource:
    operations = tuple(
        Operation(o["method"], o["path"], o.get("operation_id", ""), o.get("summary", ""))
        for o in json.loads(row["operations"])
    )
    state = ResourceState(
        row["allow_private"], row["granted_host"], row["granted_by"], row["granted_at"],
        row["credential_kind"] if row["has_credential"] else "", row["credential_header"], row["credential_host"],
        row["base_url"], operations, row["discovered_at"], row["last_fetch_at"], row["last_fetch_items"],
        row["last_fetch_error"],
    )  # fmt: skip
    return Resource(
        row["id"], row["name"], row["type"], row["url"], row["content"], json.loads(row["metadata"]),
        tuple(row["tags"]), row["enabled"], row.get("role") or "input", state,
    )  # fmt: skip


def check_resource(resource: Resource, where: str = "") -> list[str]:
    """What is wrong with a resource without looking at the network (the
    address rules come when it is saved)."""
    errors: list[str] = []
    check_name(resource.name, errors, f"{where}name")
    if resource.type not in RESOURCE_TYPES:
        errors.append(f"{where}type: one of {', '.join(RESOURCE_TYPES)}")
    if resource.url and not resource.url.startswith(("http://", "https://")):
        errors.append(f"{where}url: must start with http:// or https://")
    if resource.type in {"rss_feed", "website", "api"} and not resource.url:
        errors.append(f"{where}url: required for a {resource.type}")
    if resource.type == "automation":
        steps = parse_steps(resource.content or "")
        if isinstance(steps, RecipeProblems):
            errors.extend(f"{where}content: {problem}" for problem in steps.errors)
    return errors


async def recipe_url_problems(resource: Resource, granted_host: str, resolver: Resolver) -> list[str]:
    """An automation recipe's goto URLs known now, judged by the egress
    guard's save-time rules as the resource's own URL is (the grant covers
    its host only); a URL built from ``{{input}}`` is judged when it runs."""
    steps = parse_steps(resource.content or "") if resource.type == "automation" else ()
    if isinstance(steps, RecipeProblems):
        return []  # check_resource said so already
    errors = []
    for step, url in static_urls(steps):
        verdict = await check_resource_url(url, granted_host=granted_host, resolver=resolver)
        if verdict.problem:
            errors.append(f"content: {step.label()}: {url}: {verdict.problem}")
    return errors


async def list_resources(conn: Connection) -> list[Resource]:
    return [_resource(r) for r in await conn.fetch(f"SELECT {_COLUMNS} FROM resources r ORDER BY lower(name), id")]  # noqa: S608 - constant column lists


async def get_resource(conn: Connection, resource_id: int) -> Resource | None:
    if id_problem(resource_id) is not None:
        return None
    row = await conn.fetchrow(f"SELECT {_COLUMNS} FROM resources r WHERE id = $1", resource_id)  # noqa: S608 - constant column lists
    return None if row is None else _resource(row)


async def find_resources(conn: Connection, key: str) -> list[Resource]:
    """The resources named ``key`` (names may repeat: an import keeps a
    same-named resource with another URL apart), or the one whose id it is."""
    rows = await conn.fetch(f"SELECT {_COLUMNS} FROM resources r WHERE name = $1 ORDER BY id", key)  # noqa: S608 - constant column lists
    if not rows and key.isascii() and key.isdigit() and len(key) <= 9:
        found = await get_resource(conn, int(key))
        return [found] if found else []
    return [_resource(r) for r in rows]


async def workflow_resources(conn: Connection, workflow_id: int) -> list[Resource]:
    rows = await conn.fetch(
        f"SELECT {_COLUMNS}, wr.role FROM resources r JOIN workflow_resources wr ON wr.resource_id = r.id "  # noqa: S608 - constant column lists
        "WHERE wr.workflow_id = $1 ORDER BY lower(r.name)",
        workflow_id,
    )
    return [_resource(r) for r in rows]


async def run_resources(conn: Connection, run_id: int) -> list[Resource]:
    """The resources of the workflow a run belongs to (none for an unknown run)."""
    if id_problem(run_id, INT8_MAX) is not None:
        return []
    workflow_id = await conn.fetchval("SELECT workflow_id FROM workflow_runs WHERE id = $1", run_id)
    return [] if workflow_id is None else await workflow_resources(conn, workflow_id)


async def save_resource(
    conn: Connection, resource: Resource, *, grant_by: str = "", resolver: Resolver = resolve_async
) -> int:
    """Insert (id None) or update a resource's own fields, after checking
    its URL with the egress guard's address rules. ``grant_by`` (the 2FA
    approved actor) grants allow-private for the URL's host with the save;
    otherwise a grant held for the same host is kept, and a new host drops
    the grant and the credential."""
    errors = check_resource(resource)
    before = None if resource.id is None else await get_resource(conn, resource.id)
    if resource.id is not None and before is None:
        raise WorkflowError([f"resource {resource.id}: does not exist"])
    host = url_host(resource.url)
    held = before.state if before is not None and before.state is not None else ResourceState()
    keeps_host = before is not None and url_host(before.url) == host
    granted_host = host if grant_by else (held.granted_host if held.allow_private and keeps_host else "")
    if resource.url and not errors:
        verdict = await check_resource_url(resource.url, granted_host=granted_host, resolver=resolver)
        if verdict.problem:
            errors.append(f"url: {verdict.problem}")
    if not errors:
        errors.extend(await recipe_url_problems(resource, granted_host, resolver))
    if errors:
        raise WorkflowError(errors)
    values = (
        resource.name.strip(), resource.type, resource.url or None, resource.content,
        json.dumps(dict(resource.metadata)), list(resource.tags), resource.enabled,
    )  # fmt: skip
    async with conn.transaction():
        if before is None:
            saved = await conn.fetchval(
                "INSERT INTO resources (name, type, url, content, metadata, tags, enabled) "
                "VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) RETURNING id",
                *values,
            )
        else:
            saved = await conn.fetchval(
                "UPDATE resources SET name = $2, type = $3, url = $4, content = $5, metadata = $6::jsonb, tags = $7, "
                "enabled = $8, updated_at = now() WHERE id = $1 RETURNING id",
                resource.id, *values,
            )  # fmt: skip
            if not keeps_host:  # the grant and the credential were for the old host
                await conn.execute(
                    "UPDATE resources SET allow_private = false, granted_host = '', granted_by = '', "
                    "granted_at = NULL, credential = '', credential_host = '' WHERE id = $1",
                    saved,
                )
        if grant_by:
            await set_private_grant(conn, int(saved), True, grant_by)
    return int(saved)


async def set_private_grant(conn: Connection, resource_id: int, granted: bool, actor: str) -> Resource:
    """Grant (for the host of the resource's URL) or revoke allow-private."""
    resource = await get_resource(conn, resource_id)
    if resource is None:
        raise WorkflowError([f"resource {resource_id}: does not exist"])
    host = url_host(resource.url)
    if granted and not host:
        raise WorkflowError([f"resource {resource.name}: has no URL, so there is no host to grant"])
    await conn.execute(
        "UPDATE resources SET allow_private = $2, granted_host = $3, granted_by = $4, granted_at = $5, "
        "updated_at = now() WHERE id = $1",
        resource_id, granted, host if granted else "", actor if granted else "",
        datetime.now(UTC) if granted else None,
    )  # fmt: skip
    changed = await get_resource(conn, resource_id)
    assert changed is not None
    return changed


async def set_credential(
    conn: Connection,
    box: SecretBox | SecretStore,
    resource_id: int,
    value: str,
    *,
    kind: str = "bearer",
    header: str = "",
) -> Resource:
    """Store (encrypted, or written to Vault first, bound to the URL's host)
    or clear (``value`` "") an api resource's credential."""
    resource = await get_resource(conn, resource_id)
    if resource is None:
        raise WorkflowError([f"resource {resource_id}: does not exist"])
    problems = credential_problems(resource, value, kind, header)
    if problems:
        raise WorkflowError(problems)
    store = as_store(box)
    cipher = "" if store.external and not value else await store.seal(f"resources/{resource_id}", value)
    if isinstance(cipher, SecretUnavailable):
        raise WorkflowError([f"credential: {cipher.message}"])
    host = url_host(resource.url) if value else ""
    await conn.execute(
        "UPDATE resources SET credential = $2, credential_kind = $3, credential_header = $4, credential_host = $5, "
        "updated_at = now() WHERE id = $1",
        resource_id, cipher, kind, header.strip() if kind == "header" else "", host,
    )  # fmt: skip
    changed = await get_resource(conn, resource_id)
    assert changed is not None
    return changed


def credential_problems(resource: Resource, value: str, kind: str, header: str) -> list[str]:
    """Why a credential cannot be stored on ``resource`` (checked before a
    code is asked for)."""
    if not value:
        return []
    problems = []
    if resource.type != "api":
        problems.append("credential: only an api resource has one")
    if not url_host(resource.url):
        problems.append("credential: the resource has no URL to bind it to")
    if kind not in CREDENTIAL_KINDS:
        problems.append(f"credential: its kind is one of {', '.join(CREDENTIAL_KINDS)}")
    name = header.strip()
    if kind == "header" and (not name or not all(c.isalnum() or c in "-_" for c in name) or len(name) > 100):
        problems.append("credential: a header name of letters, digits, '-' and '_'")
    if any(c in value for c in "\r\n\0") or len(value) > 4096:
        problems.append("credential: one line of at most 4,096 characters")
    return problems


@dataclass(frozen=True, slots=True)
class ResourceSecret:
    """A credential in clear, for the egress guard to inject: never shown,
    never logged (``repr`` hides it)."""

    host: str
    kind: str
    header: str
    value: str = field(repr=False)


async def resource_secret(
    conn: Connection, box: SecretBox | SecretStore, resource_id: int
) -> ResourceSecret | SecretUnavailable | None:
    """The resource's credential, if it has one and its URL still points
    at the host the credential was entered for; the secret store away is
    ``SecretUnavailable``."""
    row = await conn.fetchrow(
        "SELECT url, credential, credential_kind, credential_header, credential_host FROM resources WHERE id = $1",
        resource_id,
    )
    if row is None or not row["credential"] or url_host(row["url"]) != row["credential_host"]:
        return None
    value = await as_store(box).open(row["credential"])
    if isinstance(value, SecretUnavailable):
        return value
    return ResourceSecret(row["credential_host"], row["credential_kind"], row["credential_header"], value)


async def move_resource_credentials_to_vault(conn: Connection, store: SecretStore, actor: str) -> MoveReport:
    """``alexclaw secret move --to vault``: each api resource's credential
    into Vault (a cleared one, stored as the ciphertext of "", too)."""
    rows = await conn.fetch("SELECT id, credential FROM resources WHERE credential <> '' ORDER BY id")
    held = [Held(f"resource:{r['id']}", f"resources/{r['id']}", r["credential"]) for r in rows]

    async def replace(item: Held, reference: str) -> bool:
        status = await conn.execute(
            "UPDATE resources SET credential = $2 WHERE id = $1 AND credential = $3",
            int(item.what.removeprefix("resource:")), reference, item.stored,
        )  # fmt: skip
        return bool(status.endswith(" 1"))

    return await move_held(conn, store, actor, held, replace)


async def rotate_resource_credentials(conn: Connection, old: SecretBox, new: SecretBox) -> int:
    """Re-encrypt every resource credential under ``new`` (inside the
    caller's transaction: ``alexclaw rotate-key`` runs it with the settings')."""
    rows = await conn.fetch(  # a Vault reference holds no ciphertext
        "SELECT id, credential FROM resources WHERE credential <> '' AND credential NOT LIKE 'vault:%' "
        "ORDER BY id FOR UPDATE"
    )
    for row in rows:
        plain = old.decrypt(row["credential"])
        again = new.encrypt(plain)
        if new.decrypt(again) != plain:
            raise WorkflowError([f"resource {row['id']}: the re-encrypted credential does not decrypt back"])
        await conn.execute("UPDATE resources SET credential = $2 WHERE id = $1", row["id"], again)
    return len(rows)


async def record_discovery(conn: Connection, resource_id: int, base_url: str, operations: Sequence[Operation]) -> None:
    await conn.execute(
        "UPDATE resources SET base_url = $2, operations = $3::jsonb, discovered_at = now(), updated_at = now() "
        "WHERE id = $1",
        resource_id, base_url, json.dumps([o.as_json() for o in operations]),
    )  # fmt: skip


async def record_feed_fetch(conn: Connection, resource_id: int, items: int | None, error: str | None) -> None:
    """What a skill's read of a feed found: how many items (None when it
    failed), or why it failed (one line, capped). Shown on the Resources
    page."""
    reason = " ".join(error.split())[:MAX_FETCH_ERROR] if error else None
    await conn.execute(
        "UPDATE resources SET last_fetch_at = now(), last_fetch_items = $2, last_fetch_error = $3 WHERE id = $1",
        resource_id, items, reason,
    )  # fmt: skip


async def granted_private_hosts(conn: Connection) -> frozenset[str]:
    """The hosts an enabled resource's allow-private grant covers now."""
    rows = await conn.fetch(
        "SELECT granted_host, url FROM resources WHERE allow_private AND enabled AND granted_host <> ''"
    )
    return frozenset(r["granted_host"] for r in rows if url_host(r["url"]) == r["granted_host"])


async def set_resource_enabled(conn: Connection, resource_id: int, enabled: bool) -> bool:
    return (
        await conn.fetchval(
            "UPDATE resources SET enabled = $2, updated_at = now() WHERE id = $1 RETURNING id", resource_id, enabled
        )
        is not None
    )


async def delete_resource(conn: Connection, resource_id: int) -> bool:
    return await conn.fetchval("DELETE FROM resources WHERE id = $1 RETURNING id", resource_id) is not None


async def attach_resource(conn: Connection, workflow_id: int, resource_id: int, role: str = "input") -> None:
    await conn.execute(
        "INSERT INTO workflow_resources (workflow_id, resource_id, role) VALUES ($1, $2, $3) "
        "ON CONFLICT (workflow_id, resource_id) DO UPDATE SET role = EXCLUDED.role",
        workflow_id, resource_id, role or "input",
    )  # fmt: skip


async def detach_resource(conn: Connection, workflow_id: int, resource_id: int) -> None:
    await conn.execute(
        "DELETE FROM workflow_resources WHERE workflow_id = $1 AND resource_id = $2", workflow_id, resource_id
    )


def resource_json(resource: Resource) -> dict[str, Any]:
    """A resource as a skill, the command line's ``--json`` and the pages'
    scripts see it: never the credential, only whether there is one."""
    state = resource.state or ResourceState()
    return {
        "id": resource.id, "name": resource.name, "type": resource.type, "url": resource.url,
        "content": resource.content, "tags": list(resource.tags),
        # A value under a key that names a secret stays out, by the rule an
        # export follows: a credential is the egress guard's to add.
        "metadata": {k: v for k, v in resource.metadata.items() if not secret_key(str(k))},
        "enabled": resource.enabled, "role": resource.role, "allow_private": state.allow_private,
        "granted_host": state.granted_host or None, "has_credential": state.has_credential,
        "base_url": state.base_url, "operations": [o.as_json() for o in state.operations],
        "last_fetch_at": state.last_fetch_at.isoformat() if state.last_fetch_at else None,
        "last_fetch_items": state.last_fetch_items, "last_fetch_error": state.last_fetch_error,
    }  # fmt: skip

"""The resource operations, written once for the Resources page, the
workflow page and the command line.

``ResourceOperations``: save (the URL checked with the egress guard's
address rules by the store), enable, delete, attach, detach. ``ResourceAccess``:
what a resource may reach and with what — the allow-private grant and an
api resource's credential, each through the one ``Approver`` (a TOTP code
on the web while two-factor is on, the host's proof on the command line;
audited with the proof), and OpenAPI discovery. Each takes the ``Acting``
principal, validates before a code is asked for, and answers with a value."""

from __future__ import annotations

from dataclasses import dataclass, replace

import asyncpg

from alexclaw.secret_store import SecretStore, SecretUnavailable
from alexclaw.security import (
    RESOURCE_ATTACHED,
    RESOURCE_CREDENTIAL_SET,
    RESOURCE_DELETED,
    RESOURCE_DETACHED,
    RESOURCE_DISCOVERED,
    RESOURCE_PRIVATE_GRANTED,
    RESOURCE_PRIVATE_REVOKED,
    RESOURCE_SAVED,
    Acting,
    Approval,
    Approver,
    ChallengeView,
    Done,
    Invalid,
    NotAllowed,
    Pools,
    SecretBox,
    approved,
    record_audit,
    resolve_async,
)
from alexclaw.storage import Connection
from alexclaw.workflows._model import Resource, WorkflowError
from alexclaw.workflows._openapi import Discovered, discover, operations_summary
from alexclaw.workflows._resource_rules import Resolver, check_resource_url, url_host
from alexclaw.workflows._resource_store import (
    attach_resource,
    check_resource,
    credential_problems,
    delete_resource,
    detach_resource,
    find_resources,
    get_resource,
    record_discovery,
    resource_secret,
    save_resource,
    set_credential,
    set_private_grant,
    set_resource_enabled,
)

Guarded = Done[None] | Invalid | ChallengeView | NotAllowed


def _dropped(before: Resource | None, after: Resource) -> str:
    """What a save to another host took away, said after "saved"."""
    if before is None or before.state is None or url_host(before.url) == url_host(after.url):
        return ""
    lost = [what for what, had in (("allow-private grant", before.state.allow_private),
                                   ("credential", before.state.has_credential)) if had]  # fmt: skip
    return f" Its {' and '.join(lost)} belonged to the old host and were removed." if lost else ""


@dataclass(frozen=True, slots=True)
class ResourceOperations:
    database: Pools
    resolver: Resolver = resolve_async

    async def save(self, acting: Acting, resource: Resource) -> Done[int] | Invalid:
        try:
            async with self.database.pool().acquire() as conn, conn.transaction():
                before = None if resource.id is None else await get_resource(conn, resource.id)
                saved = await save_resource(conn, resource, resolver=self.resolver)
                await record_audit(conn, acting.actor, RESOURCE_SAVED, resource.name, detail={"id": saved})
        except WorkflowError as exc:
            return Invalid.of(exc.errors)
        return Done(f"Resource {resource.name} saved.{_dropped(before, resource)}", saved)

    async def set_enabled(self, acting: Acting, resource_id: int, enabled: bool) -> Done[None] | Invalid:
        async with self.database.pool().acquire() as conn, conn.transaction():
            if not await set_resource_enabled(conn, resource_id, enabled):
                return Invalid.of(f"there is no resource {resource_id}")
            detail = {"id": resource_id, "enabled": enabled}
            await record_audit(conn, acting.actor, RESOURCE_SAVED, f"resource:{resource_id}", detail=detail)
        return Done(f"Resource {'enabled' if enabled else 'disabled'}.", None)

    async def delete(self, acting: Acting, resource_id: int) -> Done[None] | Invalid:
        async with self.database.pool().acquire() as conn, conn.transaction():
            if not await delete_resource(conn, resource_id):
                return Invalid.of(f"there is no resource {resource_id}")
            await record_audit(conn, acting.actor, RESOURCE_DELETED, f"resource:{resource_id}")
        return Done("Resource deleted.", None)

    async def attach(self, acting: Acting, workflow_id: int, resource_id: int, role: str) -> Done[None] | Invalid:
        try:
            async with self.database.pool().acquire() as conn, conn.transaction():
                await attach_resource(conn, workflow_id, resource_id, role)
                detail = {"resource": resource_id, "role": role}
                await record_audit(conn, acting.actor, RESOURCE_ATTACHED, f"workflow:{workflow_id}", detail=detail)
        except asyncpg.ForeignKeyViolationError:  # either one is gone
            return Invalid.of(f"there is no workflow {workflow_id} or no resource {resource_id}")
        return Done("Resource attached.", None)

    async def detach(self, acting: Acting, workflow_id: int, resource_id: int) -> Done[None]:
        async with self.database.pool().acquire() as conn, conn.transaction():
            await detach_resource(conn, workflow_id, resource_id)
            detail = {"resource": resource_id}
            await record_audit(conn, acting.actor, RESOURCE_DETACHED, f"workflow:{workflow_id}", detail=detail)
        return Done("Resource detached.", None)


@dataclass(frozen=True, slots=True)
class ResourceAccess:
    """The grant, the credential and discovery; ``box`` encrypts credentials."""

    approver: Approver
    box: SecretBox | SecretStore  # Vault when VAULT_ADDR is set
    resolver: Resolver = resolve_async

    async def find(self, key: int | str) -> Resource | Invalid:
        """One resource by id, or by a name only one resource has."""
        async with self.approver.database.pool().acquire() as conn:
            if isinstance(key, int):
                found = [r] if (r := await get_resource(conn, key)) else []
            else:
                found = await find_resources(conn, key)
        if not found:
            return Invalid.of(f"there is no resource {key!r}")
        if len(found) > 1:
            ids = ", ".join(str(r.id) for r in found)
            return Invalid.of(f"{len(found)} resources are named {key!r} (ids {ids}): name one by its id")
        return found[0]

    async def _grant(self, conn: Connection, acting: Acting, approval: Approval, resource: Resource) -> None:
        detail = {"host": url_host(resource.url), "proof": approval.proof.value, "entry": acting.entry.value}
        await record_audit(conn, acting.actor, RESOURCE_PRIVATE_GRANTED, f"resource:{resource.id}", detail=detail)

    async def save_granted(self, acting: Acting, resource: Resource) -> Guarded:
        """Save with the allow-private grant for the URL's host: checked as
        if granted first (metadata and link-local stay refused), then the
        save and the grant run together once the approver allows."""
        errors = check_resource(resource)
        if not errors and resource.url:
            verdict = await check_resource_url(
                resource.url, granted_host=url_host(resource.url), resolver=self.resolver
            )
            if verdict.problem:
                errors.append(f"url: {verdict.problem}")
        if not resource.url:
            errors.append("url: a grant is for the URL's host, and there is no URL")
        if errors:
            return Invalid.of(errors)

        async def run(approval: Approval) -> str:
            try:
                async with self.approver.database.pool().acquire() as conn, conn.transaction():
                    saved = await save_resource(conn, resource, grant_by=acting.actor, resolver=self.resolver)
                    await record_audit(conn, acting.actor, RESOURCE_SAVED, resource.name, detail={"id": saved})
                    await self._grant(conn, acting, approval, replace(resource, id=saved))
            except WorkflowError as exc:
                return "Not saved: " + "; ".join(exc.errors)
            return f"Resource {resource.name} saved, allowed to reach {url_host(resource.url)} on a private address."

        description = f"Save resource {resource.name} allowed to reach private address {url_host(resource.url)}"
        return approved(await self.approver(acting, "resource.allow_private", description, run))

    async def grant(self, acting: Acting, key: int | str) -> Guarded:
        found = await self.find(key)
        if isinstance(found, Invalid):
            return found
        host = url_host(found.url)
        if not host:
            return Invalid.of(f"resource {found.name} has no URL, so there is no host to grant")

        async def run(approval: Approval) -> str:
            async with self.approver.database.pool().acquire() as conn, conn.transaction():
                try:
                    granted = await set_private_grant(conn, found.id or 0, True, acting.actor)
                except WorkflowError as exc:
                    return "Not granted: " + "; ".join(exc.errors)
                await self._grant(conn, acting, approval, granted)
            return f"Resource {found.name} may reach {host} on a private or loopback address."

        description = f"Let resource {found.name} reach {host} on a private or loopback address"
        return approved(await self.approver(acting, "resource.allow_private", description, run))

    async def revoke(self, acting: Acting, key: int | str) -> Done[None] | Invalid:
        """Narrowing needs no code; it is audited."""
        found = await self.find(key)
        if isinstance(found, Invalid):
            return found
        async with self.approver.database.pool().acquire() as conn, conn.transaction():
            await set_private_grant(conn, found.id or 0, False, acting.actor)
            await record_audit(conn, acting.actor, RESOURCE_PRIVATE_REVOKED, f"resource:{found.id}")
        return Done(f"Resource {found.name} may no longer reach a private address.", None)

    async def set_credential(
        self, acting: Acting, resource_id: int, value: str, *, kind: str = "bearer", header: str = ""
    ) -> Guarded:
        """Store (``value``) or clear ("") an api resource's credential:
        encrypted, bound to the URL's host, never shown again."""
        found = await self.find(resource_id)
        if isinstance(found, Invalid):
            return found
        problems = credential_problems(found, value, kind, header)
        if problems:
            return Invalid.of(problems)

        async def run(approval: Approval) -> str:
            try:
                async with self.approver.database.pool().acquire() as conn, conn.transaction():
                    await set_credential(conn, self.box, resource_id, value, kind=kind, header=header)
                    detail = {"kind": kind, "host": url_host(found.url), "cleared": not value,
                              "proof": approval.proof.value}  # fmt: skip
                    await record_audit(conn, acting.actor, RESOURCE_CREDENTIAL_SET, f"resource:{resource_id}",
                                       detail=detail)  # fmt: skip
            except WorkflowError as exc:
                return "Not saved: " + "; ".join(exc.errors)
            if not value:
                return f"The credential of {found.name} was removed."
            return f"The credential of {found.name} is stored, encrypted, for {url_host(found.url)} only."

        verb = "Set" if value else "Clear"
        return approved(
            await self.approver(acting, "resource.credential", f"{verb} the credential of {found.name}", run)
        )

    async def discover(
        self, acting: Acting, resource_id: int, spec_url: str | None = None
    ) -> Done[Discovered] | Invalid:
        """Fetch the spec once through the egress guard and store what it says."""
        async with self.approver.database.pool().acquire() as conn:
            resource = await get_resource(conn, resource_id)
            secret = await resource_secret(conn, self.box, resource_id) if resource else None
        if resource is None:
            return Invalid.of(f"there is no resource {resource_id}")
        if isinstance(secret, SecretUnavailable):
            return Invalid.of(f"its credential cannot be read: {secret.message}")
        found = await discover(resource, secret, (spec_url or "").strip() or None, resolver=self.resolver)
        if isinstance(found, str):
            return Invalid.of(found)
        async with self.approver.database.pool().acquire() as conn, conn.transaction():
            await record_discovery(conn, resource_id, found.base_url, found.operations)
            detail = {"spec": found.spec_url, "operations": len(found.operations)}
            await record_audit(conn, acting.actor, RESOURCE_DISCOVERED, f"resource:{resource_id}", detail=detail)
        return Done(
            f"Found {len(found.operations)} operations at {found.base_url}: {operations_summary(found.operations)}",
            found,
        )

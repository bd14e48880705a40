"""The connection operations, written once for the Connections page and
the command line, and the check a ``sql_query`` step passes when saved.

``ConnectionOperations``: save (the description checked, the host through
the address rules, then tested: connect and ``SELECT 1``), delete, test,
list. A save that sets, replaces or removes the password, gives the
allow-private grant, or sends a held password to another host goes
through the one ``Approver`` as ``db_connection.secret`` (a TOTP code on
the web while two-factor is on, the host's word on the command line),
audited with its proof; the password itself is encrypted at once, never
logged, audited or shown. ``SqlStepCheck``: what the workflow operations
ask of every ``sql_query`` step they save."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from alexclaw.connections._dial import Resolver, vet_host
from alexclaw.connections._model import DbConnection, check_connection, connection_guarded_reasons
from alexclaw.connections._query import check_query, probe_connection
from alexclaw.connections._store import (
    ConnectionTaken,
    connection_secret,
    delete_connection,
    get_connection,
    list_connections,
    record_test,
    write_connection,
)
from alexclaw.inputs import character_problem
from alexclaw.secret_store import SecretStore, SecretUnavailable, as_store
from alexclaw.security import (
    DB_CONNECTION_DELETED,
    DB_CONNECTION_SAVED,
    DB_CONNECTION_TESTED,
    Acting,
    Approval,
    Approver,
    ChallengeView,
    Done,
    Invalid,
    NotAllowed,
    Pools,
    SecretBox,
    no_approval,
    record_audit,
    resolve_async,
)

GUARDED_ACTION: Final = "db_connection.secret"
PASSWORD_MAX: Final = 1000
DEFAULT_TIMEOUT_MS: Final = 5000
SQL_SKILL: Final = "sql_query"

Answer = Done[int] | Invalid | ChallengeView | NotAllowed


@dataclass(frozen=True, slots=True)
class PasswordChange:
    """An empty field keeps the stored password; ``value`` replaces it (in
    clear only until it is encrypted); ``clear`` removes it."""

    value: str = ""
    clear: bool = False


KEEP_PASSWORD: Final = PasswordChange()


def password_problem(value: str) -> str | None:
    if len(value) > PASSWORD_MAX:
        return f"password: at most {PASSWORD_MAX} characters"
    if character_problem(value, multiline=False) is not None:
        return "password: one line without control characters"
    return None


@dataclass(frozen=True, slots=True)
class ConnectionOperations:
    approver: Approver
    box: SecretBox | SecretStore  # where the password is sealed: Vault when VAULT_ADDR is set
    resolver: Resolver = resolve_async

    async def list(self) -> list[DbConnection]:
        async with self.approver.database.pool().acquire() as conn:
            return await list_connections(conn)

    async def find(self, key: int | str) -> DbConnection | Invalid:
        async with self.approver.database.pool().acquire() as conn:
            found = await get_connection(conn, key)
        return found if found is not None else Invalid.of(f"there is no connection {key!r}")

    async def save(
        self,
        acting: Acting,
        draft: DbConnection,
        password: PasswordChange = KEEP_PASSWORD,
        *,
        allow_private: bool = False,
    ) -> Answer:
        """Create (``draft.id`` None) or change a connection, then test it.
        The host must pass the address rules (with the grant when asked
        for) before anything is written or a code is asked for."""
        draft = replace(draft, name=draft.name.strip(), host=draft.host.strip())
        errors = check_connection(draft)
        if password.value and (problem := password_problem(password.value)):
            errors.append(problem)
        before = None
        if draft.id is not None:
            found = await self.find(draft.id)
            if isinstance(found, Invalid):
                return found
            before = found
        if errors:
            return Invalid.of(errors)
        vetted = await vet_host(draft.host_key, draft.port, granted=allow_private, resolver=self.resolver)
        if vetted.problem is not None:
            return Invalid.of(f"host: {vetted.problem}")
        # A grant is kept only for a host that needs it: a public one drops it.
        grant = allow_private and vetted.private
        reasons = connection_guarded_reasons(before, draft, new_password=bool(password.value), clear=password.clear,
                                  wants_grant=grant)  # fmt: skip
        made: list[int] = []

        async def run(approval: Approval) -> str:
            # Sealed once approved: with Vault, nothing is written there for a refused change.
            cipher = (
                await as_store(self.box).seal(f"connections/{draft.name}", password.value)
                if password.value
                else ("" if password.clear else None)
            )
            if isinstance(cipher, SecretUnavailable):
                return f"Connection {draft.name} not saved: {cipher.message}"
            try:
                async with self.approver.database.pool().acquire() as conn, conn.transaction():
                    saved = await write_connection(conn, draft, password_cipher=cipher, grant=grant,
                                                   actor=acting.actor)  # fmt: skip
                    detail: dict[str, Any] = {"id": saved, "host": draft.host_key, "port": draft.port,
                                              "tls": draft.tls, "private": grant}  # fmt: skip
                    if reasons:
                        detail |= {"changes": list(reasons), "proof": approval.proof.value}
                    await record_audit(conn, acting.actor, DB_CONNECTION_SAVED, draft.name, detail=detail)
            except (ConnectionTaken, LookupError) as exc:
                return f"Connection {draft.name} not saved: {exc}"
            made.append(saved)
            problem = await self._probe(acting, saved)
            if problem is None:
                return f"Connection {draft.name} saved; it answers."
            return f"Connection {draft.name} saved, but the test failed: {problem}"

        if not reasons:
            message = await run(no_approval(acting.actor, acting.entry))
        else:
            description = f"Save database connection {draft.name}: it {'; it '.join(reasons)}"
            outcome = await self.approver(acting, GUARDED_ACTION, description, run)
            if isinstance(outcome, ChallengeView | NotAllowed):
                return outcome
            message = outcome.value
        if not made:
            return Invalid.of(message)
        return Done(message, made[0])

    async def delete(self, acting: Acting, key: int | str) -> Done[None] | Invalid:
        found = await self.find(key)
        if isinstance(found, Invalid):
            return found
        async with self.approver.database.pool().acquire() as conn, conn.transaction():
            await delete_connection(conn, found.id or 0)
            await record_audit(conn, acting.actor, DB_CONNECTION_DELETED, found.name, detail={"id": found.id})
        return Done(f"Connection {found.name} deleted.", None)

    async def test(self, acting: Acting, key: int | str) -> Done[str | None] | Invalid:
        """Connect and ``SELECT 1``: the answer's value is the server's
        error (None: it answered)."""
        found = await self.find(key)
        if isinstance(found, Invalid):
            return found
        problem = await self._probe(acting, found.id or 0)
        if problem is None:
            return Done(f"Connection {found.name} answers.", None)
        return Done(f"Connection {found.name} does not answer: {problem}", problem)

    async def _probe(self, acting: Acting, connection_id: int) -> str | None:
        async with self.approver.database.pool().acquire() as conn:
            found = await get_connection(conn, connection_id)
            password = await connection_secret(conn, self.box, connection_id)
        if found is None:
            return f"there is no connection {connection_id}"
        if isinstance(password, SecretUnavailable):
            problem: str | None = f"the password cannot be read: {password.message}"
        else:
            problem = await probe_connection(found, password, resolver=self.resolver)
        async with self.approver.database.pool().acquire() as conn, conn.transaction():
            await record_test(conn, connection_id, problem)
            await record_audit(conn, acting.actor, DB_CONNECTION_TESTED, found.name,
                               outcome="ok" if problem is None else "failed", detail={"id": connection_id})  # fmt: skip
        return problem


@dataclass(frozen=True, slots=True)
class SqlTarget:
    """A connection and its password, for one use and then forgotten."""

    connection: DbConnection
    password: str


async def sql_target(pools: Pools, box: SecretBox | SecretStore, name: str) -> SqlTarget | SecretUnavailable | None:
    """The connection and its password; None: no such connection."""
    async with pools.pool().acquire() as conn:
        found = await get_connection(conn, name)
        if found is None:
            return None
        password = await connection_secret(conn, box, found.id or 0)
    return password if isinstance(password, SecretUnavailable) else SqlTarget(found, password)


def step_timeout_ms(config: Mapping[str, Any], maximum: int) -> int | str:
    """A sql_query step's statement timeout: ``timeout_ms`` (default
    5000), at most ``maximum`` (the ``sql.max_timeout_ms`` setting)."""
    value = config.get("timeout_ms", DEFAULT_TIMEOUT_MS)
    if isinstance(value, bool) or not isinstance(value, int) or value < 100:
        return "config.timeout_ms: a whole number of milliseconds, at least 100"
    return min(value, maximum)


def step_params(config: Mapping[str, Any]) -> Sequence[Any] | str:
    """A step's params as a list: a JSON list, or its text (what the step
    editor's field holds); the skill reads them the same way."""
    params = config.get("params", [])
    if params is None or params == "":
        return []
    if isinstance(params, str):
        try:
            params = json.loads(params)
        except ValueError:
            return 'config.params: a JSON list of values ($1, $2, …), e.g. [42, "text"]'
    if not isinstance(params, list) or not all(p is None or isinstance(p, str | int | float | bool) for p in params):
        return "config.params: a list of values ($1, $2, …): text, numbers, true/false or null"
    return params


@dataclass(frozen=True, slots=True)
class SqlStepCheck:
    """What a ``sql_query`` step must pass to be saved: its connection
    exists, and its query, tried read-only on that database, neither fails
    nor writes. ``max_timeout_ms`` reads the setting in force."""

    pools: Pools
    box: SecretBox | SecretStore
    max_timeout_ms: Callable[[], int]
    resolver: Resolver = resolve_async

    async def __call__(self, skill: str, config: Mapping[str, Any]) -> str | None:
        if skill != SQL_SKILL:
            return None
        name, query = config.get("connection"), config.get("query")
        if not isinstance(name, str) or not name.strip():
            return "config.connection: the name of a connection (the Connections page)"
        if not isinstance(query, str) or not query.strip():
            return "config.query: the SQL to run (one SELECT)"
        params = step_params(config)
        timeout = step_timeout_ms(config, self.max_timeout_ms())
        if isinstance(params, str):
            return params
        if isinstance(timeout, str):
            return timeout
        target = await sql_target(self.pools, self.box, name.strip())
        if target is None:
            return f"config.connection: there is no connection named {name.strip()!r}"
        if isinstance(target, SecretUnavailable):
            return f"config.connection: its password cannot be read: {target.message}"
        problem = await check_query(target.connection, target.password, query, params, timeout,
                                    resolver=self.resolver)  # fmt: skip
        return None if problem is None else f"config.query: {problem}"

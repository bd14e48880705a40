"""Resources that work: a URL is checked with the egress guard's address
rules when it is saved (every address class, every way in: the operations
the page and the command line call, and an import), a private address needs
the allow-private grant (approved, audited, for its host only, never
imported), an api resource's credential is stored encrypted and bound to
its host, a feed's last fetch is recorded, and ``resources_read`` gives a
skill its workflow's resources without a credential."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Sequence
from typing import Any

import asyncpg
import pytest

from alexclaw.security import (
    RESOURCE_CREDENTIAL_SET,
    RESOURCE_PRIVATE_GRANTED,
    RESOURCE_PRIVATE_REVOKED,
    Acting,
    Approver,
    Challenges,
    ChallengeView,
    Done,
    Invalid,
    NotAllowed,
    SecretBox,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.wiring import ResourcesBackend
from alexclaw.workflows import (
    Resource,
    ResourceAccess,
    ResourceOperations,
    ResourceSecret,
    Workflow,
    WorkflowError,
    _resource_rules,
    attach_resource,
    export_document,
    get_resource,
    import_document,
    list_resources,
    record_feed_fetch,
    resource_json,
    resource_secret,
    save_workflow,
    workflow_resources,
)

WEB = Acting.web("192.0.2.7")
CLI = Acting.cli("alex")
CHAT = Acting.chat("telegram:42", "telegram")
BOX = SecretBox("resource-test-key-" + "r" * 40)
TOKEN = "resource-bearer-" + "s" * 30

# Every class of address the guard refuses, in the spellings it knows:
# (what, URL, what the refusal says).
REFUSED = [
    ("cloud metadata", "http://169.254.169.254/latest/meta-data/", "169.254.169.254 is cloud metadata endpoint: never"),
    ("metadata over IPv6", "https://[fd00:ec2::254]/", "fd00:ec2::254 is cloud metadata endpoint: never"),
    ("metadata in an IPv4-mapped IPv6", "https://[::ffff:169.254.169.254]/", "embedding 169.254.169.254"),
    ("link-local", "https://169.254.10.1/feed", "169.254.10.1 is link-local (cloud metadata lives here): never"),
    ("IPv6 link-local", "https://[fe80::1]/feed", "fe80::1 is link-local: never"),
    ("carrier-grade NAT", "https://100.64.0.9/rss", "100.64.0.9 is carrier-grade NAT: never"),
    ("loopback", "https://127.0.0.1/feed", "127.0.0.1 is loopback; a resource on a private or loopback address"),
    ("loopback as one number", "https://2130706433/feed", "127.0.0.1 is loopback; a resource"),
    ("loopback in hex", "https://0x7f.1/feed", "127.0.0.1 is loopback; a resource"),
    ("IPv6 loopback", "https://[::1]/feed", "::1 is loopback; a resource"),
    ("RFC 1918 (10/8)", "https://10.1.2.3/feed", "10.1.2.3 is private; a resource"),
    ("RFC 1918 (192.168/16)", "https://192.168.1.20/rss", "192.168.1.20 is private; a resource"),
    ("IPv6 unique local", "https://[fd12::5]/", "fd12::5 is unique local; a resource"),
    ("a name resolving to loopback", "https://localhost/feed", "localhost resolves to"),
    ("userinfo", "https://user:pw@news.example.org/rss", "credentials in the URL (userinfo) are not allowed"),
    ("plain http to a public name", "http://news.example.org/rss", "must be https"),
]


async def lan(host: str, port: int) -> Sequence[str]:
    """A resolver that answers with a LAN address for ``*.lan`` and nothing else."""
    if host.endswith(".lan"):
        return ["192.168.7.7"]
    raise OSError("no such name")


def access(database: DatabaseHandle, *, two_factor: bool = False) -> ResourceAccess:
    return ResourceAccess(Approver(Challenges(), database, lambda: two_factor), BOX, resolver=lan)


async def audit(database: DatabaseHandle, action: str) -> list[asyncpg.Record]:
    async with database.pool().acquire() as conn:
        return list(
            await conn.fetch(
                "SELECT actor, target, detail::text AS detail FROM audit_log WHERE action = $1 ORDER BY id", action
            )
        )


async def stored(database: DatabaseHandle, resource_id: int) -> Resource:
    async with database.pool().acquire() as conn:
        found = await get_resource(conn, resource_id)
    assert found is not None
    return found


@pytest.mark.parametrize(("what", "url", "reason"), REFUSED, ids=[r[0] for r in REFUSED])
async def test_a_url_the_egress_guard_refuses_is_refused_when_saved_with_the_reason(
    database: DatabaseHandle, what: str, url: str, reason: str
) -> None:
    saved = await ResourceOperations(database).save(WEB, Resource(None, "Feed", "rss_feed", url))
    assert isinstance(saved, Invalid), what
    assert saved.errors[0].startswith("url: ") and reason in saved.errors[0], saved.errors
    async with database.pool().acquire() as conn:
        assert await list_resources(conn) == []


async def test_a_name_that_resolves_to_a_lan_address_is_refused_when_saved(database: DatabaseHandle) -> None:
    saved = await ResourceOperations(database, resolver=lan).save(
        WEB, Resource(None, "NAS", "website", "https://nas.lan/status")
    )
    assert isinstance(saved, Invalid)
    assert "nas.lan resolves to 192.168.7.7, which is private; a resource on a private" in saved.errors[0]


async def test_a_public_url_and_a_name_that_does_not_resolve_now_are_saved(database: DatabaseHandle) -> None:
    operations = ResourceOperations(database, resolver=lan)
    for url in ("https://93.184.215.14/feed.xml", "https://news.example.org/rss"):
        assert isinstance(await operations.save(WEB, Resource(None, url, "rss_feed", url)), Done)


@pytest.mark.parametrize(("what", "url", "reason"), REFUSED[:6], ids=[r[0] for r in REFUSED[:6]])
async def test_an_import_is_refused_for_a_resource_the_guard_refuses_and_writes_nothing(
    database: DatabaseHandle, what: str, url: str, reason: str
) -> None:
    document = export_document(Workflow(None, "Digest"), [Resource(None, "Feed", "rss_feed", "https://x.example/")])
    document["resources"][0]["url"] = url
    async with database.pool().acquire() as conn:
        with pytest.raises(WorkflowError) as refused:
            await import_document(conn, document)
        assert reason in str(refused.value), what
        assert await conn.fetchval("SELECT count(*) FROM workflows") == 0


async def test_the_grant_lets_a_private_resource_be_saved_for_its_host_only_and_is_audited(
    database: DatabaseHandle,
) -> None:
    granted = await access(database).save_granted(WEB, Resource(None, "LAN feed", "rss_feed", "http://10.0.0.8/rss"))
    assert isinstance(granted, Done), granted
    [row] = await audit(database, RESOURCE_PRIVATE_GRANTED)
    resource_id = int(row["target"].split(":")[1])
    assert row["actor"] == WEB.actor and json.loads(row["detail"]) == {"host": "10.0.0.8", "proof": "2fa_off",
                                                                        "entry": "web"}  # fmt: skip
    feed = await stored(database, resource_id)
    assert feed.state is not None and feed.state.allow_private and feed.state.granted_host == "10.0.0.8"
    operations = ResourceOperations(database)
    kept = await operations.save(WEB, Resource(resource_id, "LAN feed", "rss_feed", "http://10.0.0.8/atom"))
    assert isinstance(kept, Done) and "removed" not in kept.message  # same host: the grant holds
    moved = await operations.save(WEB, Resource(resource_id, "LAN feed", "rss_feed", "http://10.0.0.9/rss"))
    assert isinstance(moved, Invalid) and "10.0.0.9 is private; a resource" in moved.errors[0]
    public = await operations.save(WEB, Resource(resource_id, "LAN feed", "rss_feed", "https://news.example.org/"))
    assert isinstance(public, Done) and "allow-private grant belonged to the old host" in public.message
    assert (await stored(database, resource_id)).state.allow_private is False  # type: ignore[union-attr]


async def test_no_grant_reaches_metadata_link_local_or_cgnat(database: DatabaseHandle) -> None:
    for url in ("http://169.254.169.254/", "https://[fe80::1]/", "https://100.64.0.1/", "https://[::ffff:127.0.0.1]/"):
        refused = await access(database).save_granted(WEB, Resource(None, "X", "website", url))
        assert isinstance(refused, Invalid) and "never reachable" in refused.errors[0], url
    assert await audit(database, RESOURCE_PRIVATE_GRANTED) == []


async def test_the_grant_waits_for_a_code_while_two_factor_is_on_and_is_refused_from_the_chat(
    database: DatabaseHandle,
) -> None:
    saved = await ResourceOperations(database).save(WEB, Resource(None, "Docs", "website", "https://docs.example.org"))
    assert isinstance(saved, Done)
    refused = await access(database, two_factor=True).grant(CHAT, saved.value)
    assert isinstance(refused, NotAllowed)
    assert await audit(database, "privileged.refused")
    assert (await stored(database, saved.value)).state.allow_private is False  # type: ignore[union-attr]


async def test_the_host_grants_and_revokes_on_the_command_line_audited_with_its_proof(
    database: DatabaseHandle,
) -> None:
    saved = await ResourceOperations(database).save(WEB, Resource(None, "Docs", "website", "https://docs.example.org"))
    assert isinstance(saved, Done)
    granted = await access(database, two_factor=True).grant(CLI, "Docs")
    assert isinstance(granted, Done) and "docs.example.org" in granted.message
    [row] = await audit(database, RESOURCE_PRIVATE_GRANTED)
    assert json.loads(row["detail"])["proof"] == "host" and row["actor"] == "cli:alex"
    assert isinstance(await access(database).revoke(CLI, saved.value), Done)
    assert len(await audit(database, RESOURCE_PRIVATE_REVOKED)) == 1
    assert (await stored(database, saved.value)).state.allow_private is False  # type: ignore[union-attr]


async def test_an_import_never_brings_a_grant_or_a_credential(database: DatabaseHandle) -> None:
    document = export_document(Workflow(None, "Digest"), [Resource(None, "API", "api", "https://api.example.org/")])
    document["resources"][0] |= {
        "allow_private": True, "granted_host": "api.example.org", "credential": BOX.encrypt(TOKEN),
        "credential_host": "api.example.org", "state": {"allow_private": True, "has_credential": True},
    }  # fmt: skip
    async with database.pool().acquire() as conn:
        imported = await import_document(conn, document)
        assert imported.id is not None
        [api] = await workflow_resources(conn, imported.id)
        assert api.state is not None and not api.state.allow_private and not api.state.has_credential
        assert await conn.fetchval("SELECT credential FROM resources") == ""
    private = export_document(Workflow(None, "LAN"), [Resource(None, "NAS", "rss_feed", "http://192.168.1.4/")])
    private["resources"][0]["allow_private"] = True
    async with database.pool().acquire() as conn:
        with pytest.raises(WorkflowError, match=re.escape("192.168.1.4 is private; a resource on a private")):
            await import_document(conn, private)


async def test_a_credential_is_stored_encrypted_never_shown_and_bound_to_its_host(database: DatabaseHandle) -> None:
    saved = await ResourceOperations(database).save(WEB, Resource(None, "Pets", "api", "https://pets.example.org/v1"))
    assert isinstance(saved, Done)
    stored_now = await access(database).set_credential(WEB, saved.value, TOKEN)
    assert isinstance(stored_now, Done) and TOKEN not in stored_now.message
    async with database.pool().acquire() as conn:
        cipher = await conn.fetchval("SELECT credential FROM resources WHERE id = $1", saved.value)
        assert cipher.startswith("enc:") and TOKEN not in cipher
        secret = await resource_secret(conn, BOX, saved.value)
        assert isinstance(secret, ResourceSecret) and secret.value == TOKEN and secret.host == "pets.example.org"
        assert TOKEN not in repr(secret)
        [pets] = await list_resources(conn)
        shown = json.dumps(resource_json(pets))
        assert TOKEN not in shown and '"has_credential": true' in shown
        everything = await conn.fetchval("SELECT string_agg(detail::text || target, ' ') FROM audit_log")
        assert TOKEN not in everything
    [row] = await audit(database, RESOURCE_CREDENTIAL_SET)
    assert json.loads(row["detail"]) == {"kind": "bearer", "host": "pets.example.org", "cleared": False,
                                         "proof": "2fa_off"}  # fmt: skip
    moved = await ResourceOperations(database).save(WEB, Resource(saved.value, "Pets", "api", "https://elsewhere.org"))
    assert isinstance(moved, Done) and "credential belonged to the old host" in moved.message
    async with database.pool().acquire() as conn:
        assert await resource_secret(conn, BOX, saved.value) is None


async def test_a_credential_is_refused_on_a_resource_that_is_not_an_api_or_without_a_header_name(
    database: DatabaseHandle,
) -> None:
    operations = ResourceOperations(database)
    feed = await operations.save(WEB, Resource(None, "Feed", "rss_feed", "https://news.example.org/rss"))
    api = await operations.save(WEB, Resource(None, "Pets", "api", "https://pets.example.org"))
    assert isinstance(feed, Done) and isinstance(api, Done)
    on_feed = await access(database).set_credential(WEB, feed.value, TOKEN)
    assert isinstance(on_feed, Invalid) and "only an api resource" in on_feed.errors[0]
    headless = await access(database).set_credential(WEB, api.value, TOKEN, kind="header", header="")
    assert isinstance(headless, Invalid) and "header name" in headless.errors[0]
    assert await audit(database, RESOURCE_CREDENTIAL_SET) == []


async def test_a_credential_change_waits_for_a_code_while_two_factor_is_on(database: DatabaseHandle) -> None:
    api = await ResourceOperations(database).save(WEB, Resource(None, "Pets", "api", "https://pets.example.org"))
    assert isinstance(api, Done)
    parked: list[Any] = []

    class Parking(Challenges):
        async def create(self, action: str, description: str, run: Any, *, actor: str, origin: str) -> Any:
            parked.append((action, description))
            return ChallengeView("c1", action, description, origin, 0.0, 3)

    approver = Approver(Parking(), database, lambda: True)
    waiting = await ResourceAccess(approver, BOX).set_credential(WEB, api.value, TOKEN)
    assert isinstance(waiting, ChallengeView) and parked == [("resource.credential", "Set the credential of Pets")]
    async with database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT credential FROM resources") == ""


async def test_a_feed_fetch_is_recorded_with_its_count_or_its_reason(database: DatabaseHandle) -> None:
    saved = await ResourceOperations(database).save(WEB, Resource(None, "Feed", "rss_feed", "https://n.example/rss"))
    assert isinstance(saved, Done)
    async with database.pool().acquire() as conn:
        await record_feed_fetch(conn, saved.value, 12, None)
        feed = await get_resource(conn, saved.value)
        assert feed is not None and feed.state is not None
        assert feed.state.last_fetch_items == 12 and feed.state.last_fetch_error is None and feed.state.last_fetch_at
        await record_feed_fetch(conn, saved.value, None, "malformed\nfeed: " + "x" * 900)
        feed = await get_resource(conn, saved.value)
        assert feed is not None and feed.state is not None
        assert feed.state.last_fetch_error is not None and feed.state.last_fetch_error.startswith("malformed feed: ")
        assert len(feed.state.last_fetch_error) == 500 and feed.state.last_fetch_items is None


async def test_resources_read_gives_the_runs_workflow_its_enabled_resources_without_credentials(
    database: DatabaseHandle,
) -> None:
    operations = ResourceOperations(database)
    ids = []
    for resource in (
        Resource(None, "News", "rss_feed", "https://news.example.org/rss"),
        Resource(None, "Pets", "api", "https://pets.example.org"),
        Resource(None, "Off", "rss_feed", "https://off.example.org/rss", enabled=False),
        Resource(None, "Other", "rss_feed", "https://other.example.org/rss"),
    ):
        saved = await operations.save(WEB, resource)
        assert isinstance(saved, Done)
        ids.append(saved.value)
    assert isinstance(await access(database).set_credential(WEB, ids[1], TOKEN), Done)
    async with database.pool().acquire() as conn:
        workflow_id = await save_workflow(conn, Workflow(None, "Digest"))
        for resource_id in ids[:3]:
            await attach_resource(conn, workflow_id, resource_id)
        run_id = await conn.fetchval(
            "INSERT INTO workflow_runs (workflow_id, workflow_name, status, node) "
            "VALUES ($1, 'Digest', 'running', 'n') RETURNING id",
            workflow_id,
        )
    backend = ResourcesBackend(database)
    read = await backend.read(str(run_id), None, None, False)
    assert [r["name"] for r in read] == ["News", "Pets"]
    assert TOKEN not in json.dumps(read) and read[1]["has_credential"] is True
    assert [r["name"] for r in await backend.read(str(run_id), None, "rss_feed", False)] == ["News"]
    assert [r["name"] for r in await backend.read(str(run_id), "Pets", None, False)] == ["Pets"]
    assert await backend.read(None, None, None, False) == []  # outside a run: no workflow to read
    assert await backend.read("999999", None, None, False) == []
    assert [r["name"] for r in await backend.read(None, None, "rss_feed", True)] == ["News", "Other"]


async def test_a_skill_records_what_its_read_of_a_feed_found_through_the_backend(database: DatabaseHandle) -> None:
    saved = await ResourceOperations(database).save(WEB, Resource(None, "Feed", "rss_feed", "https://n.example/rss"))
    assert isinstance(saved, Done)
    backend = ResourcesBackend(database)
    await backend.record_fetch(saved.value, 7, None)
    feed = await stored(database, saved.value)
    assert feed.state is not None and feed.state.last_fetch_items == 7
    for bad_id, items in ((True, 1), (-1, 1), (saved.value, -3), (saved.value, True)):
        with pytest.raises(ValueError, match=r"resource_id|items"):
            await backend.record_fetch(bad_id, items, None)


async def test_a_resolver_that_never_answers_does_not_hold_a_save(
    database: DatabaseHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def silent(host: str, port: int) -> Sequence[str]:
        await asyncio.Event().wait()  # never set: the resolver never answers
        raise AssertionError("unreachable")

    monkeypatch.setattr(_resource_rules, "RESOLVE_SECONDS", 0.01)
    saved = await ResourceOperations(database, resolver=silent).save(
        WEB, Resource(None, "Slow", "rss_feed", "https://slow.example.org/rss")
    )
    assert isinstance(saved, Done)  # unknown now: the guard judges the name on every request

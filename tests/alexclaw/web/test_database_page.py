"""The Database page on a running node: tables with sizes and rows, Back
up now, a download only of a listed backup (never a path), and a restore
that waits for a 2FA code, stops the node's parts around the restore and
brings back a dropped table; a foreign upload refused before any code."""

from __future__ import annotations

import gzip
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from alexclaw import Node
from supervisors import which_children
from tests.alexclaw.web.conftest import HTML, login
from tests.alexclaw.web.test_pages import enable_totp, post, text_of
from tests.alexclaw.web.test_privileged_pages import answer


@pytest.fixture
def volume() -> Iterator[Path]:
    """A backup dir on a mounted filesystem (the node runs the real check)."""
    path = Path(tempfile.mkdtemp(prefix="alexclaw-backup-page-", dir="/dev/shm"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


async def back_up(client: Any, node: Node, volume: Path) -> str:
    await node.state.config.set("backup.dir", str(volume), actor="test")
    made = await post(client, "/database/backup", {}, "/database")
    assert made.status_code == 302
    names = [f.name for f in node.state.backups.backups()]
    assert len(names) == 1
    return names[0]


async def test_the_page_lists_tables_and_says_when_backups_are_not_configured(client: Any, node: Node) -> None:
    await login(client)
    page = await text_of(client, "/database")
    assert 'data-table="settings"' in page and 'data-table="audit_log"' in page
    assert "backups are not configured" in page


async def test_back_up_now_lists_the_file_and_only_listed_names_download(client: Any, node: Node, volume: Path) -> None:
    await login(client)
    name = await back_up(client, node, volume)
    page = await text_of(client, "/database")
    assert f'data-name="{name}"' in page
    downloaded = await client.get(f"/database/backups/{name}", headers=HTML)
    assert downloaded.status_code == 200
    assert gzip.decompress(await downloaded.get_data()).startswith(b"-- alexclaw-backup ")
    (volume / "secret.txt").write_text("not a backup")
    for wrong in ("secret.txt", "..%2Fsecret.txt", "%2Fetc%2Fpasswd", name + ".partial", "alexclaw-1.sql.gz"):
        assert (await client.get(f"/database/backups/{wrong}", headers=HTML)).status_code == 404
    assert (await post(client, "/database/restore", {"name": "../" + name}, "/database")).status_code == 404


async def test_a_restore_waits_for_a_code_then_brings_a_dropped_table_back_and_restarts_the_parts(
    client: Any, node: Node, volume: Path
) -> None:
    await login(client)
    name = await back_up(client, node, volume)
    totp = await enable_totp(client)  # after: backup.dir is a control, 2FA-guarded once 2FA is on
    async with node.state.database.pool().acquire() as conn:
        workflows = await conn.fetchval("SELECT count(*) FROM workflows")
        await conn.execute("DROP TABLE workflows CASCADE")
    parked = await post(client, "/database/restore", {"name": name}, "/database")
    assert parked.headers["Location"].startswith("/challenge/")
    restarted_before = {c.id: c.restarts for c in which_children(node.state.root)}  # type: ignore[arg-type]
    status_before = {c.id: c.status for c in which_children(node.state.root)}  # type: ignore[arg-type]

    await answer(client, parked, totp)

    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflows") == workflows
        outcome = await conn.fetchval(
            "SELECT outcome FROM audit_log WHERE action = 'database.restore' ORDER BY id DESC LIMIT 1"
        )
    assert outcome == "ok"
    children = {c.id: c for c in which_children(node.state.root)}  # type: ignore[arg-type]
    # Every part stopped for the restore runs again; what was off (ignored) stays off.
    assert {c.id: c.status for c in children.values()} == status_before
    assert all(status in {"running", "ignored"} for status in status_before.values())
    assert children["storage"].restarts == restarted_before["storage"]  # the pool stayed up
    assert (await text_of(client, "/database")).count('data-name="') == 1


async def test_a_foreign_upload_is_refused_before_any_code_is_asked(client: Any, node: Node, volume: Path) -> None:
    await login(client)
    await node.state.config.set("backup.dir", str(volume), actor="test")
    await enable_totp(client)
    token_page = await text_of(client, "/database")
    token = token_page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    sent = await client.post(
        "/database/upload",
        form={"csrf_token": token},
        files={"file": _upload(b"-- not ours\nDROP TABLE settings;\n")},
        headers=HTML,
    )
    assert sent.status_code == 302 and not sent.headers["Location"].startswith("/challenge/")
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM settings") > 0
        refused = await conn.fetchval(
            "SELECT outcome FROM audit_log WHERE action = 'database.restore' ORDER BY id DESC LIMIT 1"
        )
    assert refused == "refused"
    assert not list(Path(tempfile.gettempdir()).glob("alexclaw-restore-upload-*"))


def _upload(data: bytes) -> Any:
    from io import BytesIO

    from quart.datastructures import FileStorage

    return FileStorage(BytesIO(gzip.compress(data)), filename="../../evil.sql.gz", content_type="application/gzip")


async def test_the_export_downloads_without_a_secret_and_an_import_waits_for_a_code(client: Any, node: Node) -> None:
    token_value = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"
    await node.state.config.set("telegram.bot_token", token_value, actor="test")
    await login(client)
    exported = await client.get("/database/export", headers=HTML)
    text = await exported.get_data(as_text=True)
    assert exported.status_code == 200 and "attachment" in exported.headers["Content-Disposition"]
    assert token_value not in text and "setting:telegram.bot_token" in text
    document = json.loads(text)
    document["workflows"] = [{"version": 1, "workflow": {"name": "From the file"},
                              "steps": [{"position": 1, "name": "say", "skill": "echo", "config": {}}]}]  # fmt: skip
    totp = await enable_totp(client)
    page = await text_of(client, "/database")
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    sent = await client.post(
        "/database/import",
        form={"csrf_token": token},
        files={"file": _file(json.dumps(document).encode(), "export.json")},
        headers=HTML,
    )
    assert sent.headers["Location"].startswith("/challenge/")
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM workflows WHERE name = 'From the file'") == 0
    await answer(client, sent, totp)
    async with node.state.database.pool().acquire() as conn:
        assert await conn.fetchval("SELECT enabled FROM workflows WHERE name = 'From the file'") is False
        actor = await conn.fetchval("SELECT actor FROM audit_log WHERE action = 'data.import'")
    assert actor.startswith("web:admin@")


def _file(data: bytes, name: str) -> Any:
    from io import BytesIO

    from quart.datastructures import FileStorage

    return FileStorage(BytesIO(data), filename=name, content_type="application/json")

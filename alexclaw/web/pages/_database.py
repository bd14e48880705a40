"""Database: each table's size and rows, the backups in ``backup.dir``
(size, age, download), Back up now, Restore (a 2FA code: the privileged
action ``database.restore``) of a listed backup or of an uploaded file (up
to the web's body cap; a bigger one is restored from the list or with
``alexclaw restore``), and the data export and import.

A download or a restore names a backup by its file name only: it must match
the backup naming pattern and be found in ``backup.dir`` — never a path."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from quart import Blueprint, Response, abort, flash, redirect, request, send_file, url_for

from alexclaw.backup import MAX_DATA_BYTES, BackupDone, database_size, find_backup, table_stats
from alexclaw.inputs import InputError, read_json
from alexclaw.web._common import acting, answer
from alexclaw.web._render import render
from alexclaw.web._state import WebState

UPLOAD_PREFIX: Final = "alexclaw-restore-upload-"


def _age(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{int(seconds // size)} {unit}"
    return f"{int(seconds)} s"


def build(state: WebState) -> Blueprint:
    bp = Blueprint("database_pages", __name__)
    back = "database_pages.index"

    @bp.get("/database")
    async def index() -> Any:
        operations = state.backups
        async with state.database.pool().acquire() as conn:
            tables = await table_stats(conn)
            total = await database_size(conn)
        now = datetime.now(UTC)
        backups = [(f, _age(f.age_seconds(now))) for f in operations.backups()]
        return await render(
            "database.html",
            tables=tables,
            total=total,
            backups=backups,
            problem=operations.problem(),
            directory=operations.directory(),
            keep=operations.settings().max_files,
            status=state.backup_status.read(),
        )

    @bp.post("/database/backup")
    async def backup_now() -> Any:
        done = await state.backups.back_up(acting(state))
        await flash(done.message, "success" if isinstance(done, BackupDone) else "error")
        return redirect(url_for(back))

    @bp.get("/database/backups/<name>")
    async def download(name: str) -> Any:
        directory = state.backups.directory()
        found = None if directory is None else find_backup(directory, name)
        if found is None:
            abort(404)
        return await send_file(found.path, mimetype="application/gzip", as_attachment=True,
                               attachment_filename=found.name)  # fmt: skip

    @bp.post("/database/restore")
    async def restore() -> Any:
        name = str((await request.form).get("name", ""))[:200]
        directory = state.backups.directory()
        found = None if directory is None else find_backup(directory, name)
        if found is None:
            abort(404)
        outcome = await state.backups.restore(acting(state), found.path, label=found.name)
        return await answer(state, outcome, url_for(back))

    @bp.post("/database/upload")
    async def upload() -> Any:
        files = await request.files
        sent = files.get("file")
        if sent is None or not sent.filename:
            await flash("Choose a backup file to upload.", "error")
            return redirect(url_for(back))
        # A private temporary file, removed once the restore ran (or was refused).
        fd, name = tempfile.mkstemp(prefix=UPLOAD_PREFIX, suffix=".sql.gz")
        with os.fdopen(fd, "wb") as handle:
            handle.write(sent.read())
        path = Path(name)
        label = "upload:" + "".join(c if c.isalnum() or c in "-_." else "_" for c in str(sent.filename))[:80]
        outcome = await state.backups.restore(
            acting(state), path, label=label, then=lambda: path.unlink(missing_ok=True)
        )
        return await answer(state, outcome, url_for(back))

    @bp.get("/database/export")
    async def export() -> Any:
        document = await state.data.export(acting(state))
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        response = Response(json.dumps(document, indent=2), content_type="application/json")
        response.headers["Content-Disposition"] = f'attachment; filename="alexclaw-data-{stamp}.json"'
        return response

    @bp.post("/database/import")
    async def import_() -> Any:
        files = await request.files
        sent = files.get("file")
        if sent is None or not sent.filename:
            await flash("Choose an export file to import.", "error")
            return redirect(url_for(back))
        try:
            data = read_json(sent.read(), "file", max_bytes=MAX_DATA_BYTES)
        except InputError as exc:
            await flash(f"Refused: {exc}", "error")
            return redirect(url_for(back))
        label = "".join(c if c.isalnum() or c in "-_." else "_" for c in str(sent.filename))[:80]
        return await answer(state, await state.data.import_(acting(state), data, label=label), url_for(back))

    return bp

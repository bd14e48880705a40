"""Static files and file errors: a name the file system refuses is a 404,
and a file's error is never taken for the database being down (found by
the fuzzing suite: one request for /static/<a name longer than a file
name may be> was a 503 that made every other request fail fast)."""

from __future__ import annotations

import errno
from typing import Any

from alexclaw import Node
from alexclaw.web._app import database_outage
from tests.alexclaw.web.conftest import login


async def test_a_static_file_name_too_long_for_the_file_system_is_a_404_and_the_database_stays_available(
    client: Any, node: Node
) -> None:
    for name in ("a" * 300, "\U00010000" * 100, "x/" * 3000, "style.css/" + "b" * 400):
        response = await client.get(f"/static/{name}")
        assert response.status_code == 404, (name[:20], response.status_code)
    assert node.state.database.available
    assert (await login(client)).status_code == 302
    assert (await client.get("/static/app.css")).status_code in (200, 404)


def test_an_os_error_naming_a_file_is_not_a_database_outage_but_a_socket_error_is() -> None:
    assert not database_outage(OSError(errno.ENAMETOOLONG, "File name too long", "/static/" + "a" * 300))
    assert not database_outage(PermissionError(errno.EACCES, "Permission denied", "/data/x"))
    assert not database_outage(FileNotFoundError(errno.ENOENT, "No such file or directory", "/data/y"))
    assert database_outage(ConnectionRefusedError(errno.ECONNREFUSED, "Connect call failed"))
    assert database_outage(FileNotFoundError(errno.ENOENT, "No such file or directory"))  # a missing socket
    assert database_outage(TimeoutError())
    assert not database_outage(ValueError("a bug"))

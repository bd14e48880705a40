"""Bad input refused once for every page, before any route sees it.

- Ids in the URL: every ``<int:…>`` segment is an id or a position of a
  PostgreSQL ``integer`` column (``<bigint:…>`` of a ``bigint`` one); a
  number beyond the column is a 400 that says so, never a 500 from asyncpg.
- Text: no path, query argument or form field of a page may hold a NUL (PostgreSQL
  refuses it), another C0 control character, or a lone surrogate; form
  fields may hold tab and line breaks (text areas), query arguments and
  redirect targets may not. A 400 names the field.
- JSON: ``alexclaw.inputs.read_json`` reads every JSON field; its
  ``InputError`` becomes a 400 here (the app's error handler).
- Redirect targets: ``safe_next`` (in ``_auth``) is the one check.

Machine endpoints (``/v1``, ``/webhooks``, ``/mcp``) read their own bodies
with the same reader and answer in their own formats.
"""

from __future__ import annotations

from typing import Any, Final

from quart import request
from werkzeug.exceptions import BadRequest
from werkzeug.routing import IntegerConverter, Map

from alexclaw.inputs import INT4_MAX, INT8_MAX, character_problem, id_problem
from alexclaw.web._guard import MACHINE_PREFIXES, deny

FORM_TYPES: Final = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})
# Form fields that are one line even in a form: a redirect target (browsers
# drop tabs and line breaks from a URL, so "/\t/evil.com" is "//evil.com").
SINGLE_LINE_FIELDS: Final = frozenset({"next"})


class IdOutOfRange(BadRequest):
    """An id in the URL that no row can have; the description says why."""


class IdConverter(IntegerConverter):
    """``<int:…>``: digits only (so no negative ids), at most INT4_MAX."""

    maximum = INT4_MAX

    def __init__(self, url_map: Map) -> None:
        super().__init__(url_map, signed=False)

    def to_python(self, value: str) -> Any:
        number = super().to_python(value)
        problem = id_problem(number, self.maximum)
        if problem is not None:
            raise IdOutOfRange(f"id {problem}")
        return number


class BigIdConverter(IdConverter):
    """``<bigint:…>``: an id of a ``bigint`` column (runs)."""

    maximum = INT8_MAX


def install_converters(url_map: Map) -> None:
    """Before any route is added: ``int`` is the range-checked one."""
    url_map.converters["int"] = IdConverter
    url_map.converters["bigint"] = BigIdConverter


async def refuse_bad_fields() -> Any:
    """before_request, after the guard: the first query argument or form
    field holding a character no page accepts is a 400 naming it."""
    if request.path.startswith(MACHINE_PREFIXES):
        return None
    # The path too: its string parts (a chat id, a setting key) reach PostgreSQL.
    fields = [("path", request.path, False)]
    fields += [(name, value, False) for name, value in request.args.items(multi=True)]
    if request.method not in {"GET", "HEAD", "OPTIONS"} and request.mimetype in FORM_TYPES:
        form = await request.form
        fields += [(name, value, name not in SINGLE_LINE_FIELDS) for name, value in form.items(multi=True)]
    for name, value, multiline in fields:
        problem = character_problem(name, multiline=False)
        if problem is not None:
            return await deny(400, f"a field name {problem}")
        problem = character_problem(value, multiline=multiline)
        if problem is not None:
            return await deny(400, f"{name}: {problem}")
    return None

"""Page rendering with a synchronous Jinja environment.

Quart renders templates in Jinja's async mode, which turns every template
node into an awaitable: measured here it was ~40 % of a dashboard request.
Our templates need nothing async, so the request's async bits (flashed
messages) are fetched first and the page is rendered synchronously.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from quart import g, get_flashed_messages, request, url_for

from alexclaw.config import shown_value
from alexclaw.web._times import detail_list, when

TEMPLATES = Path(__file__).parent / "templates"

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(["html"]),
    auto_reload=False,
    trim_blocks=False,
)
_env.filters["when"] = when  # every time on every page: the scheduler's zone, named, UTC on hover
_env.filters["details"] = detail_list
_env.globals.update(shown=shown_value, url_for=url_for, now=time.time)


def page_globals(**values: Any) -> None:
    """Values every page shows (node name, version), set once per app."""
    _env.globals.update(values)


async def render(name: str, **context: Any) -> str:
    from alexclaw.web._guard import csrf_token

    flashes = get_flashed_messages(with_categories=True)
    return _env.get_template(name).render(
        request=request,
        g=g,
        csrf_token=csrf_token,
        flashes=flashes,
        **context,
    )

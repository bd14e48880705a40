"""The admin UI's pages: one module per page (a blueprint built from the
node's state), for people in a browser with a session. The routes that
machines call with a key (the shield proxy, GitHub's webhook) live in
``alexclaw.web.machine``."""

from __future__ import annotations

from quart import Blueprint

from alexclaw.web._state import WebState
from alexclaw.web.pages import (
    _audit,
    _authz,
    _chat,
    _cluster,
    _config,
    _connections,
    _dashboard,
    _database,
    _discord,
    _forge,
    _github,
    _google,
    _knowledge,
    _llm,
    _logs,
    _mcp,
    _memory,
    _posture,
    _reasoning,
    _resources,
    _runs,
    _security,
    _services,
    _shield,
    _skill_files,
    _steps,
    _telegram,
    _workflows,
)

_PAGES = (
    _dashboard,
    _chat,
    _reasoning,
    _audit,
    _config,
    _security,
    _shield,
    _authz,
    _skill_files,
    _forge,
    _workflows,
    _steps,
    _runs,
    _resources,
    _telegram,
    _discord,
    _memory,
    _knowledge,
    _github,
    _llm,
    _logs,
    _services,
    _mcp,
    _posture,
    _connections,
    _google,
    _cluster,
    _database,
)


def page_blueprints(state: WebState) -> list[Blueprint]:
    """Every page's blueprint, in the order the app registers them."""
    return [page.build(state) for page in _PAGES]


__all__ = ["page_blueprints"]

"""What the Google skills share: one API call through the SkillAPI's
``google_request`` (the token added by the node), its failure as a reason."""

from __future__ import annotations

from typing import Any

from skills._api import SkillAPI, SkillAPIUnavailable
from skills.ports import GoogleRequest


class GoogleProblem(Exception):
    """An answer that ends the step on its error branch, with the reason."""


async def call_google(api: SkillAPI, request: GoogleRequest) -> Any:
    """The answer's JSON data; ``GoogleProblem`` when there is none."""
    try:
        reply = await api.google_request(request)
    except SkillAPIUnavailable as exc:
        raise GoogleProblem(str(exc)) from None
    if not 200 <= reply.status < 300:
        error = reply.data.get("error") if isinstance(reply.data, dict) else None
        said = error.get("message") if isinstance(error, dict) else None
        raise GoogleProblem(f"Google answered HTTP {reply.status}" + (f": {str(said)[:200]}" if said else ""))
    return reply.data


def text(value: Any, limit: int = 1000) -> str:
    return str(value or "").strip()[:limit]

"""``web_fetch``: one page's main text. GET the step's ``url`` (or the
input), keep the text without script, style, nav, header, footer, noscript
and svg, at most ``max_chars`` (8,000) characters. The page goes through
the egress guard and the sanitizer; a missing page, a timeout and every
other failure (a refusal, a page over the size cap, a redirect to a private
address) are branches with their reason."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Final

from skills._api import SkillAPI, WebFailed
from skills._contract import ON_ERROR, ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.ports import WebReply, WebRequest
from skills.web._common import ANY_HOST, ON_TIMEOUT, bounded, failed, step_url

MAX_CHARS: Final = 8_000
ON_NOT_FOUND: Final = "on_not_found"
# The sanitizer drops script, style, svg and noscript itself; these are the
# page's furniture around its main text.
BOILERPLATE: Final = ("nav", "header", "footer", "noscript", "svg", "aside")


async def page_text(api: SkillAPI, url: str, limit: int) -> tuple[WebReply, str]:
    """The reply and its main text, cut at ``limit`` characters."""
    reply = await api.web_request(WebRequest("GET", url, text="sanitized", drop=BOILERPLATE))
    return reply, reply.text[:limit].rstrip()


class WebFetch:
    name: ClassVar[str] = "web_fetch"
    description: ClassVar[str] = "Fetch a page: its main text (no scripts, menus, headers or footers)"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"web_read"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_SUCCESS: BranchKind.OK,
        ON_NOT_FOUND: BranchKind.ERROR,
        ON_TIMEOUT: BranchKind.ERROR,
        ON_ERROR: BranchKind.ERROR,
    }
    external: ClassVar[bool] = True
    egress: ClassVar[tuple[str, ...]] = ANY_HOST
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("url", "string", "The page ({input} is the input, URL-encoded); empty: the input is the URL"),
        ConfigField(
            "max_chars", "integer", "Keep at most this many characters", MAX_CHARS, minimum=1, maximum=MAX_CHARS
        ),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        url = step_url(args)
        limit = bounded(args.config, "max_chars", MAX_CHARS, 1, MAX_CHARS)
        if not url:
            return SkillOutcome.error("no URL: set the step's url or pass one as the input")
        if limit is None:
            return SkillOutcome.error(f"config.max_chars: a whole number between 1 and {MAX_CHARS}")
        if args.api is None:
            return SkillOutcome.error("web_fetch runs inside a workflow (it needs the SkillAPI)")
        try:
            reply, text = await page_text(args.api, url, limit)
        except WebFailed as exc:
            return failed(exc)
        if reply.status in (404, 410):
            return SkillOutcome.error(f"HTTP {reply.status}: {url} was not found", ON_NOT_FOUND)
        if not 200 <= reply.status < 300:
            return SkillOutcome.error(f"HTTP {reply.status} from {url}")
        if not text and reply.size:
            kind = reply.headers.get("content-type", "")
            if not any(word in kind for word in ("text", "html", "xml", "json")):
                return SkillOutcome.error(f"{url} is not text ({kind})")
        return SkillOutcome(text)

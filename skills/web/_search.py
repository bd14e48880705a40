"""``web_search_fetch``: a web search, then the first ``max_results`` (3)
result pages fetched in parallel, 3,000 characters each, as
``[i] title / URL / text`` blocks separated by ``---``.

The search goes to the DuckDuckGo HTML endpoint (``web.search_url``), or to
the operator's SearXNG (``web.searxng_url``, its JSON API) when set. A
results page whose layout changed is a reason on a branch, never a crash;
a result page that cannot be fetched says why in its block."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Final
from urllib.parse import parse_qs, quote_plus, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from skills._api import SkillAPI, WebFailed
from skills._contract import ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.ports import WebRequest
from skills.web._common import ANY_HOST, ON_TIMEOUT, as_text, bounded, failed
from skills.web._fetch import page_text

ON_RESULTS: Final = "on_results"
ON_NO_RESULTS: Final = "on_no_results"
PAGE_CHARS: Final = 3_000
MAX_RESULTS: Final = 10


@dataclass(frozen=True, slots=True)
class Hit:
    title: str
    url: str


class LayoutChanged(ValueError):
    """The results page is not what the parser knows."""


def _target(href: str, base: str) -> str:
    """A DuckDuckGo result link is a redirect through ``/l/?uddg=<url>``;
    the result is the URL it carries."""
    absolute = urljoin(base, href)
    parts = urlsplit(absolute)
    if parts.path.rstrip("/").endswith("/l"):
        carried = parse_qs(parts.query).get("uddg")
        if carried:
            return carried[0]
    return absolute


def duckduckgo_hits(html: str, base: str) -> list[Hit]:
    """The organic results of a DuckDuckGo HTML page (ads left out). No
    result list at all raises ``LayoutChanged``; an empty list is no results."""
    tree = LexborHTMLParser(html)
    links = [a for a in tree.css("a.result__a") if not _is_ad(a)]
    if not links:
        if tree.css_first(".no-results") is not None or tree.css_first("#links") is not None:
            return []
        raise LayoutChanged("the results page has no result list DuckDuckGo's layout is known to have")
    hits = []
    for link in links:
        href = link.attributes.get("href") or ""
        url = _target(href, base)
        if url.startswith(("http://", "https://")):
            hits.append(Hit(link.text(strip=True) or url, url))
    return hits


def _is_ad(link: Any) -> bool:
    node = link.parent
    while node is not None:
        if "result--ad" in (node.attributes.get("class") or ""):
            return True
        node = node.parent
    return False


def searxng_hits(text: str) -> list[Hit]:
    """The results of SearXNG's JSON answer; anything else raises ``LayoutChanged``."""
    try:
        data = json.loads(text)
    except ValueError:
        raise LayoutChanged("SearXNG did not answer JSON (is format=json enabled?)") from None
    results = data.get("results") if isinstance(data, Mapping) else None
    if not isinstance(results, list):
        raise LayoutChanged("SearXNG's answer has no results list")
    hits = []
    for result in results:
        if isinstance(result, Mapping) and isinstance(result.get("url"), str):
            url = result["url"]
            if url.startswith(("http://", "https://")):
                hits.append(Hit(str(result.get("title") or url), url))
    return hits


async def _block(api: SkillAPI, index: int, hit: Hit) -> str:
    try:
        reply, text = await page_text(api, hit.url, PAGE_CHARS)
        body = text if 200 <= reply.status < 300 else f"(HTTP {reply.status})"
    except WebFailed as exc:
        body = f"(not fetched: {exc.kind}: {exc.message})"
    return f"[{index}] {hit.title}\n{hit.url}\n{body}"


class WebSearchFetch:
    name: ClassVar[str] = "web_search_fetch"
    description: ClassVar[str] = "Search the web and fetch the first results' pages"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"web_read", "config_read"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_RESULTS: BranchKind.OK,
        ON_NO_RESULTS: BranchKind.EMPTY,
        ON_TIMEOUT: BranchKind.ERROR,
        ON_ERROR: BranchKind.ERROR,
    }
    external: ClassVar[bool] = True
    egress: ClassVar[tuple[str, ...]] = ANY_HOST
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("query", "string", "What to search for ({input} is the input); empty: the input"),
        ConfigField("max_results", "integer", "Result pages to fetch", 3, minimum=1, maximum=MAX_RESULTS),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        configured = args.config.get("query")
        query = (configured.replace("{input}", as_text(args.input)) if isinstance(configured, str) and configured
                 else as_text(args.input)).strip()  # fmt: skip
        count = bounded(args.config, "max_results", 3, 1, MAX_RESULTS)
        if not query:
            return SkillOutcome.error("no query: set the step's query or pass one as the input")
        if count is None:
            return SkillOutcome.error(f"config.max_results: a whole number between 1 and {MAX_RESULTS}")
        if args.api is None:
            return SkillOutcome.error("web_search_fetch runs inside a workflow (it needs the SkillAPI)")
        api: SkillAPI = args.api
        try:
            hits = await self._search(api, query)
        except WebFailed as exc:
            return failed(exc)
        except LayoutChanged as exc:
            return SkillOutcome.error(f"search results unreadable: {exc}")
        if not hits:
            return SkillOutcome({"reason": f"no results for {query!r}"}, ON_NO_RESULTS)
        async with asyncio.TaskGroup() as group:  # the pages in parallel, all done (or failed) before we go on
            blocks = [group.create_task(_block(api, i, hit)) for i, hit in enumerate(hits[:count], start=1)]
        return SkillOutcome("\n---\n".join(block.result() for block in blocks), ON_RESULTS)

    async def _search(self, api: SkillAPI, query: str) -> list[Hit]:
        searxng = str(await api.config_read("web.searxng_url") or "").strip()
        if searxng:
            url = f"{searxng.rstrip('/')}/search?q={quote_plus(query)}&format=json"
            reply = await api.web_request(WebRequest("GET", url, headers={"Accept": "application/json"}, text="raw"))
            self._answered(reply.status, url)
            return searxng_hits(reply.text)
        base = str(await api.config_read("web.search_url") or "").strip()
        if not base:
            raise LayoutChanged("web.search_url is empty")
        url = f"{base}{'&' if '?' in base else '?'}q={quote_plus(query)}"
        reply = await api.web_request(WebRequest("GET", url, text="raw"))
        self._answered(reply.status, url)
        return duckduckgo_hits(reply.text, reply.url)

    @staticmethod
    def _answered(status: int, url: str) -> None:
        if not 200 <= status < 300:
            raise WebFailed("failed", f"the search answered HTTP {status} ({urlsplit(url).netloc})")

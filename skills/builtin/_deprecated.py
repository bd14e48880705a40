"""AlexClaw's three deprecated skills, kept so imported workflows run:
each a thin composition of the skills that replaced it, with AlexClaw's
names, config keys and branches. ``rss_collector`` is rss_fetch →
llm_score, the kept items remembered as news; ``web_search`` is
web_search_fetch → an answer from the pages; ``web_browse`` is web_fetch →
a summary or an answer about the page. Every part runs through invoke
(``run_skill``), so each keeps its own egress, sanitizer and breaker; what
came from outside reaches the model as delimited data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final

from skills._api import ModelRefused, PermissionDenied, SkillAPIUnavailable
from skills._contract import (
    ON_EMPTY,
    ON_ERROR,
    ON_SUCCESS,
    BranchKind,
    ConfigField,
    SkillArgs,
    SkillOutcome,
)

ON_ITEMS: Final = "on_items"
ON_RESULTS: Final = "on_results"
ON_NO_RESULTS: Final = "on_no_results"
ON_NOT_FOUND: Final = "on_not_found"
ON_TIMEOUT: Final = "on_timeout"
DEPRECATED: Final = "Deprecated (AlexClaw): "
_FAILED: Final = (ModelRefused, PermissionDenied, SkillAPIUnavailable, ValueError)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


async def _remember(args: SkillArgs, text: str, kind: str, source: str) -> None:
    """Keep what was learnt; a node or policy that will not is no failure."""
    try:
        await args.api.memory_write(text, kind=kind, source=source[:500])
    except _FAILED:
        return


class RssCollector:
    name: ClassVar[str] = "rss_collector"
    description: ClassVar[str] = DEPRECATED + "use rss_fetch → llm_score. Fetch feeds, keep the relevant new items"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"skill_invoke", "memory_write"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_ITEMS: BranchKind.OK, ON_EMPTY: BranchKind.EMPTY, ON_ERROR: BranchKind.ERROR,
    }  # fmt: skip
    external: ClassVar[bool] = True
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("all_feeds", "boolean", "Read every enabled feed, not only this workflow's", False),
        ConfigField("force", "boolean", "Keep items already in memory too", False),
        ConfigField("max_items", "integer", "At most this many items", 5, minimum=1, maximum=100),
        ConfigField("threshold", "number", "Minimum relevance (0-1)", 0.7, minimum=0, maximum=1),
        ConfigField("interests", "text", "Topics to score against"),
        ConfigField("fetch_timeout", "integer", "Kept for AlexClaw's workflows: the egress guard's timeout applies"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        if args.api is None:
            return SkillOutcome.error("rss_collector runs inside a workflow (it needs the SkillAPI)")
        # The workflow's own feeds; every feed only when the step says so (as rss_fetch).
        fetch = {"recent_hours": 48, "max_items": 20, "force": args.config.get("force") is True,
                 "all_feeds": args.config.get("all_feeds") is True}  # fmt: skip
        fetched: SkillOutcome = await args.api.run_skill(
            "rss_fetch", SkillArgs(None, fetch, args.resources, args.workflow_run_id)
        )
        if fetched.branch != ON_ITEMS:
            return fetched if fetched.failed else SkillOutcome("No relevant news items found.", ON_EMPTY)
        score = {k: args.config[k] for k in ("threshold", "max_items", "interests") if args.config.get(k) is not None}
        score.setdefault("threshold", 0.7)
        score.setdefault("max_items", 5)
        scored: SkillOutcome = await args.api.run_skill(
            "llm_score",
            SkillArgs(fetched.result, score, (), args.workflow_run_id, args.llm_tier or "light", args.llm_provider),
        )
        if scored.branch != ON_ITEMS:
            return scored if scored.failed else SkillOutcome("No relevant news items found.", ON_EMPTY)
        items = [i for i in scored.result if isinstance(i, Mapping)]
        lines = []
        for item in items:
            title, summary, link = item.get("title", ""), _text(item.get("summary", "")), item.get("link", "")
            await _remember(args, f"{title}\n{summary}", "news_item", str(link))
            lines.append(f"**{item.get('feed', '')}**: {title}\n{summary[:300]}\n{link}")
        return SkillOutcome("\n\n".join(lines), ON_ITEMS)


class WebSearch:
    name: ClassVar[str] = "web_search"
    description: ClassVar[str] = DEPRECATED + "use web_search_fetch → llm_transform. Search the web and answer"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"skill_invoke", "llm", "memory_write"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_RESULTS: BranchKind.OK, ON_NO_RESULTS: BranchKind.EMPTY, ON_TIMEOUT: BranchKind.ERROR,
        ON_ERROR: BranchKind.ERROR,
    }  # fmt: skip
    external: ClassVar[bool] = True
    config_schema: ClassVar[tuple[ConfigField, ...]] = (ConfigField("query", "string", "Empty: the input"),)

    async def run(self, args: SkillArgs) -> SkillOutcome:
        query = " ".join(_text(args.config.get("query") or args.input or "").split())[:200]
        if not query:
            return SkillOutcome.error("web_search needs a query (config.query or the input)")
        if args.api is None:
            return SkillOutcome.error("web_search runs inside a workflow (it needs the SkillAPI)")
        found: SkillOutcome = await args.api.run_skill("web_search_fetch", SkillArgs(None, {"query": query}))
        if found.branch != ON_RESULTS:
            return found
        prompt = (
            f"Answer this question from the web search results in the data block: {query}\n"
            "Be concise and factual, cite the result numbers you used, and say so if they are not enough."
        )
        try:
            answer = await args.api.llm(
                prompt, tier=args.llm_tier, provider=args.llm_provider, untrusted=(("web search", _text(found.result)),)
            )
        except ModelRefused as refused:
            return SkillOutcome.error(f"no answer: {refused}")
        await _remember(args, answer, "web_search", f"search:{query}")
        return SkillOutcome(answer, ON_RESULTS)


class WebBrowse:
    name: ClassVar[str] = "web_browse"
    description: ClassVar[str] = DEPRECATED + "use web_fetch → llm_transform. Read a page, summarize or answer"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"skill_invoke", "llm", "memory_write"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_SUCCESS: BranchKind.OK, ON_NOT_FOUND: BranchKind.EMPTY, ON_TIMEOUT: BranchKind.ERROR,
        ON_ERROR: BranchKind.ERROR,
    }  # fmt: skip
    external: ClassVar[bool] = True
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("url", "string", "The page (empty: the input)"),
        ConfigField("question", "text", "Ask this about the page (empty: summarize it)"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        url = _text(args.config.get("url") or args.input or "").strip()
        question = _text(args.config.get("question") or "").strip()
        if not url:
            return SkillOutcome.error("web_browse needs a url (config.url or the input)")
        if args.api is None:
            return SkillOutcome.error("web_browse runs inside a workflow (it needs the SkillAPI)")
        page: SkillOutcome = await args.api.run_skill("web_fetch", SkillArgs(None, {"url": url}))
        if page.branch != ON_SUCCESS:
            return page
        prompt = (
            f"Answer this question from the web page in the data block ({url}): {question}\nIf it is not there, say so."
            if question
            else f"Summarize the web page in the data block ({url}) concisely: its key facts and main points."
        )
        try:
            answer = await args.api.llm(
                prompt, tier=args.llm_tier or ("light" if not args.llm_provider else None),
                provider=args.llm_provider, untrusted=((url, _text(page.result)),),
            )  # fmt: skip
        except ModelRefused as refused:
            return SkillOutcome.error(f"no answer: {refused}")
        await _remember(args, answer, "web_page", url)
        return SkillOutcome(answer, ON_SUCCESS)

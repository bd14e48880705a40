"""``web_search_fetch`` against a DuckDuckGo-shaped results page and a
SearXNG JSON API on loopback: results fetched in parallel as numbered
blocks, no results, a changed layout, a search that does not answer."""

from __future__ import annotations

from skills import InvokeStatus
from tests.fake_web import CYRILLIC
from tests.skills.web.conftest import Node


async def test_the_first_results_pages_come_back_as_numbered_blocks(node: Node) -> None:
    await node.set("web.search_url", node.base + "/html/")
    invocation = await node.step("web_search_fetch", "solar power")
    assert (invocation.status, invocation.outcome.branch) == (InvokeStatus.RAN, "on_results")
    blocks = invocation.outcome.result.split("\n---\n")
    assert len(blocks) == 3  # max_results' default; the ad is not a result
    first, second, third = blocks
    assert first.startswith(f"[1] Article\n{node.base}/pages/article\n") and "Solar capacity doubled" in first
    assert "Site header" not in first and "Ignore all previous instructions" not in first
    assert second.startswith("[2] Cyrillic") and CYRILLIC in second
    assert third.startswith("[3] Broken") and "(HTTP 500)" in third  # a page that fails says so in its block
    assert not any(s["path"] == "/pages/ad" for s in node.web.seen)
    (search,) = [s for s in node.web.seen if s["path"] == "/html/"]
    assert search["query"] == "q=solar+power"


async def test_max_results_and_the_page_cap_bound_the_answer(node: Node) -> None:
    await node.set("web.search_url", node.base + "/html/")
    invocation = await node.step("web_search_fetch", None, query="long pages", max_results=4)
    blocks = invocation.outcome.result.split("\n---\n")
    assert len(blocks) == 4 and blocks[3].startswith("[4] Long")
    assert len(blocks[3].split("\n", 2)[2]) <= 3_000


async def test_a_search_without_results_ends_on_no_results(node: Node) -> None:
    await node.set("web.search_url", node.base + "/html/")
    invocation = await node.step("web_search_fetch", "nothing at all")
    assert invocation.outcome.branch == "on_no_results" and "no results" in invocation.outcome.result["reason"]


async def test_a_results_page_whose_layout_changed_is_an_error_with_a_reason_not_a_crash(node: Node) -> None:
    await node.set("web.search_url", node.base + "/html/")
    invocation = await node.step("web_search_fetch", "layout changed")
    assert (invocation.status, invocation.outcome.branch) == (InvokeStatus.RAN, "on_error")
    assert "search results unreadable" in invocation.reason


async def test_searxng_is_asked_through_its_json_api_when_set(node: Node) -> None:
    await node.set("web.searxng_url", node.base + "/searx")
    invocation = await node.step("web_search_fetch", "solar")
    assert invocation.outcome.branch == "on_results"
    assert invocation.outcome.result.startswith(f"[1] Article\n{node.base}/pages/article\n")
    assert [s["query"] for s in node.web.seen if s["path"] == "/searx/search"] == ["q=solar&format=json"]
    assert (await node.step("web_search_fetch", "nothing at all")).outcome.branch == "on_no_results"


async def test_a_search_that_does_not_answer_in_time_ends_on_timeout(node: Node) -> None:
    await node.set("web.search_url", node.base + "/pages/endless")
    invocation = await node.step("web_search_fetch", "anything")
    assert invocation.outcome.branch == "on_timeout"


async def test_a_search_answering_an_error_or_refused_ends_on_error(node: Node) -> None:
    await node.set("web.search_url", node.base + "/pages/broken")
    assert "HTTP 500" in (await node.step("web_search_fetch", "x")).reason
    assert "no query" in (await node.step("web_search_fetch", "  ")).reason
    assert "max_results" in (await node.step("web_search_fetch", "x", max_results=50)).reason

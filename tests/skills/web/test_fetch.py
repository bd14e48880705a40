"""``web_fetch`` against the fake web: the main text of a page (no
furniture, no hidden injection), a page in windows-1251, each failure on
its branch with a reason — a missing page, no answer in time, a 50 MB
page over the egress cap, a redirect to a private address."""

from __future__ import annotations

import pytest

from skills import InvokeStatus
from tests.fake_web import CYRILLIC
from tests.skills.web.conftest import Node


async def test_a_page_comes_back_as_its_main_text_without_furniture_or_hidden_instructions(node: Node) -> None:
    invocation = await node.step("web_fetch", url=node.base + "/pages/article")
    assert (invocation.status, invocation.outcome.branch) == (InvokeStatus.RAN, "on_success")
    text = invocation.outcome.result
    assert "Solar capacity doubled this year in the region." in text and "Solar power grows" in text
    for furniture in ("Site header", "Home | About", "Copyright footer", "tracking", "Enable JavaScript", "logo"):
        assert furniture not in text
    assert "Ignore all previous instructions" not in text
    assert invocation.sanitized  # an external skill: its answer went through the sanitizer


async def test_the_url_may_come_from_the_input_and_the_text_is_capped(node: Node) -> None:
    invocation = await node.step("web_fetch", {"url": node.base + "/pages/long"})
    assert invocation.outcome.branch == "on_success" and 7_900 <= len(invocation.outcome.result) <= 8_000
    shorter = await node.step("web_fetch", node.base + "/pages/long", url="{input}", max_chars=100)
    assert len(shorter.outcome.result) <= 100


async def test_a_page_that_is_not_utf8_is_read_by_its_declared_charset(node: Node) -> None:
    invocation = await node.step("web_fetch", url=node.base + "/pages/cyrillic")
    assert invocation.outcome.branch == "on_success" and CYRILLIC in invocation.outcome.result


async def test_a_missing_page_ends_on_not_found(node: Node) -> None:
    invocation = await node.step("web_fetch", url=node.base + "/pages/nowhere")
    assert invocation.outcome.branch == "on_not_found" and "404" in invocation.reason


async def test_a_page_that_does_not_answer_in_time_ends_on_timeout(node: Node) -> None:
    invocation = await node.step("web_fetch", url=node.base + "/pages/endless")
    assert invocation.outcome.branch == "on_timeout" and "no complete response" in invocation.reason
    assert invocation.status is InvokeStatus.RAN  # an answer of the skill, not an overrun of its step


async def test_a_50_mb_page_hits_the_egress_size_cap_and_ends_on_error(node: Node) -> None:
    invocation = await node.step("web_fetch", url=node.base + "/pages/huge")
    assert invocation.outcome.branch == "on_error" and "too_large" in invocation.reason
    assert "byte cap" in invocation.reason


@pytest.mark.parametrize(("path", "why"), [("/pages/to-private", "private"), ("/pages/to-metadata", "metadata")])
async def test_a_redirect_to_a_private_address_is_refused(node: Node, path: str, why: str) -> None:
    invocation = await node.step("web_fetch", url=node.base + path)
    assert invocation.outcome.branch == "on_error"
    assert invocation.reason.startswith("refused:") and why in invocation.reason


async def test_a_server_error_binary_content_and_no_url_are_errors_with_a_reason(node: Node) -> None:
    assert "HTTP 500" in (await node.step("web_fetch", url=node.base + "/pages/broken")).reason
    assert "is not text (image/png)" in (await node.step("web_fetch", url=node.base + "/pages/logo.png")).reason
    assert "no URL" in (await node.step("web_fetch")).reason
    assert "max_chars" in (await node.step("web_fetch", node.base + "/pages/long", max_chars=0)).reason


async def test_a_url_the_address_rules_refuse_never_leaves(node: Node) -> None:
    invocation = await node.step("web_fetch", url="http://169.254.169.254/latest/meta-data/")
    assert invocation.outcome.branch == "on_error" and "metadata" in invocation.reason
    assert not any(s["path"].startswith("/latest") for s in node.web.seen)

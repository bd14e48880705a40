"""The Memory and Knowledge pages in Chromium, on a node with no provider:
add a memory and find it by meaning, delete it; ingest pasted text and a
PDF, watch the chunks get embedded, search, delete; the Dashboard counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from actors import call
from alexclaw import Node
from alexclaw.memory import THROTTLE_NAME, Idle, Sweep
from tests.alexclaw.memory.test_knowledge import pdf_bytes
from tests.alexclaw.web.test_browser import browser, log_in, page, pytestmark, shoot

__all__ = ["browser", "page", "pytestmark"]  # fixtures and marks shared with the other browser tests


async def embedded() -> None:
    await call(THROTTLE_NAME, Idle(), timeout=120)


async def test_a_person_adds_a_memory_finds_it_by_meaning_and_deletes_it(page: Any, node: Node) -> None:
    await log_in(page)
    await page.goto("/memory")
    for kind, text in [("note", "The kitten naps on the sofa."), ("news", "Rates rose again in March.")]:
        await page.fill("#memory-add input[name=kind]", kind)
        await page.fill("#memory-add textarea[name=content]", text)
        await page.click("#memory-add button[type=submit]")
        await page.wait_for_selector(".flash.ok")
    await embedded()
    await page.fill("#memory-search input[name=q]", "my cat sleeping on the couch")
    await page.click("#memory-search button[type=submit]")
    await page.wait_for_selector("#hits")
    first = page.locator("#hits tbody tr").first
    assert "The kitten naps on the sofa." in await first.inner_text()
    assert "Rates rose" not in await page.locator("#hits").inner_text()
    await shoot(page, "memory")
    await page.goto("/memory?kind=news")
    assert "Rates rose again in March." in await page.locator("#recent").inner_text()
    assert "kitten" not in await page.locator("#recent").inner_text()
    await page.locator("#recent tbody tr").first.locator("button").click()
    await page.wait_for_selector(".flash.ok")
    assert "Rates rose" not in await page.locator("#recent").inner_text()
    await call(THROTTLE_NAME, Sweep())
    await page.goto("/")
    assert "1 entries" in await page.locator("#memory-counts").inner_text()
    await page.goto("/memory?q=" + "q" * 1200)
    assert "characters" in await page.locator("#problem").inner_text()


async def test_a_person_ingests_text_and_a_pdf_watches_the_embedding_and_searches(
    page: Any, node: Node, tmp_path: Path
) -> None:
    await log_in(page)
    await page.goto("/knowledge")
    await page.fill("#knowledge-ingest input[name=title]", "Bread notes")
    await page.fill("#knowledge-ingest textarea[name=text]", "Feed the sourdough starter with rye flour every day.")
    await page.click("#knowledge-ingest button[type=submit]")
    await page.wait_for_selector("#progress")
    await embedded()
    await page.reload()
    assert await page.locator("#progress").inner_text() == "1/1 chunks embedded"
    file = tmp_path / "solar.pdf"
    file.write_bytes(pdf_bytes("Solar panels should face south.", "Clean them twice a year."))
    await page.goto("/knowledge")
    await page.set_input_files("#knowledge-ingest input[name=file]", str(file))
    await page.click("#knowledge-ingest button[type=submit]")
    await page.wait_for_selector("#chunks")
    assert "Solar panels should face south." in await page.locator("#chunks").inner_text()
    await embedded()
    await page.goto("/knowledge")
    await page.fill("#knowledge-search input[name=q]", "which direction for photovoltaic modules")
    await page.click("#knowledge-search button[type=submit]")
    await page.wait_for_selector("#hits")
    assert "solar.pdf" in await page.locator("#hits tbody tr").first.inner_text()
    documents = page.locator("#documents")
    assert "1/1 embedded" in await documents.inner_text()
    await shoot(page, "knowledge")
    await page.locator("#documents tbody tr", has_text="Bread notes").locator("button").click()
    await page.wait_for_selector(".flash.ok")
    assert "Bread notes" not in await page.locator("#documents").inner_text()
    await page.goto("/knowledge")
    await page.fill("#knowledge-ingest input[name=url]", "https://127.0.0.1/private")
    await page.click("#knowledge-ingest button[type=submit]")
    assert "egress guard refused" in await page.locator(".flash.error").inner_text()

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


async def test_the_page_shows_the_embedder_its_progress_a_failure_and_re_embeds(page: Any, node: Node) -> None:
    await log_in(page)
    await page.goto("/memory")
    await page.fill("#memory-add textarea[name=content]", "The kitten naps on the sofa.")
    await page.click("#memory-add button[type=submit]")
    await page.wait_for_selector(".flash.ok")
    await embedded()
    await page.reload()
    assert await page.locator("#embedder").inner_text() == "all-MiniLM-L6-v2-int8"
    assert await page.locator("#reembed-progress").inner_text() == "1/1 rows embedded"
    # An embedding provider that cannot answer (named, but no such provider):
    # the row is stored without a vector of it, and the page says so.
    await node.state.config.set("memory.embedder", "absent", actor="test")
    await node.state.config.set("memory.embedding_model", "embed-1", actor="test")
    await page.fill("#memory-add textarea[name=content]", "Rates rose again in March.")
    await page.click("#memory-add button[type=submit]")
    await page.wait_for_selector(".flash.ok")
    await embedded()
    await page.reload()
    assert await page.locator("#embedder").inner_text() == "absent/embed-1"
    assert await page.locator("#reembed-progress").inner_text() == "0/2 rows embedded"
    assert "no provider named 'absent'" in await page.locator("#embedding-error").inner_text()
    await page.goto("/")
    assert "embedding is failing" in await page.locator("#embedding-failing").inner_text()
    await page.goto("/memory")
    await page.fill("#memory-search input[name=q]", "rates")
    await page.click("#memory-search button[type=submit]")
    await page.wait_for_selector("#hits")
    assert "Rates rose again in March." in await page.locator("#hits").inner_text()  # by keywords meanwhile
    # Back to the local model: the first row kept its vector, the second is re-embedded on request.
    await node.state.config.set("memory.embedder", "local", actor="test")
    await page.goto("/memory")
    assert await page.locator("#reembed-progress").inner_text() == "1/2 rows embedded"
    await page.click("#reembed button[type=submit]")
    await page.wait_for_selector(".flash.ok")
    await embedded()
    await page.goto("/memory")
    assert await page.locator("#reembed-progress").inner_text() == "2/2 rows embedded"
    assert await page.locator("#embedding-error").count() == 0

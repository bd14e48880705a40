"""``/replay`` and ``/automate`` from the operator's Telegram chat (fake Bot
API, real HTTP; Chromium on a page server on 127.0.0.1): a saved, granted
recipe answers with its text and its screenshot as a photo; an ad-hoc
scrape of a loopback page has no grant and is refused naming the step;
wrong use gets the usage or the reason."""

from __future__ import annotations

from alexclaw import Node
from alexclaw.security import Acting, Approver, Challenges, Done, SecretBox
from alexclaw.workflows import Resource, ResourceAccess
from tests.alexclaw.automation.test_recipes_in_chromium import port, pytestmark
from tests.alexclaw.dispatcher.conftest import CHAT, say
from tests.fake_telegram import FakeBotAPI, SentMessage

__all__ = ["port", "pytestmark"]

RECIPE = """[
  {"action": "goto", "url": "http://127.0.0.1:PORT/form"},
  {"action": "fill", "selector": "#q", "value": "{{input}}"},
  {"action": "click", "selector": "#go"},
  {"action": "extract_text", "selector": "#answer", "name": "answer"},
  {"action": "screenshot", "name": "after"}
]"""


async def play(fake: FakeBotAPI, text: str) -> SentMessage:
    """A command that starts a browser: its answer comes after the play."""
    fake.push_message(CHAT, text)
    return await fake.next_sent(timeout=180)


async def test_replay_answers_with_the_text_and_the_screenshot_and_automate_needs_a_public_page(
    node: Node, fake: FakeBotAPI, port: int
) -> None:
    access = ResourceAccess(Approver(Challenges(), node.state.database, lambda: False), SecretBox("k" * 48))
    recipe = Resource(None, "search", "automation", f"http://127.0.0.1:{port}/form", RECIPE.replace("PORT", str(port)))
    assert isinstance(await access.save_granted(Acting.cli("test"), recipe), Done)
    assert (await say(fake, "/replay")).text == "Usage: /replay <automation resource> [input] — play a saved recipe"
    assert "there is no automation resource 'nothing'" in ((await say(fake, "/replay nothing")).text or "")
    played = await play(fake, "/replay search sea otters")
    assert played.photo is not None and played.photo.startswith(b"\x89PNG")
    assert "You searched for sea otters" in (played.caption or "")
    assert "request(s) of the page refused by the egress guard" in (played.caption or "")
    scraped = (await play(fake, f"/automate http://127.0.0.1:{port}/form")).text or ""
    assert scraped.startswith("Failed (on_error): step 1 (goto)") and "loopback" in scraped

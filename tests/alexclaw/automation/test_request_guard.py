"""The check every request of a recipe's page passes (route interception
in the browser's process) and a recipe's save: the egress guard's address
rules. Metadata and link-local never; loopback and private only for the
recipe's granted host; schemes without network pass, others are refused."""

from __future__ import annotations

import pytest

from alexclaw.automation._child import _with_input, refusal
from alexclaw.security import Acting, Invalid
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows import Resource, ResourceOperations
from tests.alexclaw.security.conftest import database

__all__ = ["database"]


@pytest.mark.parametrize(
    ("url", "granted", "why"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254", "cloud metadata endpoint (never reachable)"),
        ("http://10.1.2.3/x.png", "", "private"),
        ("http://127.0.0.1:8080/", "", "loopback"),
        ("ws://127.0.0.1:8080/socket", "", "loopback"),
        ("http://0x7f000001/", "", "loopback"),
        ("http://[::ffff:10.0.0.1]/", "", "private"),
        ("http://169.254.10.10/", "169.254.10.10", "never reachable"),
        ("ftp://93.184.216.34/file", "", "the ftp scheme is not allowed"),
        ("file:///etc/passwd", "", "the file scheme is not allowed"),
    ],
)
async def test_a_request_to_a_refused_address_is_refused_with_its_reason(url: str, granted: str, why: str) -> None:
    found = await refusal(url, granted)
    assert found is not None and why in found


@pytest.mark.parametrize(
    ("url", "granted"),
    [
        ("http://127.0.0.1:8080/form", "127.0.0.1"),
        ("https://10.1.2.3/", "10.1.2.3"),
        ("https://93.184.216.34/", ""),
        ("data:text/html,<p>hi</p>", ""),
        ("blob:https://a.example/1", ""),
    ],
)
async def test_a_public_address_the_granted_host_and_no_network_schemes_pass(url: str, granted: str) -> None:
    assert await refusal(url, granted) is None


async def test_a_recipe_whose_goto_reaches_the_metadata_address_is_refused_when_saved(
    database: DatabaseHandle,
) -> None:
    content = (
        '[{"action": "goto", "url": "https://93.184.216.34/"}, {"action": "goto", "url": "http://169.254.169.254/"}]'
    )
    saved = await ResourceOperations(database).save(
        Acting.cli("test"), Resource(None, "meta", "automation", None, content)
    )
    assert isinstance(saved, Invalid)
    assert saved.message() == (
        "content: step 2 (goto): http://169.254.169.254/: 169.254.169.254 is cloud metadata endpoint: never reachable"
    )


def test_the_input_is_url_encoded_inside_a_url_and_taken_whole_where_it_is_the_url() -> None:
    step = {"position": 1, "action": "goto", "url": "https://a.example/s?q={{input}}", "value": ""}
    assert _with_input(step, "a b#@c.example/x")["url"] == "https://a.example/s?q=a%20b%23%40c.example/x"
    assert _with_input({**step, "url": "{{input}}"}, " https://b.example/ ")["url"] == "https://b.example/"
    fill = {"position": 2, "action": "fill", "selector": "#q", "value": "say {{input}}", "url": ""}
    assert _with_input(fill, "a&b")["value"] == "say a&b"

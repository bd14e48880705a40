"""The information skills from the chat: each command parsed into the
skill run it asks for (a wrong one gets its usage), run through invoke
with the chat as the caller; /research answers with its sources, /web on
a private address is refused by the egress guard, never fetched."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from alexclaw import Node
from alexclaw.dispatcher._skill_commands import USAGE, Ask, parse_github, parse_research, parse_web
from alexclaw.llm import add_provider, build_provider, reload_providers
from tests.alexclaw.dispatcher.conftest import say
from tests.fake_providers import FakeProviders, Script
from tests.fake_telegram import FakeBotAPI

SHA = "0123456789abcdef0123456789abcdef01234567"


@pytest.mark.parametrize(
    ("args", "parsed"),
    [
        (["why", "is", "the", "sky", "blue?"], Ask("research", None, {"query": "why is the sky blue?"})),
        (["--tier", "heavy", "why?"], Ask("research", None, {"query": "why?"}, "heavy")),
        (["--provider", "home", "--tier", "local", "q"], Ask("research", None, {"query": "q"}, "local", "home")),
        ([], USAGE["research"]),
        (["--tier"], USAGE["research"]),
        (["--tier", "huge", "q"], "Unknown tier 'huge': one of light, medium, heavy, local."),
    ],
)
def test_research_takes_a_tier_or_a_provider_before_the_question(args: list[str], parsed: Ask | str) -> None:
    assert parse_research(args) == parsed


@pytest.mark.parametrize(
    ("args", "config"),
    [
        (["pr", "octo/app"], {"mode": "latest_pr", "repo": "octo/app"}),
        (["pr", "octo/app", "12"], {"mode": "specific_pr", "repo": "octo/app", "pr_number": 12}),
        (["commit", "octo/app", SHA], {"mode": "specific_commit", "repo": "octo/app", "commit_sha": SHA}),
    ],
)
def test_github_names_a_pull_request_or_a_commit(args: list[str], config: dict[str, object]) -> None:
    assert parse_github(args) == Ask("github_security_review", None, config)


@pytest.mark.parametrize(
    "args",
    [[], ["pr"], ["pr", "not a repo"], ["pr", "octo/app", "x"], ["commit", "octo/app"], ["commit", "octo/app", "zz"],
     ["issue", "octo/app"], ["pr", "octo/app", "\u00b2"], ["pr", "octo/app", "9" * 5000]],
)  # fmt: skip
def test_a_wrong_github_command_gets_its_usage(args: list[str]) -> None:
    assert parse_github(args) == USAGE["github"]


def test_web_takes_a_url_and_an_optional_question() -> None:
    assert parse_web(["https://example.org/a", "what", "is", "it?"]) == (
        Ask("web_fetch", None, {"url": "https://example.org/a"}),
        "what is it?",
    )
    assert parse_web(["example.org"]) == USAGE["web"]


@pytest.fixture
async def providers() -> AsyncIterator[FakeProviders]:
    async with FakeProviders() as fake:
        yield fake


async def test_research_from_the_chat_answers_through_the_model(
    node: Node, fake: FakeBotAPI, providers: FakeProviders
) -> None:
    async with node.state.database.pool().acquire() as conn:
        provider = build_provider(
            "home", kind="ollama", model="llama3", tier="medium", base_url=providers.base("ollama"),
            allow_private=True,
        )  # fmt: skip
        await add_provider(conn, provider, actor="cli:test")
    await reload_providers()
    providers.default = Script(deltas=["The sky is blue because of Rayleigh scattering."])
    answer = (await say(fake, "/research --tier medium why is the sky blue?")).text or ""
    assert answer.startswith("The sky is blue because of Rayleigh scattering.")
    assert any("why is the sky blue?" in str(seen.body) for seen in providers.seen)


async def test_web_on_a_private_address_is_refused_by_the_egress_guard(node: Node, fake: FakeBotAPI) -> None:
    answer = (await say(fake, "/web https://10.0.0.7/admin")).text or ""
    assert answer.startswith("web_fetch failed (on_error)") and "private" in answer


async def test_each_command_without_its_arguments_answers_its_usage(node: Node, fake: FakeBotAPI) -> None:
    for command in ("research", "search", "web", "github"):
        assert (await say(fake, f"/{command}")).text == USAGE[command]
    assert "/research [--tier T]" in ((await say(fake, "/help")).text or "")

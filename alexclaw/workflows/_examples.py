"""The example workflows a new node starts with, so a new user has
something real to begin from: a morning news digest, a watched page's
summary and a review of a GitHub pull request's diff. Each is created
once, disabled (it does nothing until the operator points it at a feed,
a page or a repository and enables it), and never again after the
operator deletes or renames it."""

from __future__ import annotations

import logging
from typing import Final

from alexclaw.storage import Connection
from alexclaw.workflows._model import Route, Step, Workflow, WorkflowError
from alexclaw.workflows._store import save_workflow
from skills.builtin import PROMPT_PRESETS

log = logging.getLogger(__name__)

DIGEST_PROMPT: Final = (
    "Write a short morning digest of the news items in the data block: one line per item, most important "
    "first, each a plain sentence saying what happened and why it matters. No introduction, no sign-off."
    "\n\n{input}"
)

EXAMPLES: Final[tuple[Workflow, ...]] = (
    Workflow(
        None,
        "Morning news digest",
        "Every morning: fetch this workflow's feeds (add rss_feed resources to it), score the items against "
        "your interests, summarize the best and send them to Telegram. Choose its default provider (or give the "
        "model steps a tier), then enable it.",
        enabled=False,
        schedule="0 7 * * *",
        steps=(
            Step(
                0,
                "rss_fetch",
                "fetch feeds",
                config={"recent_hours": 24, "max_items": 50},
                routes=(Route("on_items", 1), Route("on_empty", "end")),
            ),
            Step(
                1,
                "llm_score",
                "score",
                config={"interests": "AI, cybersecurity, open source", "threshold": 0.5, "max_items": 8},
                routes=(Route("on_items", 2), Route("on_empty", "end")),
            ),
            Step(2, "llm_transform", "summarize", prompt_template=DIGEST_PROMPT),
            Step(3, "telegram_notify", "send"),
        ),
    ),
    Workflow(
        None,
        "Watched page summary",
        "Fetch one page (the first step's url), summarize it and send the summary to Telegram.",
        enabled=False,
        schedule="0 8 * * 1",
        steps=(
            Step(0, "web_fetch", "fetch page", config={"url": "https://www.python.org/downloads/"}),
            Step(1, "llm_transform", "summarize", prompt_template=PROMPT_PRESETS["Summarize"]),
            Step(2, "telegram_notify", "send"),
        ),
    ),
    Workflow(
        None,
        "GitHub PR security review",
        "Fetch the diff of the latest pull request of github.default_repo (or the first step's repo), review "
        "it for security problems and send the review to Telegram. Needs github.token for private repositories.",
        enabled=False,
        steps=(
            Step(
                0,
                "github_security_review",
                "fetch diff",
                config={"mode": "latest_pr"},
                routes=(Route("on_diff", 1), Route("on_empty", "end")),
            ),
            Step(1, "llm_transform", "review", prompt_template=PROMPT_PRESETS["Security Review"]),
            Step(2, "telegram_notify", "send"),
        ),
    ),
)


def seed_name(example: Workflow) -> str:
    """The example's row in ``first_boot_seeds``."""
    return f"workflow:{example.name}"


async def seed_examples(conn: Connection, examples: tuple[Workflow, ...] = EXAMPLES) -> list[str]:
    """Create each example not created before (and whose name is free);
    returns the names created. One that does not validate is logged and
    skipped: a new user's node starts whatever its examples say."""
    created: list[str] = []
    for example in examples:
        async with conn.transaction():
            first = await conn.fetchval(
                "INSERT INTO first_boot_seeds (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING name",
                seed_name(example),
            )
            if first is None:
                continue  # created once already: the operator's deletes and edits stand
            if await conn.fetchval("SELECT 1 FROM workflows WHERE lower(name) = lower($1)", example.name):
                continue  # the operator has a workflow of that name: theirs stays
            try:
                await save_workflow(conn, example, with_steps=True)
            except WorkflowError as exc:
                log.warning("example workflow %r not created: %s", example.name, exc)
                continue
        created.append(example.name)
    return created

"""``github_security_review`` against a GitHub-API-shaped server on
loopback: each mode's diff by the diff media type, the cap, an empty
answer, the errors — and ``github.token`` added by the egress guard only
for the API it was entered for, never seen by the skill."""

from __future__ import annotations

import pytest

from skills import InvokeStatus
from tests.fake_web import BIG_PULL, GITHUB_TOKEN, PRIVATE_REPO, PUBLIC_REPO
from tests.skills.web.conftest import Node


async def point_at_fake(node: Node, *, token: bool = False) -> None:
    await node.set("github.api_base_url", node.base)
    if token:
        await node.set("github.token", GITHUB_TOKEN)


async def test_latest_pr_is_the_newest_open_pull_requests_diff(node: Node) -> None:
    await point_at_fake(node)
    invocation = await node.step("github_security_review", repo=PUBLIC_REPO)
    assert (invocation.status, invocation.outcome.branch) == (InvokeStatus.RAN, "on_diff")
    result = invocation.outcome.result
    assert result["refs"] == ["PR #7"] and "+++ b/pr7.py" in result["diff"] and result["truncated"] is False
    diffs = [s for s in node.web.seen if s["path"] == "/repos/octo/public/pulls/7"]
    assert diffs[0]["headers"]["accept"] == "application/vnd.github.v3.diff"


async def test_all_prs_specific_pr_latest_push_and_specific_commit(node: Node) -> None:
    await point_at_fake(node)
    await node.set("github.default_repo", PUBLIC_REPO)
    every = await node.step("github_security_review", mode="all_prs")
    assert every.outcome.result["refs"] == ["PR #7", "PR #5"] and "pr5.py" in every.outcome.result["diff"]
    one = await node.step("github_security_review", "#5", mode="specific_pr")
    assert one.outcome.result["refs"] == ["PR #5"]
    push = await node.step("github_security_review", mode="latest_push")
    assert push.outcome.result["refs"] == ["b" * 40] and "pushed.py" in push.outcome.result["diff"]
    assert any(s["path"] == f"/repos/octo/public/compare/{'a' * 40}...{'b' * 40}" for s in node.web.seen)
    commit = await node.step("github_security_review", mode="specific_commit", commit_sha="a1b2c3d4")
    assert commit.outcome.result["refs"] == ["a1b2c3d4"] and "commit_a1b2c3d.py" in commit.outcome.result["diff"]


async def test_the_diff_is_capped_at_24000_bytes(node: Node) -> None:
    await point_at_fake(node)
    node.web.pulls.append(BIG_PULL)
    invocation = await node.step("github_security_review", mode="specific_pr", repo=PUBLIC_REPO, pr_number=BIG_PULL)
    result = invocation.outcome.result
    assert result["truncated"] is True and len(result["diff"].encode()) <= 24_000


async def test_nothing_to_review_ends_on_empty(node: Node) -> None:
    await point_at_fake(node)
    node.web.pulls.clear()
    none_open = await node.step("github_security_review", repo=PUBLIC_REPO)
    assert none_open.outcome.branch == "on_empty" and "nothing to review" in none_open.outcome.result["reason"]
    assert (
        await node.step("github_security_review", repo="octo/empty", mode="latest_push")
    ).outcome.branch == "on_empty"
    empty_commit = await node.step("github_security_review", "c0ffee1", repo=PUBLIC_REPO, mode="specific_commit")
    assert empty_commit.outcome.branch == "on_empty"


async def test_the_token_is_added_at_the_edge_for_its_own_api_only(node: Node) -> None:
    await point_at_fake(node)
    refused = await node.step("github_security_review", repo=PRIVATE_REPO)
    assert refused.outcome.branch == "on_error" and "not found" in refused.reason  # no token, no private repo
    await node.set("github.token", GITHUB_TOKEN)
    invocation = await node.step("github_security_review", repo=PRIVATE_REPO)
    assert invocation.outcome.branch == "on_diff" and "pr7.py" in invocation.outcome.result["diff"]
    sent = node.web.headers_of("/repos/octo/private")
    assert sent[-1]["authorization"] == f"Bearer {GITHUB_TOKEN}"
    assert GITHUB_TOKEN not in str(invocation.outcome.result)


async def test_a_token_entered_for_another_api_is_not_sent(node: Node) -> None:
    await node.set("github.token", GITHUB_TOKEN)  # bound to https://api.github.com, the default
    await node.set("github.api_base_url", node.base)  # moved: the token is cleared with it
    invocation = await node.step("github_security_review", repo=PRIVATE_REPO)
    assert invocation.outcome.branch == "on_error"
    assert all("authorization" not in h for h in node.web.headers_of("/repos"))


async def test_bad_input_and_api_errors_end_on_error_with_a_reason(node: Node) -> None:
    await point_at_fake(node)
    assert "owner/repo" in (await node.step("github_security_review")).reason
    assert "config.mode" in (await node.step("github_security_review", repo=PUBLIC_REPO, mode="every")).reason
    assert (
        "pull request number"
        in (await node.step("github_security_review", "x", repo=PUBLIC_REPO, mode="specific_pr")).reason
    )
    assert (
        "commit sha"
        in (await node.step("github_security_review", "zz", repo=PUBLIC_REPO, mode="specific_commit")).reason
    )
    gone = await node.step("github_security_review", repo=PUBLIC_REPO, mode="specific_pr", pr_number=404)
    assert gone.outcome.branch == "on_error" and "not found" in gone.reason
    await node.set("github.api_base_url", node.base + "/endless")
    assert "timeout" in (await node.step("github_security_review", repo=PUBLIC_REPO)).reason


@pytest.mark.parametrize("given", ["²", "9" * 5000, "0", "#-4", "1000000000"])
def test_a_pr_number_that_is_no_small_positive_ascii_number_is_none(given: str) -> None:
    from skills.web._github import _number

    assert _number(given) is None
    assert _number("#42") == 42

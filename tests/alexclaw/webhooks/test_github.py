"""GitHub's protocol as plain functions: the signature, the events the
node acts on reduced to their essentials (and nothing else of the
sender's), which ones are ignored or malformed, and which bindings match."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import pytest

from alexclaw.webhooks import Binding, GithubEvent, InvalidDelivery, check_binding, matches, read_event, signature_ok

SHA = "a" * 40


def signed(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def pr(action: str = "opened", **pull: Any) -> dict[str, Any]:
    fields = {"number": 7, "head": {"sha": SHA, "ref": "feature"}, "base": {"ref": "main"}, "title": "x", **pull}
    return {"action": action, "repository": {"full_name": "octo/app", "default_branch": "main"}, "pull_request": fields}


def push(ref: str = "refs/heads/main", **extra: Any) -> dict[str, Any]:
    return {
        "ref": ref, "after": SHA, "compare": "https://github.com/octo/app/compare/1...2",
        "repository": {"full_name": "octo/app", "default_branch": "main"}, **extra,
    }  # fmt: skip


def test_the_signature_is_githubs_hmac_of_the_raw_body() -> None:
    body = b'{"zen": "hi"}'
    assert signature_ok("s3cret", body, signed("s3cret", body))
    assert not signature_ok("s3cret", body + b" ", signed("s3cret", body))
    assert not signature_ok("s3cret", body, signed("other", body))
    assert not signature_ok("s3cret", body, signed("s3cret", body).removeprefix("sha256="))
    assert not signature_ok("s3cret", body, "sha256=é")


def test_a_pull_request_gives_its_essentials_and_never_its_title() -> None:
    event = read_event("pull_request", pr("synchronize"))
    assert isinstance(event, GithubEvent)
    assert (event.repository, event.branch, event.default_branch) == ("octo/app", "main", "main")
    assert dict(event.input) == {
        "event": "pull_request", "action": "synchronize", "repo": "octo/app", "pr_number": 7, "head_sha": SHA,
        "base_branch": "main", "compare_url": "https://github.com/octo/app/pull/7/files",
    }  # fmt: skip


def test_a_push_to_a_branch_gives_its_essentials() -> None:
    event = read_event("push", push("refs/heads/release/1.2"))
    assert isinstance(event, GithubEvent) and event.branch == "release/1.2"
    assert event.input["compare_url"] == "https://github.com/octo/app/compare/1...2"


@pytest.mark.parametrize(
    ("event", "payload", "why"),
    [
        ("pull_request", pr("closed"), "is not watched"),
        ("pull_request", pr("labeled"), "is not watched"),
        ("push", push("refs/tags/v1"), "is not a branch push"),
        ("push", push(deleted=True), "branch deletion"),
    ],
)
def test_known_events_the_node_does_not_act_on_are_ignored_with_the_reason(
    event: str, payload: dict[str, Any], why: str
) -> None:
    ignored = read_event(event, payload)
    assert isinstance(ignored, str) and why in ignored


@pytest.mark.parametrize(
    ("event", "payload", "why"),
    [
        ("issues", {"repository": {"full_name": "octo/app"}}, "not handled"),
        ("pull_request", ["not", "an", "object"], "not a JSON object"),
        ("pull_request", {"action": "opened"}, "repository.full_name"),
        ("pull_request", {**pr(), "repository": {"full_name": "../../etc"}}, "is not owner/name"),
        ("pull_request", pr(number="7"), "pull_request.number"),
        ("pull_request", pr(head={"sha": "not-a-sha"}), "head.sha"),
        ("pull_request", pr(base={"ref": "bad branch"}), "not a branch name"),
        ("push", {**push(), "after": 42}, "after"),
    ],
)
def test_a_malformed_delivery_is_refused_with_the_reason(event: str, payload: Any, why: str) -> None:
    with pytest.raises(InvalidDelivery, match=why):
        read_event(event, payload)


def bound(**fields: Any) -> Binding:
    return Binding(**{"workflow_id": 1, "workflow": "review", "enabled": True, "repository": "Octo/App",
                      "events": ("pull_request", "push"), **fields})  # fmt: skip


def test_a_binding_matches_its_repository_event_and_watched_branches() -> None:
    on_main = read_event("push", push())
    on_feature = read_event("push", push("refs/heads/feature/x"))
    assert isinstance(on_main, GithubEvent) and isinstance(on_feature, GithubEvent)
    assert matches(bound(), on_main)  # no branches: the default branch, repository case-insensitive
    assert not matches(bound(), on_feature)
    assert matches(bound(branches=("feature/*",)), on_feature)
    assert not matches(bound(events=("pull_request",)), on_main)
    assert not matches(bound(repository="octo/other"), on_main)


def test_a_binding_is_checked_field_by_field() -> None:
    assert check_binding("octo/app", ["push"], ["main", "release/*"]) == []
    errors = check_binding("not a repo", [], ["bad branch"])
    assert [e.split(":")[0] for e in errors] == ["repository", "events", "branches"]
    assert check_binding("octo/app", ["issues"], []) == ["events: issues not handled (only pull_request, push)"]

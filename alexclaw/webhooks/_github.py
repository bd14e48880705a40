"""GitHub's webhook protocol as plain functions: the signature (HMAC-SHA256
of the raw body in ``X-Hub-Signature-256``, compared in constant time),
the events the node acts on (``pull_request`` opened, synchronize or
reopened; ``push`` to a branch) reduced to their essentials, and which
bindings an event matches. Nothing from the payload but those essentials
reaches a run: a PR's title and body are the sender's words, not the
operator's."""

from __future__ import annotations

import fnmatch
import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

MAX_DELIVERY_BYTES: Final = 1024 * 1024
EVENTS: Final = ("pull_request", "push")
DELIVERY_HEADERS: Final = ("X-GitHub-Event", "X-GitHub-Delivery", "X-Hub-Signature-256", "Content-Type")
PR_ACTIONS: Final = frozenset({"opened", "synchronize", "reopened"})
REPOSITORY: Final = re.compile(r"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$")
DELIVERY_ID: Final = re.compile(r"^[A-Za-z0-9-]{1,100}$")
_SHA: Final = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")
_BRANCH: Final = re.compile(r"^[^\x00-\x20\x7f~^:?*\[\\]{1,255}$")


class InvalidDelivery(ValueError):
    """The delivery is not a well-formed event of its kind (a 400)."""


def signature_ok(secret: str, body: bytes, header: str) -> bool:
    """``header`` is GitHub's ``sha256=<hex>`` of ``body`` under ``secret``."""
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.strip().encode("ascii", "replace"))


@dataclass(frozen=True, slots=True)
class GithubEvent:
    """An event the node may act on: its repository, the branch it is about
    (a PR's base, a push's branch) and the run's input."""

    event: str
    repository: str
    branch: str
    default_branch: str
    input: Mapping[str, Any] = field(default_factory=dict)


def _text(data: Any, *path: str) -> str:
    for key in path:
        data = data.get(key) if isinstance(data, Mapping) else None
    if not isinstance(data, str):
        raise InvalidDelivery(f"{'.'.join(path)}: missing or not text")
    return data


def _repository(payload: Mapping[str, Any]) -> tuple[str, str]:
    name = _text(payload, "repository", "full_name")
    if not REPOSITORY.match(name):
        raise InvalidDelivery(f"repository.full_name {name[:100]!r} is not owner/name")
    default = payload.get("repository", {}).get("default_branch")
    return name, default if isinstance(default, str) and _BRANCH.match(default) else "main"


def _branch(value: str, what: str) -> str:
    if not _BRANCH.match(value):
        raise InvalidDelivery(f"{what}: not a branch name")
    return value


def _sha(value: str, what: str) -> str:
    if not _SHA.match(value):
        raise InvalidDelivery(f"{what}: not a commit SHA")
    return value


def read_event(event: str, payload: Any) -> GithubEvent | str:
    """The event's essentials, or why it is ignored (a known event the node
    does not act on). Raises ``InvalidDelivery`` for a malformed one."""
    if not isinstance(payload, Mapping):
        raise InvalidDelivery("the body is not a JSON object")
    repository, default = _repository(payload)
    if event == "pull_request":
        action = _text(payload, "action")
        if action not in PR_ACTIONS:
            return f"pull_request action {action[:40]!r} is not watched (only {', '.join(sorted(PR_ACTIONS))})"
        pr = payload.get("pull_request")
        number = pr.get("number") if isinstance(pr, Mapping) else None
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise InvalidDelivery("pull_request.number: missing or not a number")
        base = _branch(_text(pr, "base", "ref"), "pull_request.base.ref")
        essentials = {
            "event": event, "action": action, "repo": repository, "pr_number": number,
            "head_sha": _sha(_text(pr, "head", "sha"), "pull_request.head.sha"), "base_branch": base,
            "compare_url": f"https://github.com/{repository}/pull/{number}/files",
        }  # fmt: skip
        return GithubEvent(event, repository, base, default, essentials)
    if event == "push":
        ref = _text(payload, "ref")
        if not ref.startswith("refs/heads/"):
            return f"a push to {ref[:100]!r} is not a branch push"
        if payload.get("deleted") is True:
            return "a branch deletion starts nothing"
        branch = _branch(ref.removeprefix("refs/heads/"), "ref")
        compare = payload.get("compare")
        essentials = {
            "event": event, "repo": repository, "branch": branch,
            "head_sha": _sha(_text(payload, "after"), "after"),
            "compare_url": compare if isinstance(compare, str) and compare.startswith("https://") else "",
        }  # fmt: skip
        return GithubEvent(event, repository, branch, default, essentials)
    raise InvalidDelivery(f"event {event[:60]!r} is not handled (only ping, {', '.join(EVENTS)})")


@dataclass(frozen=True, slots=True)
class Binding:
    """A workflow bound to a repository's events. No branches: the
    repository's default branch only."""

    workflow_id: int
    workflow: str
    enabled: bool
    repository: str
    events: tuple[str, ...]
    branches: tuple[str, ...] = ()


def matches(binding: Binding, event: GithubEvent) -> bool:
    if binding.repository.casefold() != event.repository.casefold() or event.event not in binding.events:
        return False
    if not binding.branches:
        return event.branch == event.default_branch
    return any(fnmatch.fnmatchcase(event.branch, pattern) for pattern in binding.branches)


def check_binding(repository: str, events: Sequence[str], branches: Sequence[str]) -> list[str]:
    """Every problem of a binding, as "field: why"."""
    errors: list[str] = []
    if not REPOSITORY.match(repository):
        errors.append("repository: owner/name, e.g. octocat/hello-world")
    if not events:
        errors.append(f"events: choose at least one of {', '.join(EVENTS)}")
    unknown = [e for e in events if e not in EVENTS]
    if unknown:
        errors.append(f"events: {', '.join(unknown)} not handled (only {', '.join(EVENTS)})")
    if len(branches) > 20:
        errors.append("branches: at most 20 patterns")
    for pattern in branches:
        if not pattern or len(pattern) > 255 or any(c.isspace() or ord(c) < 32 for c in pattern):
            errors.append(f"branches: {pattern[:60]!r} is not a branch name or pattern")
    return errors

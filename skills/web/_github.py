"""``github_security_review``: the diff to review, fetched from GitHub's
API. Modes: ``latest_pr`` (the newest open pull request), ``all_prs`` (the
open ones, at most 30), ``latest_push`` (the newest commit of the default
branch against its parent), ``specific_pr`` (``pr_number``),
``specific_commit`` (``commit_sha``). The repository is the step's ``repo``
or ``github.default_repo``; the diff is capped at 24,000 bytes. The token
``github.token`` is added by the egress guard, only for the
``github.api_base_url`` it was entered for: the skill never holds it."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Final

from skills._api import SkillAPI, WebFailed
from skills._contract import ON_EMPTY, ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.ports import WebReply, WebRequest
from skills.web._common import ANY_HTTPS_HOST, as_text

MODES: Final = ("latest_pr", "all_prs", "latest_push", "specific_pr", "specific_commit")
ON_DIFF: Final = "on_diff"
MAX_DIFF_BYTES: Final = 24_000
MAX_PRS: Final = 30
TOKEN: Final = "github.token"  # noqa: S105 - the setting's name, not a value
_REPO: Final = re.compile(r"[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}")
_SHA: Final = re.compile(r"[0-9a-fA-F]{7,40}")
_DIFF: Final = "application/vnd.github.v3.diff"
_JSON: Final = "application/vnd.github+json"


class GitHubProblem(Exception):
    """An answer that ends the step on its error branch, with the reason."""


@dataclass(frozen=True, slots=True)
class Change:
    ref: str  # "PR #12" or a commit sha
    title: str
    url: str
    diff: str


def cap(text: str, limit: int = MAX_DIFF_BYTES) -> tuple[str, bool]:
    """At most ``limit`` UTF-8 bytes, cut at a line when one is near, never
    inside a character; whether anything was cut."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text, False
    cut = data[:limit].decode("utf-8", errors="ignore")
    line = cut.rfind("\n")
    return (cut[: line + 1] if line >= len(cut) // 2 else cut), True


class GitHub:
    """The calls one step makes, all through the SkillAPI's web_request."""

    def __init__(self, api: SkillAPI, base: str, repo: str, *, token: bool) -> None:
        self.api, self.base, self.repo, self.token = api, base.rstrip("/"), repo, token

    async def get(self, path: str, accept: str = _JSON) -> WebReply:
        url = f"{self.base}/repos/{self.repo}{path}"
        request = WebRequest(
            "GET", url, headers={"Accept": accept, "X-GitHub-Api-Version": "2022-11-28"},
            credential=TOKEN if self.token else None, text="raw",
        )  # fmt: skip
        reply = await self.api.web_request(request)
        if reply.status == 404:
            raise GitHubProblem(f"{self.repo}{path}: not found (a private repository needs github.token)")
        if reply.status in (401, 403):
            raise GitHubProblem(f"{self.repo}{path}: GitHub refused (HTTP {reply.status}); check github.token")
        if not 200 <= reply.status < 300:
            raise GitHubProblem(f"{self.repo}{path}: HTTP {reply.status}")
        return reply

    async def data(self, path: str) -> Any:
        reply = await self.get(path)
        try:
            return json.loads(reply.text)
        except ValueError:
            raise GitHubProblem(f"{self.repo}{path}: the answer is not JSON") from None

    async def pull(self, number: int, title: str = "", url: str = "") -> Change:
        diff = (await self.get(f"/pulls/{number}", _DIFF)).text
        return Change(f"PR #{number}", title, url, diff)

    async def pulls(self, count: int) -> list[Mapping[str, Any]]:
        answer = await self.data(f"/pulls?state=open&sort=created&direction=desc&per_page={count}")
        if not isinstance(answer, list):
            raise GitHubProblem(f"{self.repo}: the pull request list is not a list")
        return [p for p in answer if isinstance(p, Mapping) and isinstance(p.get("number"), int)][:count]

    async def commit(self, sha: str) -> Change:
        detail = await self.data(f"/commits/{sha}")
        message = str((detail.get("commit") or {}).get("message") or "") if isinstance(detail, Mapping) else ""
        diff = (await self.get(f"/commits/{sha}", _DIFF)).text
        url = str(detail.get("html_url") or "") if isinstance(detail, Mapping) else ""
        return Change(sha, message.splitlines()[0] if message else "", url, diff)

    async def latest_push(self) -> Change | None:
        commits = await self.data("/commits?per_page=1")
        if not isinstance(commits, list) or not commits:
            return None
        head = commits[0] if isinstance(commits[0], Mapping) else {}
        sha, parents = str(head.get("sha") or ""), head.get("parents") or []
        if not _SHA.fullmatch(sha):
            raise GitHubProblem(f"{self.repo}: the newest commit has no sha")
        message = str((head.get("commit") or {}).get("message") or "")
        title = message.splitlines()[0] if message else ""
        if not parents:  # the first commit: its own diff
            return await self.commit(sha)
        parent = str(parents[0].get("sha") or "") if isinstance(parents[0], Mapping) else ""
        diff = (await self.get(f"/compare/{parent}...{sha}", _DIFF)).text
        return Change(sha, title, str(head.get("html_url") or ""), diff)


def _number(value: Any) -> int | None:
    text = as_text(value).strip().lstrip("#")
    # ASCII and short before int: "²" is a digit to isdigit, and 4,300 digits raise.
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 and int(text) > 0 else None


class GithubSecurityReview:
    name: ClassVar[str] = "github_security_review"
    description: ClassVar[str] = "Fetch a GitHub diff to review: a pull request, all open ones, a push, a commit"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"web_read", "config_read"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_DIFF: BranchKind.OK,
        ON_EMPTY: BranchKind.EMPTY,
        ON_ERROR: BranchKind.ERROR,
    }
    external: ClassVar[bool] = True
    egress: ClassVar[tuple[str, ...]] = ANY_HTTPS_HOST  # github.api_base_url: api.github.com or an Enterprise host
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("mode", "choice:" + ",".join(MODES), "Which diff", "latest_pr"),
        ConfigField("repo", "string", "owner/repo (empty: github.default_repo)"),
        ConfigField("pr_number", "integer", "specific_pr: the pull request (empty: the input)", minimum=1),
        ConfigField("commit_sha", "string", "specific_commit: the commit (empty: the input)"),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        mode = str(args.config.get("mode") or "latest_pr")
        if mode not in MODES:
            return SkillOutcome.error(f"config.mode: one of {', '.join(MODES)}")
        if args.api is None:
            return SkillOutcome.error("github_security_review runs inside a workflow (it needs the SkillAPI)")
        api: SkillAPI = args.api
        repo = str(args.config.get("repo") or await api.config_read("github.default_repo") or "").strip()
        if not _REPO.fullmatch(repo):
            return SkillOutcome.error(f"repo {repo!r}: owner/repo (set the step's repo or github.default_repo)")
        base = str(await api.config_read("github.api_base_url") or "https://api.github.com")
        github = GitHub(api, base, repo, token=bool(await api.config_read(TOKEN)))
        try:
            changes = await self._changes(github, mode, args)
        except GitHubProblem as exc:
            return SkillOutcome.error(str(exc))
        except WebFailed as exc:
            return SkillOutcome.error(f"{exc.kind}: {exc.message}")
        if isinstance(changes, SkillOutcome):
            return changes
        changes = [c for c in changes if c.diff.strip()]
        if not changes:
            return SkillOutcome({"reason": f"{repo}: nothing to review ({mode})"}, ON_EMPTY)
        text = "\n".join(f"### {c.ref}: {c.title}\n{c.url}\n{c.diff}" for c in changes)
        diff, truncated = cap(text)
        refs = [c.ref for c in changes]
        return SkillOutcome({"repo": repo, "mode": mode, "refs": refs, "diff": diff, "truncated": truncated}, ON_DIFF)

    @staticmethod
    async def _changes(github: GitHub, mode: str, args: SkillArgs) -> list[Change] | SkillOutcome:
        if mode == "specific_pr":
            number = _number(args.config.get("pr_number") or args.input)
            if number is None:
                return SkillOutcome.error("specific_pr: a pull request number (config.pr_number or the input)")
            return [await github.pull(number)]
        if mode == "specific_commit":
            sha = as_text(args.config.get("commit_sha") or args.input).strip()
            if not _SHA.fullmatch(sha):
                return SkillOutcome.error("specific_commit: a commit sha (config.commit_sha or the input)")
            return [await github.commit(sha)]
        if mode == "latest_push":
            change = await github.latest_push()
            return [change] if change else []
        pulls = await github.pulls(1 if mode == "latest_pr" else MAX_PRS)
        return [await github.pull(p["number"], str(p.get("title") or ""), str(p.get("html_url") or "")) for p in pulls]

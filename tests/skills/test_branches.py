"""Every skill declares its branches with their kinds (ok, error, empty),
the registration refuses a declaration that is missing or lies, and every
core skill answers only on branches it declares."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import pytest

from skills import BranchKind, CallerState, ModelRefused, SkillArgs, SkillOutcome, SqlFailed, describe
from skills.builtin import CORE_SKILLS
from skills.ports import ModelReply


class Declared:
    name: ClassVar[str] = "declared"
    description: ClassVar[str] = "a skill whose test sets its branches"
    version: ClassVar[str] = "1"
    permissions: ClassVar[frozenset[str]] = frozenset()
    branches: ClassVar[Mapping[str, str]] = {"on_success": "ok"}
    external: ClassVar[bool] = False

    async def run(self, args: SkillArgs) -> SkillOutcome:
        return SkillOutcome(None)


def declaring(branches: Any) -> Declared:
    skill = Declared()
    skill.branches = branches  # type: ignore[misc]  # an instance attribute, as a loaded skill could have
    return skill


class Chat:
    """The part of the SkillAPI ``telegram_notify`` uses; ``down`` refuses."""

    def __init__(self, down: bool = False) -> None:
        self.down = down
        self.sent: list[str] = []

    async def telegram_send(self, text: str) -> None:
        if self.down:
            raise ConnectionError("Telegram is unreachable")
        self.sent.append(text)

    async def gateway_send(self, gateway: str, text: str, target: str = "") -> None:
        """What ``discord_notify`` uses."""
        await self.telegram_send(text)


class Peers:
    """The part of the SkillAPI ``send_to_workflow`` uses: the target node's answer."""

    def __init__(self, answer: dict[str, Any]) -> None:
        self.answer = answer

    async def cluster_dispatch(self, node: str, workflow: str, input: Any, timeout: float) -> dict[str, Any]:
        return self.answer


class Backups:
    """The part of the SkillAPI ``db_backup`` uses: a backup written, or refused with why."""

    def __init__(self, answer: dict[str, Any]) -> None:
        self.answer = answer

    async def db_backup(self) -> dict[str, Any]:
        return self.answer


class Composing:
    """The part of the SkillAPI the deprecated three use: ``run_skill``
    answers each skill from ``answers`` (its outcome), the model answers
    ``answer``; memory writes are kept."""

    def __init__(self, **answers: SkillOutcome) -> None:
        self.answers = answers
        self.kept: list[str] = []

    async def run_skill(self, name: str, args: SkillArgs) -> SkillOutcome:
        return self.answers[name]

    async def llm(self, prompt: str, **_: Any) -> str:
        return "an answer"

    async def memory_write(self, text: str, **_: Any) -> int:
        self.kept.append(text)
        return 1


class Database:
    """The part of the SkillAPI ``sql_query`` uses: ``rows`` answers, or
    ``failing`` says why not."""

    def __init__(self, rows: list[dict[str, Any]], failing: str = "") -> None:
        self.rows = rows
        self.failing = failing

    async def sql_query(self, connection: str, query: str, params: Any, timeout_ms: int) -> Mapping[str, Any]:
        if self.failing:
            raise SqlFailed("timeout", self.failing)
        return {"rows": self.rows, "columns": ["id"]}


ON_ITEMS = "on_items"
ITEMS = [{"title": "t", "link": "https://x.example/1", "summary": "s", "feed": "f", "score": 0.9}]


class Model:
    """The part of the SkillAPI ``ask_model`` uses; ``refusing`` refuses."""

    def __init__(self, refusing: bool = False, answer: str | None = None) -> None:
        self.refusing = refusing
        self.answer = answer

    async def llm(self, prompt: str, *, system: str = "", **choices: Any) -> str:
        if self.refusing:
            raise ModelRefused("shield", "the shield blocked this prompt")
        return self.answer if self.answer is not None else f"answer to {prompt}"

    async def rag(self, query: str, **_: Any) -> dict[str, Any]:
        """What ``research`` retrieves: one numbered source."""
        source = {"n": 1, "store": "memory", "title": "note", "source": "test", "score": 0.9, "cut": False}
        return {"query": query, "rewritten": False, "context": "[1] note — test", "sources": [source], "left_out": 0}

    async def memory_write(self, text: str, **_: Any) -> int:
        return 1

    async def llm_reply(self, prompt: str, **_: Any) -> ModelReply:
        """What ``conversational`` uses: the whole reply, or the refusal."""
        return ModelReply(await self.llm(prompt), "p", "m", "ALLOW")


class NodeSettings:
    """The part of the SkillAPI ``shell`` uses: its settings, read at depth 0."""

    def __init__(self, **values: Any) -> None:
        self.values = {"shell.enabled": True, "shell.whitelist": ["date", "sleep"], "shell.timeout_seconds": 30,
                       "shell.max_output_chars": 4000} | values  # fmt: skip
        self.caller = CallerState("shell", frozenset({"config_read"}), "core")

    async def config_read(self, key: str) -> Any:
        return self.values.get(key)


# What makes each core skill answer on each branch it may answer on. A new
# core skill without an entry here fails the test below.
class Coding:
    """The part of the SkillAPI ``coder`` uses: a model answering one skill
    file, and the writes it keeps (nothing on disk)."""

    SOURCE = (
        "```python\nfrom alexclaw_sdk import Args, Outcome\n\n\nclass Up:\n    name = 'up'\n    version = '1.0.0'\n"
        "    description = 'up'\n    permissions = frozenset()\n    branches = {'on_success': 'ok'}\n"
        "    external = False\n\n    async def run(self, args: Args) -> Outcome:\n"
        "        return Outcome(str(args.input).upper())\n```\n"
    )

    def __init__(self) -> None:
        self.kept: list[tuple[str, bool]] = []

    async def llm(self, prompt: str, **_: Any) -> str:
        return self.SOURCE

    async def skill_write(self, name: str, source: str, *, passed: bool = True) -> str:
        self.kept.append((name, passed))
        return name

    async def workflow_manage(self, action: str, name: str) -> int:
        return 1


CASES: dict[str, list[SkillArgs]] = {
    "echo": [SkillArgs("x"), SkillArgs(None, {"value": 3})],
    "sleep": [SkillArgs("x", {"seconds": 0}), SkillArgs("x", {"seconds": "abc"}), SkillArgs("x", {"seconds": -1})],
    "condition": [
        SkillArgs("rain", {"operator": "contains", "value": "rain"}),
        SkillArgs("sun", {"operator": "contains", "value": "rain"}),
        SkillArgs("x", {"operator": "resembles"}),
    ],
    "template": [SkillArgs({"a": 1}, {"template": "{input.a}"}), SkillArgs("x", {"template": 5})],
    "fail": [SkillArgs("x", {"reason": "down"})],
    "telegram_notify": [SkillArgs("x", api=Chat()), SkillArgs("x", api=Chat(down=True)), SkillArgs("x")],
    "discord_notify": [SkillArgs("x", api=Chat()), SkillArgs("x", api=Chat(down=True)), SkillArgs("x")],
    "send_to_workflow": [
        SkillArgs("x", {"target_node": "b", "target_workflow": "w"}, api=Peers({"ok": True, "run_id": 1})),
        SkillArgs("x", {"target_node": "b", "target_workflow": "w"}, api=Peers({"ok": False, "reason": "nope"})),
        SkillArgs("x", {"target_node": "b"}),
    ],
    "receive_from_workflow": [SkillArgs("x", {"allowed_nodes": ["b"]}), SkillArgs("x", {"allowed_nodes": 3})],
    "db_backup": [
        SkillArgs(None, api=Backups({"ok": True, "file": "alexclaw-20260101T030000Z.sql.gz", "size": 1})),
        SkillArgs(None, api=Backups({"ok": False, "error": "the backup directory is full"})),
        SkillArgs(None),
    ],
    "ask_model": [
        SkillArgs({"a": "b"}, {"prompt_template": "say {input.a}"}, api=Model()),
        SkillArgs("x", api=Model(refusing=True)),
        SkillArgs("x"),
    ],
    "llm_score": [
        SkillArgs([{"title": "a"}, {"title": "b"}], api=Model(answer="0.9\n0.1")),
        SkillArgs([{"title": "a"}], {"threshold": 0.5}, api=Model(answer="0.2")),
        SkillArgs([], api=Model()),
        SkillArgs([{"title": "a"}], api=Model(refusing=True)),
        SkillArgs("not a list", api=Model()),
    ],
    "shell": [
        SkillArgs(None, {"command": "date"}, api=NodeSettings()),
        SkillArgs(None, {"command": "date"}, api=NodeSettings(**{"shell.enabled": False})),
        SkillArgs(None, {"command": "sleep 5", "timeout_seconds": 0.2}, api=NodeSettings()),
    ],
    "llm_transform": [
        SkillArgs("x", {"prompt_template": "Summarize {input}"}, api=Model()),
        SkillArgs("x", {}),  # no template: the input passes through
        SkillArgs("x", {"prompt_template": "Summarize {input}"}, api=Model(refusing=True)),
    ],
    "coder": [
        SkillArgs("uppercase the input", api=Coding()),
        SkillArgs("uppercase the input", {"workflow": True}, api=Coding()),
        SkillArgs("", api=Coding()),
    ],
    "research": [
        SkillArgs("What did I note?", api=Model(answer="You noted this [1].")),
        SkillArgs("What did I note?", api=Model(refusing=True)),
        SkillArgs("", api=Model()),
    ],
    "rss_collector": [
        SkillArgs(None, api=Composing(rss_fetch=(kept := SkillOutcome(ITEMS, ON_ITEMS)), llm_score=kept)),
        SkillArgs(None, api=Composing(rss_fetch=SkillOutcome("none", "on_empty"))),
        SkillArgs(None, api=Composing(rss_fetch=SkillOutcome.error("feeds down"))),
    ],
    "web_search": [
        SkillArgs("q", api=Composing(web_search_fetch=SkillOutcome("[1] a", "on_results"))),
        SkillArgs("q", api=Composing(web_search_fetch=SkillOutcome("none", "on_no_results"))),
        SkillArgs("q", api=Composing(web_search_fetch=SkillOutcome.error("slow", "on_timeout"))),
        SkillArgs(""),
    ],
    "web_browse": [
        SkillArgs("https://x.example", api=Composing(web_fetch=SkillOutcome("page", "on_success"))),
        SkillArgs("https://x.example", api=Composing(web_fetch=SkillOutcome(None, "on_not_found"))),
        SkillArgs("https://x.example", api=Composing(web_fetch=SkillOutcome.error("slow", "on_timeout"))),
        SkillArgs(""),
    ],
    "sql_query": [
        SkillArgs(None, {"connection": "reports", "query": "SELECT 1 AS id"}, api=Database([{"id": 1}])),
        SkillArgs(None, {"connection": "reports", "query": "SELECT 1 WHERE false"}, api=Database([])),
        SkillArgs(None, {"connection": "reports", "query": "SELECT pg_sleep(9)"}, api=Database([], "too slow")),
        SkillArgs(None, {"connection": "", "query": "SELECT 1"}),
    ],
    "conversational": [
        SkillArgs({"message": "hi", "history": [{"role": "user", "content": "before"}]}, api=Model()),
        SkillArgs("x", api=Model(refusing=True)),
        SkillArgs({"history": []}, api=Model()),
    ],
}


@pytest.mark.parametrize("skill", CORE_SKILLS, ids=lambda s: s.name)
def test_every_core_skill_declares_each_branch_with_a_kind(skill: Any) -> None:
    assert "branches" in vars(type(skill)), f"{skill.name} declares no branches of its own"
    meta = describe(skill, core=True)
    assert meta.branches and set(meta.branches.values()) <= set(BranchKind)
    assert meta.routes == tuple(skill.branches)  # the step editor offers them in the declared order
    if "on_error" in meta.branches:
        assert meta.kind_of("on_error") is BranchKind.ERROR


@pytest.mark.parametrize("skill", CORE_SKILLS, ids=lambda s: s.name)
async def test_every_core_skill_answers_only_on_branches_it_declares(skill: Any) -> None:
    assert skill.name in CASES, f"add the cases that make {skill.name} answer on each of its branches"
    answered = {(await skill.run(args)).branch for args in CASES[skill.name]}
    assert answered <= set(skill.branches)
    assert answered == set(skill.branches)  # and the cases reach every declared branch


def test_the_kind_of_a_branch_is_what_the_skill_declared_and_an_undeclared_one_is_an_error() -> None:
    meta = describe(declaring({"found": "ok", "not_found": "error", "nothing_new": "empty"}), core=False)
    assert [meta.kind_of(b) for b in ("found", "not_found", "nothing_new")] == list(BranchKind)
    assert meta.kind_of("on_error") is BranchKind.ERROR  # every skill may fail (a crash, an overrun)
    assert meta.kind_of("something_else") is BranchKind.ERROR


@pytest.mark.parametrize(
    ("branches", "problem"),
    [
        (None, "declare its branches"),
        ({}, "declare its branches"),
        (("on_success", "on_error"), "declare its branches"),  # names alone say nothing of their kinds
        ({"on_success": "fine"}, "kind 'fine' is not one of ok, error, empty"),
        ({"on_error": "ok"}, "branch on_error is always of kind error"),
        ({"on_success": "empty"}, "branch on_success is always of kind ok"),
        ({"on_empty": "error"}, "branch on_empty is always of kind empty"),
        ({"default": "ok"}, "branch 'default' is reserved"),
        ({"skill_missing": "error"}, "branch 'skill_missing' is reserved"),
        ({"Found": "ok"}, "branch 'Found': lowercase letters, digits and underscores"),
        ({"two words": "ok"}, "branch 'two words': lowercase letters, digits and underscores"),
    ],
)
def test_a_missing_or_untrue_branch_declaration_is_refused_at_registration(branches: Any, problem: str) -> None:
    with pytest.raises(ValueError, match=f"^skill declared: .*{problem}"):
        describe(declaring(branches), core=False)

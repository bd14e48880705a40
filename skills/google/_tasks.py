"""``google_tasks``: the operator's Google Tasks. ``action: list`` (the
default): the open tasks of ``tasklist`` (``@default``: the first list);
``action: add``: a task titled ``title`` (or the input) with ``notes`` and
an optional ``due`` date; ``action: lists``: the task lists."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, ClassVar, Final
from urllib.parse import quote

from skills._contract import ON_EMPTY, ON_ERROR, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.google._common import GoogleProblem, call_google, text
from skills.ports import GoogleRequest

ON_TASKS: Final = "on_tasks"
ACTIONS: Final = ("list", "add", "lists")


def task_brief(task: Mapping[str, Any]) -> dict[str, str]:
    return {
        "title": text(task.get("title"), 500),
        "notes": text(task.get("notes"), 1000),
        "due": text(task.get("due"), 64)[:10],
        "status": text(task.get("status"), 32),
    }


class GoogleTasks:
    name: ClassVar[str] = "google_tasks"
    description: ClassVar[str] = "List your Google Tasks, add one, or list the task lists"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"google"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_TASKS: BranchKind.OK,
        ON_EMPTY: BranchKind.EMPTY,
        ON_ERROR: BranchKind.ERROR,
    }
    external: ClassVar[bool] = True  # a task's text may come from anywhere (a shared list, an e-mail)
    egress: ClassVar[tuple[str, ...]] = ()  # the node's Google client makes the call, not the skill
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("action", "choice:list,add,lists", "list open tasks, add one, or list the task lists", "list"),
        ConfigField("tasklist", "string", "which list (@default: your first)", "@default"),
        ConfigField("title", "string", "add: the task (empty: the input)"),
        ConfigField("notes", "text", "add: its notes"),
        ConfigField("due", "string", "add: a due date, YYYY-MM-DD"),
        ConfigField("max_results", "integer", "list: at most this many tasks", 50, minimum=1, maximum=100),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        if args.api is None:
            return SkillOutcome.error("google_tasks runs inside a workflow or a command (it needs the SkillAPI)")
        action = str(args.config.get("action") or "list")
        if action not in ACTIONS:
            return SkillOutcome.error(f"config.action: one of {', '.join(ACTIONS)}")
        tasklist = text(args.config.get("tasklist") or "@default", 300)
        path = f"/tasks/v1/lists/{quote(tasklist, safe='@')}/tasks"
        try:
            if action == "lists":
                data = await call_google(args.api, GoogleRequest("GET", "/tasks/v1/users/@me/lists"))
                items = _items(data)
                lists = [{"id": text(i.get("id"), 300), "title": text(i.get("title"), 300)} for i in items]
                if not lists:
                    return SkillOutcome({"reason": "no task lists"}, ON_EMPTY)
                return SkillOutcome({"lists": lists, "count": len(lists)}, ON_TASKS)
            if action == "add":
                return await self._add(args, path, tasklist)
            limit = args.config.get("max_results") or 50
            if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 100:
                return SkillOutcome.error("config.max_results: a whole number from 1 to 100")
            query = {"showCompleted": "false", "maxResults": str(limit)}
            tasks = [task_brief(t) for t in _items(await call_google(args.api, GoogleRequest("GET", path, query)))]
            if not tasks:
                return SkillOutcome({"reason": "no open tasks", "tasklist": tasklist}, ON_EMPTY)
            return SkillOutcome({"tasklist": tasklist, "tasks": tasks, "count": len(tasks)}, ON_TASKS)
        except GoogleProblem as exc:
            return SkillOutcome.error(str(exc))

    @staticmethod
    async def _add(args: SkillArgs, path: str, tasklist: str) -> SkillOutcome:
        title = text(args.config.get("title") or (args.input if isinstance(args.input, str) else ""), 500)
        if not title:
            return SkillOutcome.error("add: a title (config.title or the input)")
        body: dict[str, str] = {"title": title}
        notes = text(args.config.get("notes"), 8000)
        if notes:
            body["notes"] = notes
        due = text(args.config.get("due"), 10)
        if due:
            try:
                body["due"] = date.fromisoformat(due).isoformat() + "T00:00:00.000Z"  # Tasks keeps the date only
            except ValueError:
                return SkillOutcome.error("add: due as YYYY-MM-DD")
        assert args.api is not None
        created = await call_google(args.api, GoogleRequest("POST", path, body=body))
        task = task_brief(created) if isinstance(created, Mapping) else {"title": title}
        return SkillOutcome({"tasklist": tasklist, "added": task, "tasks": [task], "count": 1}, ON_TASKS)


def _items(data: Any) -> list[Mapping[str, Any]]:
    items = data.get("items") if isinstance(data, Mapping) else None
    return [i for i in items if isinstance(i, Mapping)] if isinstance(items, list) else []

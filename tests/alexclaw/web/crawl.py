"""Walking the admin UI as a class: every route of the Quart app's url_map
(its arguments filled in), every form its pages render (with the values a
browser would submit). The bad-input tests drive hostile values through
all of them, so a route or a field added later is covered without a new
test."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser
from werkzeug.routing import Rule

from alexclaw import Node
from alexclaw.config import ValueType
from alexclaw.conversations import add_turn, create_conversation
from alexclaw.web._guard import MACHINE_PREFIXES
from tests.alexclaw.web.conftest import HTML, add_provider_row, login, page_csrf

ARGUMENT = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")
# Not pages: static files, the server-sent event streams (they never end),
# and the machine endpoints, which have their own tests.
SKIPPED_PREFIXES = ("/static/", "/events/", *MACHINE_PREFIXES)


@dataclass(frozen=True)
class Form:
    action: str
    fields: dict[str, str]
    multipart: bool = False


@dataclass
class Site:
    """A logged-in client on a node holding one of everything a page can
    show: a workflow with a step and a resource, a policy, a challenge, a
    string setting of its own and a json-typed one, an LLM provider."""

    client: Any
    node: Node
    args: dict[str, str] = field(default_factory=dict)
    token: str | None = None

    async def csrf(self, path: str) -> str:
        """The token a form posted to ``path`` carries (the login form has
        its own, before any session)."""
        if path == "/login":
            return await page_csrf(self.client, "/login")
        if self.token is None:
            self.token = await page_csrf(self.client, "/")
        return self.token

    async def relogin_if_needed(self, response: Any) -> None:
        if response.status_code == 302 and response.headers["Location"].startswith("/login"):
            await login(self.client)
            self.token = None


async def furnished_site(client: Any, node: Node) -> Site:
    # The walks post hundreds of wrong passwords to /login: no block in their way.
    await node.state.config.set("auth.rate_limit.max_attempts", "1000", actor="test")
    await login(client)
    token = await page_csrf(client, "/")
    created = await client.post("/workflows", form={"name": "Crawled", "csrf_token": token}, headers=HTML)
    workflow_id = re.search(r"/workflows/(\d+)$", created.headers["Location"])
    assert workflow_id, created.headers["Location"]
    wid = workflow_id.group(1)
    step = {"skill": "echo", "cfg.value": "hello", "csrf_token": token}
    assert (await client.post(f"/workflows/{wid}/steps", form=step, headers=HTML)).status_code == 302
    resource = {"name": "Feed", "type": "document", "content": "text", "csrf_token": token}
    assert (await client.post("/resources", form=resource, headers=HTML)).status_code == 302
    policy = {"name": "Slow", "rule_type": "rate_limit", "config": '{"max_calls": 5, "window_seconds": 60}'}
    assert (await client.post("/policies", form={**policy, "csrf_token": token}, headers=HTML)).status_code == 302
    async with node.state.database.pool().acquire() as conn:
        resource_id = await conn.fetchval("SELECT max(id) FROM resources")
        policy_id = await conn.fetchval("SELECT max(id) FROM policies")
    attach = {"resource_id": str(resource_id), "role": "input", "csrf_token": token}
    assert (await client.post(f"/workflows/{wid}/resources", form=attach, headers=HTML)).status_code == 302
    note = {"kind": "note", "content": "A crawled memory.", "csrf_token": token}
    assert (await client.post("/memory", form=note, headers=HTML)).status_code == 302
    text = {"text": "A crawled document.", "source": "crawl.txt", "csrf_token": token}
    assert (await client.post("/knowledge", form=text, headers=HTML)).status_code == 302
    await node.state.config.set("custom.note", "a note", actor="test")
    await add_provider_row(node, "echo")  # named like the skill: the LLM page's <name> routes find it too
    await node.state.config.set("custom.rules", "{}", actor="test", value_type=ValueType.JSON)

    async def nothing() -> str:
        return "nothing"

    async with node.state.database.pool().acquire() as conn:
        entry_id = await conn.fetchval("SELECT max(id) FROM memory_entries")
        document_id = await conn.fetchval("SELECT max(id) FROM knowledge_documents")
        conversation_id = await create_conversation(conn, "web", "admin", "A crawled conversation")
        await add_turn(conn, conversation_id, "user", "hello")
    challenge = await node.state.challenges.create("test.crawl", "A crawl", nothing, actor="test", origin="web")
    args = {
        "workflow_id": wid, "position": "0", "resource_id": str(resource_id), "policy_id": str(policy_id),
        "run_id": "1", "challenge_id": challenge.id, "key": "custom.note", "name": "echo", "short_id": "nobody",
        "chat_id": "4242", "entry_id": str(entry_id), "document_id": str(document_id),
        "conversation_id": str(conversation_id),
        "key_id": "1",  # an MCP key (none exists: revoking it says so)
        "connection_id": "1",  # a database connection (none exists: each route says so)
        "shot_id": "1",  # a recipe's screenshot (none kept: 404)
        "guild_id": "800000000000000001",  # a Discord guild and channel with nothing pending there
        "channel_id": "700000000000000001",
        "session_id": "1",  # a reasoning session (the node's desk has none: each route says so)
    }  # fmt: skip
    return Site(client, node, args)


def page_rules(site: Site) -> list[Rule]:
    rules = [r for r in site.node.state.app.url_map.iter_rules() if not r.rule.startswith(SKIPPED_PREFIXES)]
    return sorted(rules, key=lambda r: r.rule)


def arguments(rule: Rule) -> list[tuple[str, str]]:
    """(converter, name) of each argument; converter "" is a plain string."""
    return [(m.group(1) or "", m.group(2)) for m in ARGUMENT.finditer(rule.rule)]


def filled(rule: Rule, values: Mapping[str, str]) -> str:
    return ARGUMENT.sub(lambda m: values[m.group(2)], rule.rule)


def methods(rule: Rule) -> list[str]:
    return sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})


async def pages(site: Site) -> list[str]:
    """Every GET page with its arguments filled in from the furnished site."""
    paths = [filled(r, site.args) for r in page_rules(site) if "GET" in methods(r)]
    return [p for p in paths if not p.endswith("/export")] + [f"/workflows/{site.args['workflow_id']}/steps/new"]


def _value(node: Any) -> str | None:
    tag = node.tag
    kind = (node.attributes.get("type") or "text").lower()
    if tag == "textarea":
        return str(node.text())
    if tag == "select":
        options = node.css("option")
        chosen = next((o for o in options if "selected" in o.attributes), options[0] if options else None)
        return None if chosen is None else str(chosen.attributes.get("value") or chosen.text())
    if kind in {"checkbox", "radio"}:
        return str(node.attributes.get("value") or "on") if "checked" in node.attributes else None
    if kind in {"submit", "button", "file", "image", "reset"}:
        return None
    return str(node.attributes.get("value") or "")


def forms_in(html: str) -> Iterator[Form]:
    for form in LexborHTMLParser(html).css("form"):
        if (form.attributes.get("method") or "get").lower() != "post":
            continue
        fields: dict[str, str] = {}
        for node in form.css("input, textarea, select"):
            name = node.attributes.get("name")
            value = _value(node)
            if name and value is not None and name not in fields:
                fields[name] = value
        multipart = (form.attributes.get("enctype") or "") == "multipart/form-data"
        yield Form(str(form.attributes.get("action") or ""), fields, multipart)


async def every_form(site: Site) -> list[Form]:
    """Each distinct form (by action and field names) on every page."""
    seen: dict[tuple[str, tuple[str, ...]], Form] = {}
    for path in await pages(site):
        response = await site.client.get(path, headers=HTML)
        if response.status_code != 200 or "html" not in response.content_type:
            continue
        for form in forms_in(await response.get_data(as_text=True)):
            if form.action.startswith("/"):
                seen.setdefault((form.action.split("#")[0], tuple(sorted(form.fields))), form)
    return list(seen.values())

"""LLM: the providers (add, edit, enable or disable, remove; keys masked),
today's usage against each daily limit, a Test call per provider and the
models its API lists.

Every change is a ``ProviderOperations`` call (the command line's too):
the llm layer validates (a refusal is shown next to the form, nothing
saved), audits, and asks for a TOTP code when a key is set or changed, a
held key would go to another address, or the private-address grant is
given. The key field is never filled in: an empty field keeps the key.
Test and Models run on demand through the guarded path and the egress
guard; the provider's own error is shown as it said it (escaped).
"""

from __future__ import annotations

from typing import Any

from quart import Blueprint, abort, request

from alexclaw.llm import CallError, Draft, KeyChange, Kind, ModelList, Probe, Tier, draft_of, probe, read_draft
from alexclaw.security import Invalid
from alexclaw.web._common import acting, answer
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.web._views import llm_usage_rows

BACK = "/llm"
TEST_SOURCE = "web:llm-test"  # what the shield's records name as the Test call's source
BLANK = Draft("", Kind.OPENAI_COMPATIBLE.value, "", Tier.MEDIUM.value)


def _fields(form: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in form.items()}


def build(state: WebState) -> Blueprint:
    bp = Blueprint("llm_pages", __name__)

    def provider(name: str) -> Any:
        found = next((p for p in state.llm_providers.read() if p.name == name), None)
        if found is None:
            abort(404)
        return found

    async def page(
        status: int = 200, *, draft: Draft = BLANK, editing: Any = None, error: str | None = None,
        tested: Probe | None = None, models: ModelList | CallError | None = None,
    ) -> Any:  # fmt: skip
        usage = {row[0]: row[1:4] for row in llm_usage_rows(state)}  # name -> calls, tokens in, tokens out
        body = await render(
            "llm.html", providers=state.llm_providers.read(), usage=usage, draft=draft, editing=editing,
            error=error, probe=tested, models=models, kinds=[k.value for k in Kind], tiers=[t.value for t in Tier],
        )  # fmt: skip
        return body, status

    @bp.get("/llm")
    async def llm() -> Any:
        return await page()

    @bp.post("/llm")
    async def add() -> Any:
        form = _fields(await request.form)
        draft = read_draft(form)
        if isinstance(draft, Invalid):
            return await page(400, error=draft.message())
        added = await state.llm_operations.add(acting(state), draft, form.get("api_key", ""))
        if isinstance(added, Invalid):
            return await page(400, draft=draft, error=added.message())
        return await answer(state, added, BACK)

    @bp.get("/llm/<name>")
    async def edit(name: str) -> Any:
        found = provider(name)
        return await page(draft=draft_of(found), editing=found)

    @bp.post("/llm/<name>")
    async def change(name: str) -> Any:
        found = provider(name)
        form = _fields(await request.form) | {"name": name}
        draft = read_draft(form)
        if isinstance(draft, Invalid):
            return await page(400, draft=draft_of(found), editing=found, error=draft.message())
        key = KeyChange(form.get("api_key", ""), clear="clear_key" in form)
        changed = await state.llm_operations.change(acting(state), draft, key)
        if isinstance(changed, Invalid):
            return await page(400, draft=draft, editing=found, error=changed.message())
        return await answer(state, changed, BACK)

    @bp.post("/llm/<name>/enabled")
    async def enabled(name: str) -> Any:
        provider(name)
        turn_on = (await request.form).get("enabled") == "true"
        return await answer(state, await state.llm_operations.set_enabled(acting(state), name, turn_on), BACK)

    @bp.post("/llm/<name>/delete")
    async def remove(name: str) -> Any:
        provider(name)
        return await answer(state, await state.llm_operations.remove(acting(state), name), BACK)

    @bp.post("/llm/<name>/test")
    async def test(name: str) -> Any:
        provider(name)
        return await page(tested=await probe(state.llm, name, source=TEST_SOURCE))

    @bp.get("/llm/<name>/models")
    async def models(name: str) -> Any:
        provider(name)
        listed = await state.llm.router.models(name)
        if not isinstance(listed, ModelList | CallError):  # the provider left between the check and the call
            abort(404)
        return await page(models=listed)

    return bp

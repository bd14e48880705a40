"""Chat: talk with the model. Conversations are listed, reopened and
deleted; a message goes to the tier or provider picked, and its answer is
streamed as it arrives (``POST /chat/send`` answers with one JSON object a
line: ``conversation``, then ``delta``s, then ``done`` with who answered and
the shield's verdict, or ``error``). Everything it does is
``ConversationOperations``'; the page only reads the form and writes the
events."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any, Final

from quart import Blueprint, Response, flash, redirect, request, url_for

from alexclaw.conversations import (
    ADD_PROVIDER,
    MAX_MESSAGE_CHARS,
    Answered,
    ChatEvent,
    Failed,
    Opened,
    Piece,
    conversation_turns,
    list_conversations,
    load_conversation,
)
from alexclaw.inputs import INT8_MAX, InputError, parse_id
from alexclaw.llm import Tier
from alexclaw.web._common import acting
from alexclaw.web._render import render
from alexclaw.web._state import WebState

DEFAULT_CHOICE: Final = "tier:medium"


def model_choice(value: str) -> tuple[str | None, str | None]:
    """The picker's ``tier:NAME`` / ``provider:NAME`` → (tier, provider);
    the router refuses a tier or provider that does not exist, by name."""
    kind, _, name = value.partition(":")
    if kind == "provider" and name:
        return None, name
    return (name or "medium") if kind == "tier" else "medium", None


def event_line(event: ChatEvent) -> bytes:
    if isinstance(event, Opened):
        payload: dict[str, Any] = {"conversation": event.conversation_id}
    elif isinstance(event, Piece):
        payload = {"delta": event.text}
    elif isinstance(event, Answered):
        payload = {"done": {"provider": event.provider, "model": event.model, "tier": event.tier,
                            "verdict": event.verdict, "reason": event.reason}}  # fmt: skip
    else:
        payload = {"error": event.message, "verdict": event.verdict, "reason": event.reason}
    return json.dumps(payload).encode() + b"\n"


def build(state: WebState) -> Blueprint:
    bp = Blueprint("chat_pages", __name__)

    async def page(conversation_id: int | None) -> Any:
        providers = state.llm_providers.read()
        wanted = conversation_id is not None and conversation_id <= INT8_MAX
        async with state.database.pool().acquire() as conn:
            conversations = await list_conversations(conn)
            current = await load_conversation(conn, conversation_id) if wanted and conversation_id else None
            turns = await conversation_turns(conn, current.id) if current is not None else []
        if conversation_id is not None and current is None:
            await flash(f"No conversation #{conversation_id} (it was deleted?).", "error")
            return redirect(url_for("chat_pages.chat"))
        return await render(
            "chat.html", conversations=conversations, current=current, turns=turns, providers=providers,
            tiers=[t.value for t in Tier], choice=request.args.get("model", DEFAULT_CHOICE),
            add_provider=ADD_PROVIDER, max_chars=MAX_MESSAGE_CHARS,
        )  # fmt: skip

    @bp.get("/chat")
    async def chat() -> Any:
        return await page(None)

    @bp.get("/chat/<int:conversation_id>")
    async def conversation(conversation_id: int) -> Any:
        return await page(conversation_id)

    @bp.post("/chat/send")
    async def send() -> Any:
        form = await request.form
        try:
            conversation_id = parse_id(str(form.get("conversation", "")).strip(), "conversation", INT8_MAX)
        except InputError as exc:
            return Response(event_line(Failed(str(exc))), status=400, content_type="application/x-ndjson")
        tier, provider = model_choice(str(form.get("model", DEFAULT_CHOICE)))
        events = state.conversations.stream(
            acting(state), conversation_id, str(form.get("message", "")), tier=tier, provider=provider
        )

        async def body() -> AsyncIterator[bytes]:
            async for event in events:
                yield event_line(event)

        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        response = Response(body(), content_type="application/x-ndjson", headers=headers)
        response.timeout = None  # a local model may write for minutes: the provider's own timeout bounds it
        return response

    @bp.post("/chat/<int:conversation_id>/delete")
    async def delete(conversation_id: int) -> Any:
        if conversation_id > INT8_MAX:
            await flash(f"No conversation #{conversation_id}.", "error")
            return redirect(url_for("chat_pages.chat"))
        deleted = await state.conversations.delete(acting(state), conversation_id)
        await flash(deleted.message, "ok" if deleted.value else "error")
        return redirect(url_for("chat_pages.chat"))

    return bp

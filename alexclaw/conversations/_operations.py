"""Conversation operations: what the chat gateways and the Chat page do,
the front ends staying thin.

- ``chat``: a chat gateway's free text. The chat's rolling conversation
  gets the message; the ``conversational`` skill answers it through the one
  way to run a skill (``Invoker.invoke``, origin ``chat``), so the policy
  decision, breaker, timeout and audit row all apply, and its ``llm`` goes
  through the router and the shield. The reply is the answer, or what kept
  it from coming (no provider — with how to add one —, limits, the shield's
  verdict).
- ``stream``: the Chat page. The same request (``chat_request``) through
  the guarded streaming exchange: each screened piece as it arrives, then
  the verdict; the answer stored when it is complete.
- ``delete``: a conversation with its messages, audited.

Bad input and refusals are values (``Failed``, the reply's text), never
exceptions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any, Final

from alexclaw.config import ConfigHandle, ConversationSettings
from alexclaw.conversations._exchange import chat_request, refusal_text, shown_verdict, verdict_reason
from alexclaw.conversations._store import (
    InvalidMessage,
    Turn,
    add_turn,
    chat_conversation,
    clean_prompt,
    context_turns,
    create_conversation,
    delete_conversation,
    leave_out_of_context,
    load_conversation,
)
from alexclaw.invoke import Invoker
from alexclaw.llm import Blocked, Delta, Guarded, GuardedModel, Provider
from alexclaw.security import Acting, Done, record_audit
from alexclaw.storage import DatabaseHandle
from skills import BranchKind, SkillCaller

CONVERSATIONAL: Final = "conversational"  # the core skill that answers a chat
CONVERSATION_DELETED: Final = "conversation.deleted"
WEB_CHAT_KEY: Final = "admin"  # the web has one operator: every page conversation is theirs


@dataclass(frozen=True, slots=True)
class Opened:
    """The stream's first event: the conversation the message went into."""

    conversation_id: int


@dataclass(frozen=True, slots=True)
class Piece:
    """A screened piece of the answer, as it arrived."""

    text: str


@dataclass(frozen=True, slots=True)
class Answered:
    """The answer ended, allowed: who answered and the shield's verdict."""

    provider: str
    model: str
    tier: str | None
    verdict: str
    reason: str


@dataclass(frozen=True, slots=True)
class Failed:
    """No (whole) answer: why, in words a person reads; the shield's verdict
    when it was the shield."""

    message: str
    verdict: str | None = None
    reason: str = ""


ChatEvent = Opened | Piece | Answered | Failed


@dataclass(frozen=True)
class ConversationOperations:
    database: DatabaseHandle
    config: ConfigHandle
    invoker: Invoker
    model: GuardedModel
    providers: Callable[[], tuple[Provider, ...]]  # the provider table's snapshot

    def _tier_of(self, name: str) -> str | None:
        return next((p.tier.value for p in self.providers() if p.name == name), None)

    async def chat(self, acting: Acting, text: str) -> str:
        """A chat's free text → the reply (see the module doc)."""
        try:
            prompt = clean_prompt(text)
        except InvalidMessage as exc:
            return f"Not sent: {exc}."
        turns = ConversationSettings.read(self.config).history_turns
        async with self.database.pool().acquire() as conn:
            try:
                conversation = await chat_conversation(conn, acting.origin, acting.actor, prompt)
            except InvalidMessage as exc:  # a gateway the store has no channel for
                return f"Not sent: {exc}."
            history = await context_turns(conn, conversation, turns)
            asked = await add_turn(conn, conversation, "user", prompt)
        invocation = await self.invoker.invoke(
            SkillCaller(acting.actor, "chat"), CONVERSATIONAL, {"message": prompt, "history": _history(history)}
        )
        result: Any = invocation.outcome.result
        if invocation.ran and invocation.kind is BranchKind.OK and isinstance(result, dict):
            answer, provider = str(result.get("answer", "")), str(result.get("provider", ""))
            async with self.database.pool().acquire() as conn:
                await add_turn(
                    conn, conversation, "assistant", answer, tier=self._tier_of(provider), provider=provider,
                    verdict=str(result.get("verdict", "")) or None, verdict_reason=str(result.get("reason", "")),
                )  # fmt: skip
            return answer
        kind = str(result.get("kind", "")) if isinstance(result, dict) else ""
        said = refusal_text(kind, invocation.reason, any_provider=bool(self.providers()))
        await self._refused(conversation, asked, said, "BLOCK" if kind == "shield" else None, invocation.reason)
        return said

    async def stream(
        self, acting: Acting, conversation_id: int | None, text: str, *, tier: str | None, provider: str | None
    ) -> AsyncIterator[ChatEvent]:
        """The Chat page's message → its events (see the module doc)."""
        try:
            prompt = clean_prompt(text)
        except InvalidMessage as exc:
            yield Failed(f"Not sent: {exc}.")
            return
        settings = ConversationSettings.read(self.config)
        async with self.database.pool().acquire() as conn:
            if conversation_id is None:
                conversation = await create_conversation(conn, "web", WEB_CHAT_KEY, prompt)
            elif await load_conversation(conn, conversation_id) is None:
                yield Failed(f"There is no conversation #{conversation_id} (it was deleted?).")
                return
            else:
                conversation = conversation_id
            history = await context_turns(conn, conversation, settings.history_turns)
            asked = await add_turn(conn, conversation, "user", prompt)
        yield Opened(conversation)
        request = chat_request(prompt, history=_pairs(history), identity=settings.identity_prompt)
        source = f"chat:{acting.origin} conversation:{conversation}"
        events = self.model.stream(request, source=source, tier=tier, provider=provider)
        async with aclosing(events):  # type: ignore[type-var]  # an async generator, closed if the page goes away
            async for event in events:
                if isinstance(event, Delta):
                    yield Piece(event.text)
                elif isinstance(event, Guarded):
                    yield await self._answered(conversation, event)
                    return
                elif isinstance(event, Blocked):
                    reason = verdict_reason(event.decision)
                    said = f"Refused by the shield: {event.message}."
                    await self._refused(conversation, asked, said, event.decision.result.verdict, reason)
                    yield Failed(said, event.decision.result.verdict, reason)
                    return
                else:
                    said = refusal_text(event.kind, event.message, any_provider=bool(self.providers()))
                    verdict = "BLOCK" if event.kind == "shield" else None
                    await self._refused(conversation, asked, said, verdict, event.message)
                    yield Failed(said, verdict, event.message if verdict else "")
                    return

    async def _answered(self, conversation: int, guarded: Guarded) -> Answered:
        answer = guarded.answer
        verdict, reason = shown_verdict(guarded.prompt, guarded.response)
        done = Answered(answer.provider, answer.model, self._tier_of(answer.provider), verdict, reason)
        async with self.database.pool().acquire() as conn:
            await add_turn(
                conn, conversation, "assistant", answer.text, tier=done.tier, provider=done.provider,
                verdict=done.verdict, verdict_reason=done.reason,
            )  # fmt: skip
        return done

    async def _refused(self, conversation: int, asked: int, said: str, verdict: str | None, reason: str) -> None:
        async with self.database.pool().acquire() as conn, conn.transaction():
            await add_turn(conn, conversation, "assistant", said, error=True, verdict=verdict, verdict_reason=reason)
            await leave_out_of_context(conn, asked)

    async def delete(self, acting: Acting, conversation_id: int) -> Done[bool]:
        async with self.database.pool().acquire() as conn, conn.transaction():
            gone = await delete_conversation(conn, conversation_id)
            if gone:
                await record_audit(conn, acting.actor, CONVERSATION_DELETED, f"conversation:{conversation_id}")
        return Done(
            f"Conversation #{conversation_id} deleted." if gone else f"No conversation #{conversation_id}.", gone
        )


def _pairs(turns: list[Turn]) -> list[tuple[str, str]]:
    return [(turn.role, turn.content) for turn in turns]


def _history(turns: list[Turn]) -> list[dict[str, str]]:
    return [{"role": turn.role, "content": turn.content} for turn in turns]

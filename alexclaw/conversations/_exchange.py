"""What a conversation sends and what it says back, in one place for every
way in (the ``conversational`` skill behind the chat gateways, the Chat
page's stream): the request (the identity prompt, the conversation's
earlier turns, the new message), the shield's reason for a verdict, and the
words for each kind of refusal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from alexclaw.llm import ChatRequest, Message
from alexclaw.security import GuardDecision

ADD_PROVIDER: Final = (
    "No model provider is configured yet, so there is nobody to answer. Add one on the LLM page of the admin UI, "
    "or on the host: alexclaw llm providers add NAME --kind openai_compatible|anthropic|gemini|ollama "
    "--model MODEL --tier medium --api-key-env VAR (then try it with: echo hi | alexclaw llm complete)."
)


def chat_request(
    prompt: str,
    *,
    history: Iterable[tuple[str, str]] = (),
    identity: str = "",
    system: str = "",
    max_tokens: int = 1024,
) -> ChatRequest:
    """The messages a model sees: ``history`` (role, text) oldest first,
    then ``prompt``; the system prompt is the identity prompt followed by
    the caller's own ``system``. Consecutive turns of one role are joined,
    so every provider's wire format gets alternating roles."""
    messages: list[Message] = []
    for role, text in (*history, ("user", prompt)):
        if role not in ("user", "assistant"):
            raise ValueError(f"a conversation turn's role is user or assistant, not {role!r}")
        if messages and messages[-1].role == role:
            messages[-1] = Message(messages[-1].role, f"{messages[-1].text}\n\n{text}")
        else:
            messages.append(Message("user" if role == "user" else "assistant", text))
    while messages and messages[0].role == "assistant":  # a model expects the user to speak first
        messages.pop(0)
    joined = "\n\n".join(part for part in (identity.strip(), system.strip()) if part)
    return ChatRequest(tuple(messages), joined, max_tokens)


def verdict_reason(decision: GuardDecision) -> str:
    """Why the shield said what it said: the score and the rules that matched."""
    result = decision.result
    if not result.detections:
        return f"score {result.score}"
    return f"score {result.score}: " + ", ".join(d.rule for d in result.detections[:10])


_SEVERITY = {"ALLOW": 0, "REVIEW": 1, "BLOCK": 2}


def shown_verdict(prompt: GuardDecision, response: GuardDecision) -> tuple[str, str]:
    """The verdict an answered message shows, with its reason: the answer's,
    unless the prompt's was graver (a REVIEW prompt of the operator's own
    passes, and says so)."""
    if _SEVERITY.get(prompt.result.verdict, 0) > _SEVERITY.get(response.result.verdict, 0):
        return prompt.result.verdict, "the prompt: " + verdict_reason(prompt)
    return response.result.verdict, verdict_reason(response)


def refusal_text(kind: str, message: str, *, any_provider: bool) -> str:
    """The words a person reads when no answer came, by the refusal's kind."""
    if kind == "no_provider" and not any_provider:
        return ADD_PROVIDER
    if kind == "no_provider":
        return f"No provider can answer this: {message}. Add one for that tier on the LLM page."
    if kind == "limits":
        return f"Every provider that could answer is at its daily limit ({message}); the counts reset at 00:00 UTC."
    if kind == "shield":
        return f"Refused by the shield: {message}."
    if kind == "busy":
        return f"The local model is busy with another answer ({message}); try again when it is done."
    return f"No answer: {message}."

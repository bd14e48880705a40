"""Conversations with the model: stored (migration 0018; prompts with their
credentials redacted, answers as the guarded path released them, each with
who answered and the shield's verdict), built into one request for every
way in (the identity prompt, the last turns, the message), and the
operations the chat gateways and the Chat page act through."""

from alexclaw.conversations._exchange import ADD_PROVIDER, chat_request, refusal_text, shown_verdict, verdict_reason
from alexclaw.conversations._operations import (
    CONVERSATION_DELETED,
    CONVERSATIONAL,
    WEB_CHAT_KEY,
    Answered,
    ChatEvent,
    ConversationOperations,
    Failed,
    Opened,
    Piece,
)
from alexclaw.conversations._store import (
    CHANNELS,
    MAX_ANSWER_CHARS,
    MAX_MESSAGE_CHARS,
    Conversation,
    InvalidMessage,
    Turn,
    add_turn,
    chat_conversation,
    clean_prompt,
    context_turns,
    conversation_turns,
    create_conversation,
    delete_conversation,
    leave_out_of_context,
    list_conversations,
    load_conversation,
)

__all__ = [
    "ADD_PROVIDER",
    "CHANNELS",
    "CONVERSATIONAL",
    "CONVERSATION_DELETED",
    "MAX_ANSWER_CHARS",
    "MAX_MESSAGE_CHARS",
    "WEB_CHAT_KEY",
    "Answered",
    "ChatEvent",
    "Conversation",
    "ConversationOperations",
    "Failed",
    "InvalidMessage",
    "Opened",
    "Piece",
    "Turn",
    "add_turn",
    "chat_conversation",
    "chat_request",
    "clean_prompt",
    "context_turns",
    "conversation_turns",
    "create_conversation",
    "delete_conversation",
    "leave_out_of_context",
    "list_conversations",
    "load_conversation",
    "refusal_text",
    "shown_verdict",
    "verdict_reason",
]

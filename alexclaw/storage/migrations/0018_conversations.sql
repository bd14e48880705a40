-- Conversations (issue 16): the chat with the model, from a chat gateway
-- (one rolling conversation per chat) or from the Chat page (as many as the
-- operator opens). Messages keep who said it, what was said (a prompt with
-- its credentials redacted; an answer as the guarded path released it,
-- already redacted), which tier and provider answered, and the shield's
-- verdict with its reason. ``error`` marks an assistant turn that is the
-- node's refusal (no provider, limits, the shield), kept so the operator
-- sees what happened; ``in_context`` is false for such a refusal and for the
-- prompt it answered: neither is sent to the model with later messages.
-- The size cap is enforced by alexclaw.conversations with a clear error;
-- the CHECK is the last line of defence.
CREATE TABLE conversations (
    id          bigserial PRIMARY KEY,
    channel     text NOT NULL CHECK (channel IN ('web', 'telegram', 'discord')),
    chat_key    text NOT NULL CHECK (length(chat_key) BETWEEN 1 AND 200),
    title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversations_chat ON conversations (channel, chat_key, updated_at DESC);
CREATE INDEX conversations_updated ON conversations (updated_at DESC);

CREATE TABLE conversation_messages (
    id              bigserial PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role            text NOT NULL CHECK (role IN ('user', 'assistant')),
    content         text NOT NULL CHECK (length(content) <= 100000),
    error           boolean NOT NULL DEFAULT false,
    in_context      boolean NOT NULL DEFAULT true,
    tier            text,
    provider        text,
    verdict         text CHECK (verdict IN ('ALLOW', 'REVIEW', 'BLOCK')),
    verdict_reason  text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_messages_turns ON conversation_messages (conversation_id, id);
CREATE INDEX conversation_messages_context ON conversation_messages (conversation_id, id) WHERE in_context;

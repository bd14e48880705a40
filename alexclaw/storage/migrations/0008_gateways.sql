-- Chat gateways: each update is written to the inbox, and the offset that
-- confirms it to the chat service advanced, in one transaction before it is
-- handled; a restart handles what the inbox still holds. An update is
-- marked started before it is dispatched and handled after its replies: one
-- found started but not handled after a crash is not dispatched again (the
-- operator is told instead), so nothing is lost and nothing runs twice.
-- Unknown senders wait on the pending list for the operator.
CREATE TABLE gateway_offsets (
    gateway     text PRIMARY KEY,
    next_offset bigint NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE gateway_inbox (
    gateway     text NOT NULL,
    update_id   bigint NOT NULL,
    payload     jsonb NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    started_at  timestamptz,
    handled_at  timestamptz,
    PRIMARY KEY (gateway, update_id)
);
CREATE INDEX gateway_inbox_unhandled ON gateway_inbox (gateway, update_id) WHERE handled_at IS NULL;

CREATE TABLE pending_chats (
    gateway    text NOT NULL,
    chat_id    text NOT NULL,
    title      text NOT NULL DEFAULT '',
    username   text NOT NULL DEFAULT '',
    first_seen timestamptz NOT NULL DEFAULT now(),
    last_seen  timestamptz NOT NULL DEFAULT now(),
    messages   integer NOT NULL DEFAULT 1,
    PRIMARY KEY (gateway, chat_id)
);

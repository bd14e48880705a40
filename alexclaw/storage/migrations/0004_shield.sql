-- Shield verdicts other than ALLOW (never the full text: a redacted excerpt
-- and a hash), break-glass windows, and the traffic seen during one (kept
-- encrypted, only until the retroactive scan at its end).
CREATE TABLE shield_events (
    id             bigserial PRIMARY KEY,
    at             timestamptz NOT NULL DEFAULT now(),
    direction      text NOT NULL CHECK (direction IN ('prompt', 'response')),
    verdict        text NOT NULL CHECK (verdict IN ('REVIEW', 'BLOCK')),
    score          integer NOT NULL,
    rules          text[] NOT NULL,
    categories     text[] NOT NULL,
    excerpt        text NOT NULL,
    content_hash   text NOT NULL,
    source         text NOT NULL DEFAULT '',
    enforced       boolean NOT NULL,
    break_glass_id bigint
);
CREATE INDEX shield_events_at ON shield_events (at);

CREATE TABLE break_glass (
    id         bigserial PRIMARY KEY,
    reason     text NOT NULL CHECK (length(reason) >= 10),
    actor      text NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    ends_at    timestamptz NOT NULL,
    ended_at   timestamptz,
    retro      jsonb
);

CREATE TABLE break_glass_traffic (
    id             bigserial PRIMARY KEY,
    break_glass_id bigint NOT NULL REFERENCES break_glass (id) ON DELETE CASCADE,
    at             timestamptz NOT NULL DEFAULT now(),
    direction      text NOT NULL,
    source         text NOT NULL DEFAULT '',
    content        text NOT NULL  -- enc:… (AES-256-GCM, the settings key)
);

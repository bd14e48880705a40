-- Reasoning sessions (issue 25): a goal pursued in phases, each step kept.
-- The timeline is one sequence per session (last_seq): the persisted steps
-- (reasoning_steps) and the other events (reasoning_events: status, plan,
-- question, guidance, result) share it, so a front end that reconnects
-- replays from the seq it last saw, then follows live, without gap or duplicate.
-- ``state`` is the loop's own state (plan cursor, results, counters), what a
-- resume continues from. Prompts, responses and outputs are stored masked.
CREATE TABLE reasoning_sessions (
    id              bigserial PRIMARY KEY,
    goal            text NOT NULL,
    status          text NOT NULL,
    reason          text NOT NULL DEFAULT '',
    confidence      double precision,
    origin          text NOT NULL,
    actor           text NOT NULL,
    plan            jsonb NOT NULL DEFAULT '[]',
    guidance        text NOT NULL DEFAULT '',
    question        text,
    result          text,
    sources         jsonb NOT NULL DEFAULT '[]',
    iterations      integer NOT NULL DEFAULT 0,
    llm_calls       integer NOT NULL DEFAULT 0,
    elapsed_seconds double precision NOT NULL DEFAULT 0,
    state           jsonb NOT NULL DEFAULT '{}',
    last_seq        integer NOT NULL DEFAULT 0,
    node_name       text NOT NULL,
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reasoning_sessions_recent ON reasoning_sessions (started_at DESC);
CREATE INDEX reasoning_sessions_live ON reasoning_sessions (node_name) WHERE finished_at IS NULL;

CREATE TABLE reasoning_steps (
    session_id  bigint NOT NULL REFERENCES reasoning_sessions (id) ON DELETE CASCADE,
    seq         integer NOT NULL,
    iteration   integer NOT NULL,
    phase       text NOT NULL,
    skill       text,
    input       text,
    output      text,
    error       text,
    rubric      jsonb,
    decision    text,
    confidence  double precision,
    guidance    text,
    prompt      text,
    response    text,
    duration_ms integer NOT NULL DEFAULT 0,
    at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE reasoning_events (
    session_id bigint NOT NULL REFERENCES reasoning_sessions (id) ON DELETE CASCADE,
    seq        integer NOT NULL,
    kind       text NOT NULL,
    data       jsonb NOT NULL,
    at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, seq)
);

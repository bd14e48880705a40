-- Admin web sessions (server-side: revocable, listable), per-IP login
-- failure counters and blocks (they survive a restart), and the last TOTP
-- time step used (no replay, across restarts and nodes).
CREATE TABLE web_sessions (
    id_hash          text PRIMARY KEY,          -- SHA-256 of the cookie value; the value itself is never stored
    csrf_token       text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    authenticated_at timestamptz NOT NULL DEFAULT now(),
    last_seen        timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    ip               text NOT NULL DEFAULT '',
    user_agent       text NOT NULL DEFAULT ''
);
CREATE INDEX web_sessions_expires ON web_sessions (expires_at);

CREATE TABLE login_blocks (
    ip            text PRIMARY KEY,
    failures      integer NOT NULL DEFAULT 0,
    last_failure  timestamptz NOT NULL DEFAULT now(),
    blocked_until timestamptz
);

CREATE TABLE totp_replay (
    id        smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    last_step bigint NOT NULL DEFAULT 0
);
INSERT INTO totp_replay (id, last_step) VALUES (1, 0);

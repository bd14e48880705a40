-- Google Calendar and Tasks (issue 20). An authorization in progress is one
-- row of google_oauth_states: the SHA-256 of its one-time state (the state
-- itself travels only in the operator's browser), the PKCE verifier
-- encrypted, and who asked (a web session's hash or a chat). A used state
-- keeps its row (used_at) so a replay is told apart from a made-up one;
-- rows older than a day are pruned when a new one is made.
CREATE TABLE google_oauth_states (
    state_hash  text PRIMARY KEY CHECK (state_hash ~ '^[0-9a-f]{64}$'),
    verifier    text NOT NULL,
    bound_to    text NOT NULL,
    created_at  timestamptz NOT NULL,
    used_at     timestamptz
);

-- The node's one Google connection: tokens encrypted (enc:…), when the
-- access token expires, the scopes granted and the account it is.
CREATE TABLE google_tokens (
    id            smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    access_token  text NOT NULL,
    refresh_token text NOT NULL,
    expires_at    timestamptz NOT NULL,
    scope         text NOT NULL DEFAULT '',
    account       text NOT NULL DEFAULT '',
    connected_at  timestamptz NOT NULL,
    refreshed_at  timestamptz
);

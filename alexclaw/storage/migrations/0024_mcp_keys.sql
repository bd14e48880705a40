-- MCP keys (issue 19): several bearer keys for /mcp, each with a name, an
-- optional expiry and a scope. A key is stored only as its fingerprint
-- (HMAC-SHA256 under a key derived from SECRET_KEY_BASE, which the database
-- never holds): a dump cannot test guesses. The plaintext is shown once, at
-- creation. A revoked key keeps its row (``revoked_at``) for the page and
-- the audit trail; it never authenticates again.
CREATE TABLE mcp_keys (
    id           serial PRIMARY KEY,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    fingerprint  bytea NOT NULL UNIQUE,
    hint         text NOT NULL,
    scopes       text[] NOT NULL CHECK (scopes <@ ARRAY['tools', 'resources', 'outputs']::text[]),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE UNIQUE INDEX mcp_keys_live_name ON mcp_keys (name) WHERE revoked_at IS NULL;

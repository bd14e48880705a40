-- Dynamic skills loaded by the operator (behind 2FA on the Skills page):
-- the file's name and SHA-256 at load, verified with its containment at
-- every boot before the skill is registered again.
CREATE TABLE dynamic_skills (
    name        text PRIMARY KEY,
    filename    text NOT NULL,
    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    version     text NOT NULL,
    permissions text[] NOT NULL DEFAULT '{}',
    loaded_by   text NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now()
);

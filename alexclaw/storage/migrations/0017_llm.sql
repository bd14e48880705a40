-- The LLM layer (issue 16): providers, their daily usage, and which
-- seeds (an llm.*_api_key setting or a *_API_KEY variable) were turned into
-- a provider once, so a provider the operator removed is not seeded again.
-- The API key is stored encrypted (the settings' ``enc:`` format) or empty.
-- NOTIFY on every change, so each node's provider actor reloads at once
-- (also after the command line changed a row while a node runs).
CREATE TABLE llm_providers (
    name            text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9_.-]{0,62}$'),
    kind            text NOT NULL CHECK (kind IN ('openai_compatible', 'anthropic', 'gemini', 'ollama')),
    base_url        text NOT NULL CHECK (base_url ~ '^https?://'),
    model           text NOT NULL CHECK (length(model) BETWEEN 1 AND 200),
    tier            text NOT NULL CHECK (tier IN ('light', 'medium', 'heavy', 'local')),
    priority        integer NOT NULL DEFAULT 100 CHECK (priority >= 0),
    daily_limit     integer NOT NULL DEFAULT 0 CHECK (daily_limit >= 0),
    enabled         boolean NOT NULL DEFAULT true,
    timeout_seconds double precision NOT NULL CHECK (timeout_seconds > 0 AND timeout_seconds <= 3600),
    allow_private   boolean NOT NULL DEFAULT false,
    context_window  integer NOT NULL DEFAULT 0 CHECK (context_window >= 0),
    api_key         text NOT NULL DEFAULT '' CHECK (api_key = '' OR api_key LIKE 'enc:%'),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION llm_providers_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('alexclaw_llm_providers', COALESCE(NEW.name, OLD.name));
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER llm_providers_changed AFTER INSERT OR UPDATE OR DELETE ON llm_providers
    FOR EACH ROW EXECUTE FUNCTION llm_providers_notify();

-- Calls and tokens per provider per UTC day, written through on every call.
CREATE TABLE llm_usage (
    day           date NOT NULL,
    provider      text NOT NULL,
    calls         bigint NOT NULL DEFAULT 0,
    input_tokens  bigint NOT NULL DEFAULT 0,
    output_tokens bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, provider)
);

CREATE TABLE llm_seeds (
    source    text PRIMARY KEY,
    provider  text NOT NULL,
    seeded_at timestamptz NOT NULL DEFAULT now()
);

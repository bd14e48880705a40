-- Memory (issue 17): things that happened, searched vector-first.
-- ``embedding`` has no fixed dimension: each row records the model and the
-- dimension that made its vector, search compares only vectors of one model
-- (a partial HNSW index per model, created by alexclaw.memory when a model
-- is first used), and switching model sets ``embedding`` back to NULL
-- (re-embedding). A row is stored before it has a vector; until then it is
-- found by keywords (``tsv``). ``expires_at`` is enforced: search never
-- returns an expired row and the pruner deletes it.
CREATE TABLE memory_entries (
    id              bigserial PRIMARY KEY,
    kind            text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]{0,39}$'),
    content         text NOT NULL CHECK (length(content) > 0),
    source          text,
    metadata        jsonb NOT NULL DEFAULT '{}'::jsonb,
    content_hash    text NOT NULL,
    embedding       vector,
    embedding_model text,
    embedding_dim   integer,
    expires_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    tsv             tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED,
    CHECK ((embedding IS NULL) = (embedding_model IS NULL))
);
CREATE INDEX memory_entries_tsv ON memory_entries USING gin (tsv);
CREATE INDEX memory_entries_kind_created ON memory_entries (kind, created_at DESC);
CREATE INDEX memory_entries_source ON memory_entries (source) WHERE source IS NOT NULL;
CREATE INDEX memory_entries_hash ON memory_entries (content_hash);
CREATE INDEX memory_entries_expires ON memory_entries (expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX memory_entries_unembedded ON memory_entries (id) WHERE embedding IS NULL;

-- Knowledge (issue 17): reference documents in chunks, searched
-- keyword-first. One document per source (a file name or URL): ingesting
-- the same source again replaces its chunks in one transaction. Chunks
-- carry their vector as memory entries do (model + dimension per row).
CREATE TABLE knowledge_documents (
    id           bigserial PRIMARY KEY,
    title        text NOT NULL,
    source       text NOT NULL UNIQUE,
    content_hash text NOT NULL,
    metadata     jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX knowledge_documents_hash ON knowledge_documents (content_hash);

CREATE TABLE knowledge_chunks (
    id              bigserial PRIMARY KEY,
    document_id     bigint NOT NULL REFERENCES knowledge_documents (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    content         text NOT NULL CHECK (length(content) > 0),
    embedding       vector,
    embedding_model text,
    embedding_dim   integer,
    created_at      timestamptz NOT NULL DEFAULT now(),
    tsv             tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED,
    UNIQUE (document_id, position),
    CHECK ((embedding IS NULL) = (embedding_model IS NULL))
);
CREATE INDEX knowledge_chunks_tsv ON knowledge_chunks USING gin (tsv);
CREATE INDEX knowledge_chunks_unembedded ON knowledge_chunks (id) WHERE embedding IS NULL;

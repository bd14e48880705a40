-- pgvector backs memory and knowledge embeddings (DESIGN §5).
CREATE EXTENSION IF NOT EXISTS vector;

-- The audit trail becomes a hash chain: each row stores the hash of the row
-- before it and its own. A trigger chains every insert, whoever writes it;
-- appends are serialised by a transaction-scoped advisory lock. Pruning
-- records a checkpoint so the rest of the chain stays verifiable.
ALTER TABLE audit_log ADD COLUMN prev_hash text NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN row_hash text NOT NULL DEFAULT '';

CREATE TABLE audit_checkpoints (
    id            bigserial PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT now(),
    last_id       bigint NOT NULL,
    last_hash     text NOT NULL,
    pruned_rows   bigint NOT NULL
);

CREATE FUNCTION audit_row_hash(
    prev text, row_id bigint, row_at timestamptz, actor text, action text, target text, outcome text,
    detail jsonb, node text
) RETURNS text AS $$
    SELECT encode(sha256(convert_to(
        prev || '|' || row_id::text || '|' || extract(epoch FROM row_at)::numeric::text || '|' || actor || '|' ||
        action || '|' || target || '|' || outcome || '|' || detail::text || '|' || node, 'UTF8')), 'hex')
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION audit_chain() RETURNS trigger AS $$
DECLARE
    previous text;
BEGIN
    PERFORM pg_advisory_xact_lock(7370757164697401);  -- one appender at a time
    SELECT row_hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
    IF previous IS NULL THEN
        SELECT last_hash INTO previous FROM audit_checkpoints ORDER BY id DESC LIMIT 1;
    END IF;
    NEW.prev_hash := coalesce(previous, '');
    NEW.row_hash := audit_row_hash(NEW.prev_hash, NEW.id, NEW.at, NEW.actor, NEW.action, NEW.target, NEW.outcome,
                                   NEW.detail, NEW.node);
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_chain();

-- Chain the rows written before this migration, in order.
DO $$
DECLARE
    r record;
    previous text := '';
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        UPDATE audit_log SET prev_hash = previous,
            row_hash = audit_row_hash(previous, r.id, r.at, r.actor, r.action, r.target, r.outcome, r.detail, r.node)
        WHERE id = r.id RETURNING row_hash INTO previous;
    END LOOP;
END
$$;

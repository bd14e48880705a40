-- The audit trail becomes append-only in the database itself, and its head
-- is anchored outside the audited table.
--
-- * UPDATE and TRUNCATE of audit_log, audit_checkpoints and audit_anchors
--   are refused by triggers; DELETE is refused too, except inside
--   audit_prune(), the one way rows leave: it records a checkpoint first and
--   removes only rows that checkpoint covers. A superuser (or the tables'
--   owner) can still disable the triggers: the anchors detect what they do.
-- * audit_anchors holds published heads (last id, its hash, and the number
--   of rows ever written up to it), each with an HMAC the database cannot
--   compute (the key is derived from SECRET_KEY_BASE); checkpoints written
--   from now on carry one too.
-- * Ids are drawn under the append lock (no column default any more), so the
--   chain order is the id order even when two writers race: a default id
--   was drawn before the lock, and a later-drawn id could chain first.

ALTER TABLE audit_checkpoints ADD COLUMN mac text;  -- NULL: written before this migration

CREATE TABLE audit_anchors (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    last_id   bigint NOT NULL,
    last_hash text NOT NULL,
    total     bigint NOT NULL,  -- rows ever written up to last_id (kept + pruned)
    mac       text NOT NULL
);

ALTER TABLE audit_log ALTER COLUMN id DROP DEFAULT;

CREATE OR REPLACE FUNCTION audit_chain() RETURNS trigger AS $$
DECLARE
    previous text;
BEGIN
    PERFORM pg_advisory_xact_lock(7370757164697401);  -- one appender at a time
    NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
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

-- Refuses every change but an append; a DELETE passes only inside
-- audit_prune() and only for what its checkpoint covers.
CREATE FUNCTION audit_append_only() RETURNS trigger AS $$
DECLARE
    covered bigint;
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('alexclaw.audit_pruning', true) = 'on'
       AND TG_TABLE_NAME IN ('audit_log', 'audit_anchors') THEN
        SELECT coalesce(max(last_id), 0) INTO covered FROM audit_checkpoints;
        IF TG_TABLE_NAME = 'audit_log' THEN  -- separate IFs: OLD has only its own table's fields
            IF OLD.id <= covered THEN
                RETURN OLD;
            END IF;
        ELSIF OLD.last_id <= covered THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused (rows leave only through audit_prune)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_append_only_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_append_only_truncate BEFORE TRUNCATE ON audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_anchors
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_append_only_truncate BEFORE TRUNCATE ON audit_anchors
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

-- The one way rows leave: rows up to ``upto`` (which must exist), after a
-- checkpoint with the last removed row's hash, how many rows went, and the
-- caller's MAC over them; anchors those rows covered go with them. Runs as
-- the schema owner, so a node role granted only INSERT and SELECT on the
-- audit tables can still prune.
CREATE FUNCTION audit_prune(upto bigint, checkpoint_mac text) RETURNS bigint
    SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    last_hash text;
    removed bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(7370757164697401);
    SELECT row_hash INTO last_hash FROM audit_log WHERE id = upto;
    IF last_hash IS NULL THEN
        RAISE EXCEPTION 'audit_prune: no audit row %', upto;
    END IF;
    SELECT count(*) INTO removed FROM audit_log WHERE id <= upto;
    INSERT INTO audit_checkpoints (last_id, last_hash, pruned_rows, mac) VALUES (upto, last_hash, removed, checkpoint_mac);
    PERFORM set_config('alexclaw.audit_pruning', 'on', true);
    DELETE FROM audit_log WHERE id <= upto;
    DELETE FROM audit_anchors WHERE last_id <= upto;
    PERFORM set_config('alexclaw.audit_pruning', 'off', true);
    RETURN removed;
END
$$ LANGUAGE plpgsql;

-- Where the node's role is not the tables' owner, it is granted INSERT and
-- SELECT on these tables and EXECUTE on audit_prune, nothing more.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_checkpoints, audit_anchors FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION audit_prune(bigint, text) FROM PUBLIC;

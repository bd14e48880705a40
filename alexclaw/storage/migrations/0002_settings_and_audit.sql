-- Run-time settings (secrets encrypted by the application), the fingerprint
-- of the key that encrypted them, and the audit trail (extended by the
-- authorization issue).
CREATE TABLE settings (
    key         text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$' AND length(key) <= 100),
    value       text NOT NULL DEFAULT '',
    type        text NOT NULL CHECK (type IN ('string', 'integer', 'float', 'boolean', 'json')),
    category    text NOT NULL,
    description text NOT NULL DEFAULT '',
    sensitive   boolean NOT NULL DEFAULT false,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE settings_key_check (
    id          smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    fingerprint text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_log (
    id      bigserial PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT now(),
    actor   text NOT NULL,
    action  text NOT NULL,
    target  text NOT NULL DEFAULT '',
    outcome text NOT NULL DEFAULT 'ok',
    detail  jsonb NOT NULL DEFAULT '{}'::jsonb,
    node    text NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Once sensitive, always sensitive, whoever writes the row.
CREATE FUNCTION settings_sticky_sensitive() RETURNS trigger AS $$
BEGIN
    NEW.sensitive := OLD.sensitive OR NEW.sensitive;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER settings_sticky_sensitive BEFORE UPDATE ON settings
    FOR EACH ROW EXECUTE FUNCTION settings_sticky_sensitive();

-- Every change, by a node or by hand in SQL, reaches every node.
CREATE FUNCTION settings_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('alexclaw_settings', COALESCE(NEW.key, OLD.key));
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION settings_notify();

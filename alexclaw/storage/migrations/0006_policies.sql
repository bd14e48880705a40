-- Authorization policies (validated by the application on save) and a
-- NOTIFY on every change, so each node's policy cache refreshes at once.
CREATE TABLE policies (
    id         serial PRIMARY KEY,
    name       text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    rule_type  text NOT NULL CHECK (rule_type IN
                 ('rate_limit', 'time_window', 'chain_restriction', 'permission_override', 'mcp_restriction')),
    config     jsonb NOT NULL,
    priority   integer NOT NULL DEFAULT 0,
    enabled    boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION policies_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('alexclaw_policies', COALESCE(NEW.id, OLD.id)::text);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER policies_changed AFTER INSERT OR UPDATE OR DELETE ON policies
    FOR EACH ROW EXECUTE FUNCTION policies_notify();

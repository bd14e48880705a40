-- Runs that tell the truth: a run whose error a routed on_error branch
-- handled ends 'recovered' (not 'completed'); each run keeps the
-- definition it ran (steps, config with secret-looking values masked,
-- routes), so its history stays true after the workflow is edited.
ALTER TABLE workflow_runs DROP CONSTRAINT workflow_runs_status_check;
ALTER TABLE workflow_runs ADD CONSTRAINT workflow_runs_status_check CHECK (status IN
    ('queued', 'running', 'completed', 'recovered', 'failed', 'cancelled', 'interrupted'));
ALTER TABLE workflow_runs ADD COLUMN definition jsonb;

-- Every node that ever claimed its name on this database (node presence
-- writes it at start): a workflow may be pinned only to a node listed here
-- (or one named by a run), never to a name that does not exist.
CREATE TABLE known_nodes (
    name       text PRIMARY KEY,
    first_seen timestamptz NOT NULL DEFAULT now(),
    last_seen  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO known_nodes (name) SELECT DISTINCT node FROM workflow_runs ON CONFLICT DO NOTHING;

-- A scheduled run remembers the moment it was scheduled for, and one moment
-- of one workflow starts at most one run across every node sharing this
-- database: the first node to insert it wins, the others are told.
ALTER TABLE workflow_runs ADD COLUMN scheduled_for timestamptz;
CREATE UNIQUE INDEX workflow_runs_one_fire ON workflow_runs (workflow_id, scheduled_for)
    WHERE scheduled_for IS NOT NULL;

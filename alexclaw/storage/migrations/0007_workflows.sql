-- Workflows (AlexClaw's shape), their steps and resources, and the runs:
-- a run row is written before its actor starts and every step result is
-- appended to it before the next step begins, so nothing accepted is lost.
CREATE TABLE workflows (
    id               serial PRIMARY KEY,
    name             text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    description      text NOT NULL DEFAULT '',
    enabled          boolean NOT NULL DEFAULT true,
    schedule         text,
    default_provider text,
    node             text,
    metadata         jsonb NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE workflow_steps (
    id              serial PRIMARY KEY,
    workflow_id     integer NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
    position        integer NOT NULL CHECK (position >= 0),
    name            text NOT NULL DEFAULT '',
    skill           text NOT NULL,
    llm_tier        text,
    llm_model       text,
    prompt_template text,
    config          jsonb NOT NULL DEFAULT '{}',
    input_from      integer,
    routes          jsonb NOT NULL DEFAULT '[]',
    UNIQUE (workflow_id, position)
);

CREATE TABLE resources (
    id         serial PRIMARY KEY,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    type       text NOT NULL CHECK (type IN ('rss_feed', 'website', 'document', 'api', 'automation')),
    url        text,
    content    text,
    metadata   jsonb NOT NULL DEFAULT '{}',
    tags       text[] NOT NULL DEFAULT '{}',
    enabled    boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE workflow_resources (
    workflow_id integer NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
    resource_id integer NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    role        text NOT NULL DEFAULT 'input',
    PRIMARY KEY (workflow_id, resource_id)
);

CREATE TABLE workflow_runs (
    id            bigserial PRIMARY KEY,
    workflow_id   integer REFERENCES workflows (id) ON DELETE SET NULL,
    workflow_name text NOT NULL,
    status        text NOT NULL CHECK (status IN
                    ('queued', 'running', 'completed', 'failed', 'cancelled', 'interrupted')),
    trigger       text NOT NULL DEFAULT 'manual',
    actor         text NOT NULL DEFAULT '',
    node          text NOT NULL,
    input         jsonb,
    started_at    timestamptz NOT NULL DEFAULT now(),
    completed_at  timestamptz,
    result        jsonb,
    error         text,
    step_results  jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX workflow_runs_status ON workflow_runs (status) WHERE status IN ('queued', 'running');
CREATE INDEX workflow_runs_workflow ON workflow_runs (workflow_id, started_at DESC);

CREATE TABLE skill_outcomes (
    id          bigserial PRIMARY KEY,
    run_id      bigint NOT NULL REFERENCES workflow_runs (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    skill       text NOT NULL,
    status      text NOT NULL,
    duration_ms double precision NOT NULL,
    output      text NOT NULL DEFAULT '',
    metadata    jsonb NOT NULL DEFAULT '{}',
    rating      smallint CHECK (rating IN (-1, 1)),
    feedback    text,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX skill_outcomes_run ON skill_outcomes (run_id);

-- Every node's scheduler re-syncs at once when a workflow changes.
CREATE FUNCTION workflows_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('alexclaw_workflows', COALESCE(NEW.id, OLD.id)::text);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER workflows_changed AFTER INSERT OR UPDATE OR DELETE ON workflows
    FOR EACH ROW EXECUTE FUNCTION workflows_notify();

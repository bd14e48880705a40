-- GitHub webhooks (issue 19): which workflow a repository's events start
-- (one binding per workflow), and every delivery, accepted or why refused.
-- A delivery whose signature verified claims its X-GitHub-Delivery id for
-- good (GitHub signs no timestamp, so a replay is refused whenever it
-- comes); refused, unverified rows are pruned to the newest ones.
CREATE TABLE webhook_bindings (
    workflow_id integer PRIMARY KEY REFERENCES workflows (id) ON DELETE CASCADE,
    repository  text NOT NULL CHECK (repository ~ '^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$'),
    events      text[] NOT NULL CHECK (cardinality(events) > 0 AND events <@ ARRAY['pull_request', 'push']),
    branches    text[] NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_deliveries (
    id          bigserial PRIMARY KEY,
    delivery_id text,
    event       text NOT NULL DEFAULT '',
    repository  text NOT NULL DEFAULT '',
    outcome     text NOT NULL CHECK (outcome IN ('accepted', 'ignored', 'refused')),
    status      integer NOT NULL,
    reason      text NOT NULL DEFAULT '',
    runs        bigint[] NOT NULL DEFAULT '{}',
    verified    boolean NOT NULL DEFAULT false,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX webhook_deliveries_once ON webhook_deliveries (delivery_id) WHERE verified;
CREATE INDEX webhook_deliveries_recent ON webhook_deliveries (received_at DESC);

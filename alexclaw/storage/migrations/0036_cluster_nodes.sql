-- The cluster (issue 22): each node's view of its peers, for the Cluster
-- page, and the operator's registration of a peer (a node holding the
-- cookie is only recorded as arrived; it may dispatch once registered).
-- Keyed by the node whose view it is, so nodes sharing one database keep
-- their own tables and their own registrations.
CREATE TABLE cluster_nodes (
    seen_by       text NOT NULL,
    name          text NOT NULL,
    address       text NOT NULL DEFAULT '',
    status        text NOT NULL CHECK (status IN ('connected', 'disconnected', 'refused')),
    last_seen     timestamptz,
    rtt_ms        double precision,
    version       integer NOT NULL DEFAULT 1,
    registered    boolean NOT NULL DEFAULT false,
    registered_at timestamptz,
    first_seen    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (seen_by, name)
);

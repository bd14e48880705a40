-- What the node created for a new user on its first boot (the example
-- workflows), by name: created once, so an example the operator deleted or
-- renamed is never created again.
CREATE TABLE first_boot_seeds (
    name       text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);

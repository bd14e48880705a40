-- Resources that work (issue 18).
--
-- The allow-private grant: a resource on a loopback or private address is
-- saved and read only with an explicit grant, for the host it was given to
-- (a new host drops it), granted with 2FA and audited; never imported.
ALTER TABLE resources
    ADD COLUMN allow_private    boolean NOT NULL DEFAULT false,
    ADD COLUMN granted_host     text NOT NULL DEFAULT '',
    ADD COLUMN granted_by       text NOT NULL DEFAULT '',
    ADD COLUMN granted_at       timestamptz,
    -- An api resource's credential, encrypted like every secret (enc:...),
    -- injected by the egress guard only on requests to the host it was
    -- entered for; a new host clears it.
    ADD COLUMN credential       text NOT NULL DEFAULT '',
    ADD COLUMN credential_kind  text NOT NULL DEFAULT 'bearer' CHECK (credential_kind IN ('bearer', 'header')),
    ADD COLUMN credential_header text NOT NULL DEFAULT '',
    ADD COLUMN credential_host  text NOT NULL DEFAULT '',
    -- OpenAPI discovery: the base URL and operations of the spec, fetched once.
    ADD COLUMN base_url         text,
    ADD COLUMN operations       jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN discovered_at    timestamptz,
    -- A feed's last fetch, as the skill that read it recorded it.
    ADD COLUMN last_fetch_at    timestamptz,
    ADD COLUMN last_fetch_items integer,
    ADD COLUMN last_fetch_error text;

-- Database connections that the sql_query skill reads (issue 18, "Also").
--
-- The password is encrypted like every credential (enc:...) and bound to
-- the host it was entered for (password_host): a connection moved to
-- another host sends no password until it is entered again or the move is
-- approved with 2FA. A loopback or private host needs the allow-private
-- grant, for the host it was given to (granted_host), as resources and
-- LLM providers do.
CREATE TABLE db_connections (
    id             bigserial PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    host           text NOT NULL,
    port           integer NOT NULL DEFAULT 5432 CHECK (port BETWEEN 1 AND 65535),
    database       text NOT NULL,
    username       text NOT NULL,
    tls            text NOT NULL DEFAULT 'verify-full' CHECK (tls IN ('disable', 'require', 'verify-full')),
    password       text NOT NULL DEFAULT '',
    password_host  text NOT NULL DEFAULT '',
    allow_private  boolean NOT NULL DEFAULT false,
    granted_host   text NOT NULL DEFAULT '',
    granted_by     text NOT NULL DEFAULT '',
    granted_at     timestamptz,
    last_test_at   timestamptz,
    last_test_error text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

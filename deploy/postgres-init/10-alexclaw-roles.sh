#!/bin/sh
# Run once by the postgres image on the first start of an empty volume
# (compose.yaml mounts this directory at /docker-entrypoint-initdb.d), as the
# bootstrap superuser. Two roles, neither with any attribute beyond LOGIN:
#   alexclaw      owns the database and its schema; `alexclaw migrate` runs as it
#   alexclaw_app  what the nodes connect as; `migrate --grant-to alexclaw_app`
#                 grants it its rights on every run
# pgvector is created here: it is not a trusted extension, the owner could not.
# On a volume initialised before this script existed, run it by hand once:
#   docker compose exec postgres sh /docker-entrypoint-initdb.d/10-alexclaw-roles.sh
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner_password="$ALEXCLAW_OWNER_DB_PASSWORD" -v app_password="$ALEXCLAW_APP_DB_PASSWORD" <<'SQL'
SELECT 'CREATE ROLE alexclaw' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alexclaw') \gexec
SELECT 'CREATE ROLE alexclaw_app' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alexclaw_app') \gexec
ALTER ROLE alexclaw LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION PASSWORD :'owner_password';
ALTER ROLE alexclaw_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION NOINHERIT PASSWORD :'app_password';
SELECT 'CREATE DATABASE alexclaw OWNER alexclaw' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'alexclaw') \gexec
ALTER DATABASE alexclaw OWNER TO alexclaw;
\connect alexclaw
CREATE EXTENSION IF NOT EXISTS vector;
ALTER SCHEMA public OWNER TO alexclaw;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL

-- Run once by the postgres:15 image on an empty data directory (as superuser `postgres`,
-- mounted into /docker-entrypoint-initdb.d). Same roles and database as etc/scripts/lib.sh:
--   eventplatform      owns the schema; migrations run as this role
--   eventplatform_app  the application at run time: not owner, not superuser, no BYPASSRLS,
--                      so PostgreSQL row-level security applies to it
SELECT 'CREATE ROLE eventplatform' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eventplatform') \gexec
SELECT 'CREATE ROLE eventplatform_app' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eventplatform_app') \gexec
ALTER ROLE eventplatform WITH LOGIN PASSWORD 'eventplatform' CREATEDB NOSUPERUSER NOBYPASSRLS;
ALTER ROLE eventplatform_app WITH LOGIN PASSWORD 'eventplatform_app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;

SELECT 'CREATE DATABASE eventplatform OWNER eventplatform'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'eventplatform') \gexec
GRANT CONNECT ON DATABASE eventplatform TO eventplatform_app;

\connect eventplatform
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

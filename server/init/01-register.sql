-- Runs once, when the server's data folder is first created.
-- The register's database and its administrator (who runs `delegation-planner server init`).
CREATE ROLE register_admin LOGIN PASSWORD 'change-me-at-once';
CREATE DATABASE delegations OWNER register_admin ENCODING 'UTF8' TEMPLATE template0;
\connect delegations
ALTER SCHEMA public OWNER TO register_admin;
-- `server init` creates delegation_planner_reader / _editor / _decider and the grants;
-- creating roles needs this right once.
ALTER ROLE register_admin CREATEROLE;

-- Give a colleague access: psql -U register_admin -d delegations -v name=anna -v role_name=delegation_planner_editor -f add-person.sql
-- role_name is delegation_planner_reader, _editor or _decider (records decisions, changes the policy profile).
-- With a Windows domain (GSSAPI/Kerberos) the name is the domain login and no password is set;
-- otherwise set one with \password :name
CREATE ROLE :"name" LOGIN;
GRANT :"role_name" TO :"name";

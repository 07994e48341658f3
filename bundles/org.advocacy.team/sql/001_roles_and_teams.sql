-- SPDX-License-Identifier: EPL-2.0
-- The roles and the teams. Group roles are cluster-wide in PostgreSQL, so they are created only when missing;
-- users are LOGIN roles granted one of them by "advocacy team grant" (advocacy.grant_access below).
--   advocacy_owner      owns every object of the schema and the SECURITY DEFINER save path; nobody logs in as it
--   advocacy_director   reads and writes every team's documents
--   advocacy_manager    writes engagements and reviews of their teams, and the shared catalog and organization
--   advocacy_advocate   writes engagements of their teams and the shared customers
--   advocacy_read_only  reads their teams' documents; holds no EXECUTE on any writing function
DO $roles$
DECLARE
	role_name text;
BEGIN
	FOREACH role_name IN ARRAY ARRAY['advocacy_owner', 'advocacy_director', 'advocacy_manager', 'advocacy_advocate',
			'advocacy_read_only'] LOOP
		IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = role_name) THEN
			EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
		END IF;
	END LOOP;
	-- A non-superuser administrator (CREATEROLE, owner of the database) must be able to act as the owner.
	IF NOT pg_has_role(current_user, 'advocacy_owner', 'MEMBER') THEN
		EXECUTE format('GRANT advocacy_owner TO %I', current_user);
	END IF;
END
$roles$;

ALTER SCHEMA advocacy OWNER TO advocacy_owner;
ALTER TABLE advocacy.schema_migration OWNER TO advocacy_owner;
REVOKE ALL ON SCHEMA advocacy FROM PUBLIC;
GRANT USAGE ON SCHEMA advocacy TO advocacy_director, advocacy_manager, advocacy_advocate, advocacy_read_only;

SET LOCAL ROLE advocacy_owner;
-- Functions are executable by the group roles they are granted to, never by PUBLIC.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

CREATE TABLE advocacy.team (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
	created_at timestamptz NOT NULL DEFAULT now()
);

-- Who belongs to which team in which role. The login is compared with session_user, which a SECURITY DEFINER
-- function cannot change.
CREATE TABLE advocacy.team_member (
	team_id uuid NOT NULL REFERENCES advocacy.team ON DELETE CASCADE,
	login name NOT NULL,
	role text NOT NULL CHECK (role IN ('advocate', 'manager', 'director', 'read_only')),
	PRIMARY KEY (team_id, login)
);
CREATE INDEX team_member_login ON advocacy.team_member (login);

-- Whether the session's user is a director: member of advocacy_director (superusers are members of every role).
CREATE FUNCTION advocacy.is_director() RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$ SELECT pg_has_role(session_user, 'advocacy_director', 'MEMBER') $$;

-- The teams the session's user may read: every team for a director, else the teams they are a member of.
CREATE FUNCTION advocacy.readable_teams() RETURNS uuid[]
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
		SELECT CASE WHEN advocacy.is_director() THEN (SELECT coalesce(array_agg(id), '{}') FROM advocacy.team)
			ELSE (SELECT coalesce(array_agg(team_id), '{}') FROM advocacy.team_member WHERE login = session_user) END
	$$;

-- The session's user's role in a team, or NULL when not a member.
CREATE FUNCTION advocacy.member_role(p_team uuid) RETURNS text
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$ SELECT role FROM advocacy.team_member WHERE team_id = p_team AND login = session_user $$;

-- Whether the session's user holds one of the roles in any team (used for the documents every team shares).
CREATE FUNCTION advocacy.has_role_anywhere(p_roles text[]) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$ SELECT EXISTS (SELECT FROM advocacy.team_member WHERE login = session_user AND role = ANY (p_roles)) $$;

ALTER TABLE advocacy.team ENABLE ROW LEVEL SECURITY;
ALTER TABLE advocacy.team_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE advocacy.schema_migration ENABLE ROW LEVEL SECURITY;

-- The scalar sub-selects are evaluated once per statement (an InitPlan), not once per row.
CREATE POLICY team_read ON advocacy.team FOR SELECT
	USING (id = ANY ((SELECT advocacy.readable_teams())::uuid[]));
CREATE POLICY team_member_read ON advocacy.team_member FOR SELECT
	USING (login = session_user OR team_id = ANY ((SELECT advocacy.readable_teams())::uuid[]));
-- Every client reads the schema version to refuse writing to a newer schema.
CREATE POLICY schema_migration_read ON advocacy.schema_migration FOR SELECT USING (true);

GRANT SELECT ON advocacy.team, advocacy.team_member, advocacy.schema_migration
	TO advocacy_director, advocacy_manager, advocacy_advocate, advocacy_read_only;
GRANT EXECUTE ON FUNCTION advocacy.is_director(), advocacy.readable_teams(), advocacy.member_role(uuid),
	advocacy.has_role_anywhere(text[]) TO advocacy_director, advocacy_manager, advocacy_advocate, advocacy_read_only;

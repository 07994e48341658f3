-- SPDX-License-Identifier: EPL-2.0
-- Administration, run by the repository's administrator (a superuser, or a CREATEROLE role owning the database):
-- teams, users and their roles. These functions run with the caller's own rights (SECURITY INVOKER) and quote
-- every name with format('%I'), so a team or user name is never read as SQL.
SET LOCAL ROLE advocacy_owner;

-- Session settings each user gets with their role: a statement cannot run forever, a client that left a
-- transaction open does not keep its locks, and a client killed mid-statement is noticed within a second.
CREATE TABLE advocacy.role_setting (
	role text NOT NULL CHECK (role IN ('advocate', 'manager', 'director', 'read_only')),
	setting text NOT NULL CHECK (setting IN ('statement_timeout', 'idle_in_transaction_session_timeout',
		'client_connection_check_interval', 'lock_timeout')),
	value text NOT NULL,
	PRIMARY KEY (role, setting)
);
ALTER TABLE advocacy.role_setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY role_setting_read ON advocacy.role_setting FOR SELECT USING (true);
GRANT SELECT ON advocacy.role_setting TO advocacy_director, advocacy_manager, advocacy_advocate, advocacy_read_only;
INSERT INTO advocacy.role_setting (role, setting, value)
	SELECT r.role, s.setting, CASE WHEN r.role = 'director' AND s.setting = 'statement_timeout' THEN '10min'
		ELSE s.value END
	FROM (VALUES ('advocate'), ('manager'), ('director'), ('read_only')) AS r(role),
		(VALUES ('statement_timeout', '2min'), ('idle_in_transaction_session_timeout', '1min'),
			('client_connection_check_interval', '1s'), ('lock_timeout', '30s')) AS s(setting, value);

-- Creates a team when it does not exist yet; returns its id.
CREATE FUNCTION advocacy.create_team(p_name text) RETURNS uuid
	LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
	AS $$
	DECLARE
		v_id uuid;
	BEGIN
		INSERT INTO advocacy.team (name) VALUES (p_name) ON CONFLICT (name) DO NOTHING RETURNING id INTO v_id;
		IF v_id IS NULL THEN
			SELECT id INTO v_id FROM advocacy.team WHERE name = p_name;
		END IF;
		RETURN v_id;
	END
	$$;

-- Creates a LOGIN role with a password given as a SCRAM-SHA-256 verifier computed by the client, so the password
-- itself never reaches the server or its logs. Does nothing to an existing role but set the new verifier.
CREATE FUNCTION advocacy.create_login(p_login text, p_scram_verifier text) RETURNS void
	LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
	AS $$
	BEGIN
		IF p_scram_verifier !~ '^SCRAM-SHA-256\$' THEN
			RAISE EXCEPTION 'a password must be given as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
		END IF;
		IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
			EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_scram_verifier);
		ELSE
			EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_scram_verifier);
		END IF;
	END
	$$;

-- Makes an existing LOGIN role a member of a team in a role: the group role's privileges, the team membership the
-- save path checks, and the role's session settings.
CREATE FUNCTION advocacy.grant_access(p_login text, p_team text, p_role text) RETURNS void
	LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
	AS $$
	DECLARE
		v_setting record;
	BEGIN
		IF p_role NOT IN ('advocate', 'manager', 'director', 'read_only') THEN
			RAISE EXCEPTION 'unknown role "%": use advocate, manager, director or read_only', p_role
				USING ERRCODE = '22023';
		END IF;
		IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_login AND rolcanlogin) THEN
			RAISE EXCEPTION 'there is no login role "%" on this server', p_login USING ERRCODE = '42704';
		END IF;
		EXECUTE format('GRANT %I TO %I', 'advocacy_' || p_role, p_login);
		INSERT INTO advocacy.team_member (team_id, login, role) VALUES (advocacy.create_team(p_team), p_login, p_role)
			ON CONFLICT (team_id, login) DO UPDATE SET role = EXCLUDED.role;
		FOR v_setting IN SELECT setting, value FROM advocacy.role_setting WHERE role = p_role LOOP
			EXECUTE format('ALTER ROLE %I SET %I = %L', p_login, v_setting.setting, v_setting.value);
		END LOOP;
	END
	$$;

-- Ends a membership; the group role is revoked when the user holds that role in no other team.
CREATE FUNCTION advocacy.revoke_access(p_login text, p_team text) RETURNS void
	LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
	AS $$
	DECLARE
		v_role text;
	BEGIN
		DELETE FROM advocacy.team_member m USING advocacy.team t
			WHERE m.team_id = t.id AND t.name = p_team AND m.login = p_login
			RETURNING m.role INTO v_role;
		IF v_role IS NOT NULL AND NOT EXISTS (SELECT FROM advocacy.team_member WHERE login = p_login AND role = v_role)
		THEN
			EXECUTE format('REVOKE %I FROM %I', 'advocacy_' || v_role, p_login);
		END IF;
	END
	$$;

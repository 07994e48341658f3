-- SPDX-License-Identifier: EPL-2.0
-- The one way to write: SECURITY DEFINER functions with a pinned search_path that check the caller (session_user)
-- and the expected version, then write document, header, history and change log in the caller's transaction.
-- Distinct SQLSTATEs let a client tell the cases apart (under row-level security a plain UPDATE of a row one may
-- not see updates nothing, which would look like success):
--   AV409  version conflict: someone else saved (or deleted) the document since the caller loaded it
--   AV403  forbidden: the caller's role does not allow this write
--   AV426  the caller's client was written for another schema version and must not write
--   AV404  unknown team
SET LOCAL ROLE advocacy_owner;

-- Whether the session's user may write a document of this kind in this team (NULL: shared by every team).
CREATE FUNCTION advocacy.may_write(p_kind text, p_team uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
		SELECT advocacy.is_director() OR CASE p_kind
			WHEN 'engagement' THEN coalesce(advocacy.member_role(p_team) IN ('advocate', 'manager', 'director'), false)
			WHEN 'review' THEN coalesce(advocacy.member_role(p_team) IN ('manager', 'director'), false)
			WHEN 'customer' THEN advocacy.has_role_anywhere(ARRAY['advocate', 'manager', 'director'])
			ELSE advocacy.has_role_anywhere(ARRAY['manager', 'director']) END
	$$;

-- The schema version this database is at.
CREATE FUNCTION advocacy.schema_version() RETURNS integer
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$ SELECT coalesce(max(version), 0) FROM advocacy.schema_migration $$;

CREATE FUNCTION advocacy.require_schema_version(p_client_schema integer) RETURNS void
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
	DECLARE
		v_schema integer := advocacy.schema_version();
	BEGIN
		IF p_client_schema IS DISTINCT FROM v_schema THEN
			RAISE EXCEPTION 'the team repository''s schema is version %, this client was written for version %',
				v_schema, p_client_schema
				USING ERRCODE = 'AV426', HINT = CASE WHEN p_client_schema < v_schema
					THEN 'update the Advocacy Workbench before saving; reading stays possible'
					ELSE 'run "advocacy team migrate" on the repository' END;
		END IF;
	END
	$$;

CREATE FUNCTION advocacy.team_id(p_team text) RETURNS uuid
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
	DECLARE
		v_id uuid;
	BEGIN
		IF p_team IS NULL THEN
			RETURN NULL;
		END IF;
		SELECT id INTO v_id FROM advocacy.team WHERE name = p_team;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'there is no team "%" in this repository', p_team USING ERRCODE = 'AV404';
		END IF;
		RETURN v_id;
	END
	$$;

-- Appends the version to the history and the feature changes to the change log. p_changes is a JSON array of
-- {"object_id", "object_type", "feature", "old_value", "new_value"}.
CREATE FUNCTION advocacy.record_history(p_document advocacy.document, p_changes jsonb, p_client text) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
	BEGIN
		INSERT INTO advocacy.document_history (document_id, version, kind, team_id, encoding, body, deleted, saved_at,
				saved_by, client)
			VALUES (p_document.id, p_document.version, p_document.kind, p_document.team_id, p_document.encoding,
				p_document.body, p_document.deleted, p_document.changed_at, p_document.changed_by, p_client);
		INSERT INTO advocacy.change_log (document_id, version, team_id, object_id, object_type, feature, old_value,
				new_value, changed_at, changed_by, client)
			SELECT p_document.id, p_document.version, p_document.team_id, c.object_id, c.object_type, c.feature,
				c.old_value, c.new_value, p_document.changed_at, p_document.changed_by, p_client
			FROM jsonb_to_recordset(coalesce(p_changes, '[]')) AS c(object_id text, object_type text, feature text,
				old_value text, new_value text);
	END
	$$;

-- Locks the document's current row and checks that the caller may write it and still has its latest version.
-- Returns the row (NULL fields when the document does not exist yet).
CREATE FUNCTION advocacy.lock_for_write(p_id text, p_kind text, p_expected_version bigint)
	RETURNS advocacy.document
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
	DECLARE
		v_current advocacy.document;
	BEGIN
		SELECT * INTO v_current FROM advocacy.document WHERE id = p_id FOR UPDATE;
		IF NOT FOUND THEN
			IF p_expected_version <> 0 THEN
				RAISE EXCEPTION 'the % % does not exist in the team repository', p_kind, p_id
					USING ERRCODE = 'AV409', DETAIL = 'current version: none';
			END IF;
			RETURN v_current;
		END IF;
		IF NOT advocacy.may_write(v_current.kind, v_current.team_id) THEN
			RAISE EXCEPTION '% may not change the % %', session_user, v_current.kind, p_id USING ERRCODE = 'AV403';
		END IF;
		IF v_current.kind <> p_kind THEN
			RAISE EXCEPTION 'document % is a %, not a %', p_id, v_current.kind, p_kind USING ERRCODE = '22023';
		END IF;
		IF v_current.version <> p_expected_version THEN
			RAISE EXCEPTION 'the % % was changed by % at % (version %) since version % was loaded', v_current.kind,
					p_id, v_current.changed_by, v_current.changed_at, v_current.version, p_expected_version
				USING ERRCODE = 'AV409', DETAIL = format('current version: %s', v_current.version);
		END IF;
		IF v_current.deleted THEN
			RAISE EXCEPTION 'the % % was deleted by % at %', v_current.kind, p_id, v_current.changed_by,
					v_current.changed_at
				USING ERRCODE = 'AV409', DETAIL = format('current version: %s', v_current.version);
		END IF;
		RETURN v_current;
	END
	$$;

-- Saves a new version of a document. p_expected_version is the version the caller loaded, 0 for a new document.
-- p_header carries the header columns of an engagement or customer (see advocacy.engagement_header and
-- advocacy.customer_header) and is ignored for other kinds; p_label is what lists of documents call it.
-- Returns the new version.
CREATE FUNCTION advocacy.save_document(p_id text, p_kind text, p_team text, p_expected_version bigint,
		p_encoding text, p_body text, p_label text, p_header jsonb, p_changes jsonb, p_client text,
		p_client_schema integer)
	RETURNS bigint
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
	DECLARE
		v_team uuid;
		v_current advocacy.document;
		v_saved advocacy.document;
		v_header advocacy.engagement_header;
		v_customer advocacy.customer_header;
	BEGIN
		PERFORM advocacy.require_schema_version(p_client_schema);
		v_team := advocacy.team_id(p_team);
		v_current := advocacy.lock_for_write(p_id, p_kind, p_expected_version);
		IF NOT advocacy.may_write(p_kind, v_team) THEN
			RAISE EXCEPTION '% may not save the % % in %', session_user, p_kind, p_id,
					coalesce('team ' || p_team, 'the documents all teams share')
				USING ERRCODE = 'AV403';
		END IF;
		IF v_current.id IS NULL THEN
			INSERT INTO advocacy.document (id, kind, team_id, encoding, body, label, version)
				VALUES (p_id, p_kind, v_team, p_encoding, p_body, p_label, 1)
				ON CONFLICT (id) DO NOTHING
				RETURNING * INTO v_saved;
			IF v_saved.id IS NULL THEN
				RAISE EXCEPTION 'the % % was created by someone else at the same time', p_kind, p_id
					USING ERRCODE = 'AV409', DETAIL = 'current version: 1';
			END IF;
		ELSE
			UPDATE advocacy.document SET team_id = v_team, encoding = p_encoding, body = p_body, label = p_label,
					version = version + 1, change_xid = pg_current_xact_id(), changed_at = now(),
					changed_by = session_user
				WHERE id = p_id
				RETURNING * INTO v_saved;
		END IF;
		IF p_kind = 'engagement' THEN
			v_header := jsonb_populate_record(NULL::advocacy.engagement_header, p_header);
			v_header.id := v_saved.id;
			v_header.team_id := v_saved.team_id;
			v_header.version := v_saved.version;
			v_header.change_xid := v_saved.change_xid;
			v_header.changed_at := v_saved.changed_at;
			v_header.changed_by := v_saved.changed_by;
			v_header.colour_overridden := coalesce(v_header.colour_overridden, false);
			v_header.ladder_exhausted := coalesce(v_header.ladder_exhausted, false);
			v_header.active_ladders := coalesce(v_header.active_ladders, 0);
			v_header.effort_hours := coalesce(v_header.effort_hours, 0);
			v_header.effort_cost := coalesce(v_header.effort_cost, 0);
			v_header.expenses := coalesce(v_header.expenses, 0);
			IF v_header.key IS NULL THEN
				RAISE EXCEPTION 'engagement % has no case number', p_id USING ERRCODE = '23502';
			END IF;
			DELETE FROM advocacy.engagement_header WHERE id = p_id;
			INSERT INTO advocacy.engagement_header VALUES (v_header.*);
		ELSIF p_kind = 'customer' THEN
			v_customer := jsonb_populate_record(NULL::advocacy.customer_header, p_header);
			v_customer.id := v_saved.id;
			v_customer.product_lines := coalesce(v_customer.product_lines, '[]');
			v_customer.version := v_saved.version;
			v_customer.change_xid := v_saved.change_xid;
			v_customer.changed_at := v_saved.changed_at;
			v_customer.changed_by := v_saved.changed_by;
			DELETE FROM advocacy.customer_header WHERE id = p_id;
			INSERT INTO advocacy.customer_header VALUES (v_customer.*);
		END IF;
		PERFORM advocacy.record_history(v_saved, p_changes, p_client);
		RETURN v_saved.version;
	END
	$$;

-- Deletes a document: it stays as a tombstone (so the change feed reports it) and in the history.
CREATE FUNCTION advocacy.delete_document(p_id text, p_kind text, p_expected_version bigint, p_changes jsonb,
		p_client text, p_client_schema integer)
	RETURNS bigint
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
	DECLARE
		v_current advocacy.document;
		v_saved advocacy.document;
	BEGIN
		PERFORM advocacy.require_schema_version(p_client_schema);
		IF p_expected_version = 0 THEN
			RAISE EXCEPTION 'cannot delete the % %: it was never saved', p_kind, p_id USING ERRCODE = '22023';
		END IF;
		v_current := advocacy.lock_for_write(p_id, p_kind, p_expected_version);
		UPDATE advocacy.document SET body = NULL, deleted = true, version = version + 1,
				change_xid = pg_current_xact_id(), changed_at = now(), changed_by = session_user
			WHERE id = p_id
			RETURNING * INTO v_saved;
		DELETE FROM advocacy.engagement_header WHERE id = p_id;
		DELETE FROM advocacy.customer_header WHERE id = p_id;
		PERFORM advocacy.record_history(v_saved, p_changes, p_client);
		RETURN v_saved.version;
	END
	$$;

-- The next case number ("ADV-0042") from the server's sequence, for callers that may create engagements.
CREATE FUNCTION advocacy.next_case_key() RETURNS text
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
	BEGIN
		IF NOT (advocacy.is_director() OR advocacy.has_role_anywhere(ARRAY['advocate', 'manager', 'director'])) THEN
			RAISE EXCEPTION '% may not open engagements', session_user USING ERRCODE = 'AV403';
		END IF;
		RETURN 'ADV-' || lpad(nextval('advocacy.case_number')::text, 4, '0');
	END
	$$;

-- Makes sure the sequence never hands out a number at or below one already used (after an import).
CREATE FUNCTION advocacy.reserve_case_numbers(p_highest_used bigint) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
	BEGIN
		IF NOT (advocacy.is_director() OR advocacy.has_role_anywhere(ARRAY['manager', 'director'])) THEN
			RAISE EXCEPTION '% may not reserve case numbers', session_user USING ERRCODE = 'AV403';
		END IF;
		IF p_highest_used > (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END
				FROM advocacy.case_number) THEN
			PERFORM setval('advocacy.case_number', p_highest_used, true);
		END IF;
	END
	$$;

GRANT EXECUTE ON FUNCTION advocacy.save_document(text, text, text, bigint, text, text, text, jsonb, jsonb, text,
		integer),
	advocacy.delete_document(text, text, bigint, jsonb, text, integer), advocacy.next_case_key(),
	advocacy.reserve_case_numbers(bigint)
	TO advocacy_director, advocacy_manager, advocacy_advocate;
GRANT EXECUTE ON FUNCTION advocacy.schema_version(), advocacy.may_write(text, uuid)
	TO advocacy_director, advocacy_manager, advocacy_advocate, advocacy_read_only;

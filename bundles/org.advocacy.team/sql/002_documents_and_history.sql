-- SPDX-License-Identifier: EPL-2.0
-- Documents (one per engagement, customer, review, plus the catalog and the organization), the engagement header
-- rows that lists, filters and metrics read instead of bodies, the append-only history of every version and the
-- feature-level change log. The application roles only SELECT here; every write goes through the save path (003).
SET LOCAL ROLE advocacy_owner;

-- Ids are the objects' UUIDs exactly as the *.advocacy file writes them (EMF's "_" + 22 base64 characters), so a
-- document keeps its identity between a file and the team repository.
CREATE DOMAIN advocacy.object_id AS text CHECK (VALUE ~ '^[A-Za-z0-9_-]{1,64}$');

-- Documents keep the order they were first stored in, so a file exported from the repository lists its customers,
-- engagements and reviews in the order the imported file had them.
CREATE SEQUENCE advocacy.document_position;

CREATE TABLE advocacy.document (
	id advocacy.object_id PRIMARY KEY,
	kind text NOT NULL CHECK (kind IN ('catalog', 'organization', 'customer', 'engagement', 'review')),
	-- Engagements and reviews belong to a team; the catalog, the organization and customers are shared by all.
	team_id uuid REFERENCES advocacy.team,
	encoding text NOT NULL CHECK (encoding IN ('xmi')),
	body text CHECK (deleted OR body IS NOT NULL),
	version bigint NOT NULL CHECK (version > 0),
	deleted boolean NOT NULL DEFAULT false,
	-- What to call the document in lists of documents (a review's date, a customer's name).
	label text,
	change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	changed_at timestamptz NOT NULL DEFAULT now(),
	changed_by name NOT NULL DEFAULT session_user,
	position bigint NOT NULL DEFAULT nextval('advocacy.document_position'),
	CHECK ((kind IN ('engagement', 'review')) = (team_id IS NOT NULL))
);
CREATE INDEX document_change_xid ON advocacy.document (change_xid);
CREATE INDEX document_kind ON advocacy.document (kind, position) WHERE NOT deleted;

-- What lists, filters, due times, the agenda, the board and the metrics read of an engagement (the columns of
-- org.advocacy.core.repository.EngagementHeader), written by the save path with every version of the engagement.
-- References are kept as the target's UUID and its name when saved.
CREATE TABLE advocacy.engagement_header (
	id advocacy.object_id PRIMARY KEY REFERENCES advocacy.document ON DELETE CASCADE,
	team_id uuid NOT NULL REFERENCES advocacy.team,
	key text NOT NULL,
	title text,
	state text,
	colour text,
	colour_overridden boolean NOT NULL DEFAULT false,
	urgency text,
	customer_id text,
	customer_name text,
	segment_id text,
	segment_name text,
	advocate_id text,
	advocate_name text,
	reason_id text,
	reason_name text,
	business_unit_id text,
	business_unit_name text,
	product_line_id text,
	product_line_name text,
	opened_at timestamptz,
	closed_at timestamptz,
	next_update_due timestamptz,
	held_draft_ready_at timestamptz,
	next_step_due timestamptz,
	next_step_contact text,
	ladder_exhausted boolean NOT NULL DEFAULT false,
	active_ladders integer NOT NULL DEFAULT 0,
	effort_hours double precision NOT NULL DEFAULT 0,
	effort_cost numeric NOT NULL DEFAULT 0,
	expenses numeric NOT NULL DEFAULT 0,
	version bigint NOT NULL,
	change_xid xid8 NOT NULL,
	changed_at timestamptz NOT NULL,
	changed_by name NOT NULL,
	CONSTRAINT engagement_header_key_unique UNIQUE (key)
);
CREATE INDEX engagement_header_change_xid ON advocacy.engagement_header (change_xid);

-- What lists and the metrics' customer base read of a customer (org.advocacy.core.repository.CustomerHeader).
CREATE TABLE advocacy.customer_header (
	id advocacy.object_id PRIMARY KEY REFERENCES advocacy.document ON DELETE CASCADE,
	name text,
	segment_id text,
	segment_name text,
	business_unit_id text,
	business_unit_name text,
	product_lines jsonb NOT NULL DEFAULT '[]',
	version bigint NOT NULL,
	change_xid xid8 NOT NULL,
	changed_at timestamptz NOT NULL,
	changed_by name NOT NULL
);
CREATE INDEX customer_header_change_xid ON advocacy.customer_header (change_xid);

-- Case numbers come from the server, never from "highest key + 1" on a client.
CREATE SEQUENCE advocacy.case_number START 1;

-- Every version of every document, append-only.
CREATE TABLE advocacy.document_history (
	document_id advocacy.object_id NOT NULL,
	version bigint NOT NULL,
	kind text NOT NULL,
	team_id uuid,
	encoding text NOT NULL,
	body text,
	deleted boolean NOT NULL,
	saved_at timestamptz NOT NULL,
	saved_by name NOT NULL,
	client text NOT NULL,
	PRIMARY KEY (document_id, version)
);

-- Who changed which feature of which object, from what to what, when and from which client.
CREATE TABLE advocacy.change_log (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	document_id advocacy.object_id NOT NULL,
	version bigint NOT NULL,
	team_id uuid,
	object_id text NOT NULL,
	object_type text,
	feature text NOT NULL,
	old_value text,
	new_value text,
	changed_at timestamptz NOT NULL,
	changed_by name NOT NULL,
	client text NOT NULL,
	FOREIGN KEY (document_id, version) REFERENCES advocacy.document_history
);
CREATE INDEX change_log_document ON advocacy.change_log (document_id, version);

-- Nobody, not even the owner by accident, rewrites history: only INSERT is possible.
CREATE FUNCTION advocacy.refuse_history_rewrite() RETURNS trigger
	LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
	AS $$
	BEGIN
		RAISE EXCEPTION 'the history of the team repository is append-only: % on % refused', TG_OP, TG_TABLE_NAME
			USING ERRCODE = 'AV403';
	END
	$$;
CREATE TRIGGER document_history_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON advocacy.document_history
	FOR EACH STATEMENT EXECUTE FUNCTION advocacy.refuse_history_rewrite();
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON advocacy.change_log
	FOR EACH STATEMENT EXECUTE FUNCTION advocacy.refuse_history_rewrite();

-- Row-level security on every table: rows of the teams one may read, shared rows for anyone in a team.
ALTER TABLE advocacy.document ENABLE ROW LEVEL SECURITY;
ALTER TABLE advocacy.engagement_header ENABLE ROW LEVEL SECURITY;
ALTER TABLE advocacy.customer_header ENABLE ROW LEVEL SECURITY;
ALTER TABLE advocacy.document_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE advocacy.change_log ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION advocacy.may_read_shared() RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$ SELECT advocacy.is_director() OR EXISTS (SELECT FROM advocacy.team_member WHERE login = session_user) $$;
GRANT EXECUTE ON FUNCTION advocacy.may_read_shared()
	TO advocacy_director, advocacy_manager, advocacy_advocate, advocacy_read_only;

CREATE POLICY document_read ON advocacy.document FOR SELECT
	USING (CASE WHEN team_id IS NULL THEN (SELECT advocacy.may_read_shared())
		ELSE team_id = ANY ((SELECT advocacy.readable_teams())::uuid[]) END);
CREATE POLICY engagement_header_read ON advocacy.engagement_header FOR SELECT
	USING (team_id = ANY ((SELECT advocacy.readable_teams())::uuid[]));
CREATE POLICY customer_header_read ON advocacy.customer_header FOR SELECT
	USING ((SELECT advocacy.may_read_shared()));
CREATE POLICY document_history_read ON advocacy.document_history FOR SELECT
	USING (CASE WHEN team_id IS NULL THEN (SELECT advocacy.may_read_shared())
		ELSE team_id = ANY ((SELECT advocacy.readable_teams())::uuid[]) END);
CREATE POLICY change_log_read ON advocacy.change_log FOR SELECT
	USING (CASE WHEN team_id IS NULL THEN (SELECT advocacy.may_read_shared())
		ELSE team_id = ANY ((SELECT advocacy.readable_teams())::uuid[]) END);

GRANT SELECT ON advocacy.document, advocacy.engagement_header, advocacy.customer_header, advocacy.document_history,
	advocacy.change_log
	TO advocacy_director, advocacy_manager, advocacy_advocate, advocacy_read_only;

-- SPDX-License-Identifier: EPL-2.0
-- The escalation watcher's status, so that "advocacy watch --status" and the workbench of every client show what
-- the repository's watcher did last (last run, queue, failures). One row per repository, replaced after every pass
-- through the SECURITY DEFINER function below; the watcher's sending lease is a session advisory lock and needs no
-- table. A watcher runs as a manager or a director (it records what it sent in engagements and in the catalog).
SET LOCAL ROLE advocacy_owner;

CREATE TABLE advocacy.watcher_status (
	repository boolean PRIMARY KEY DEFAULT true CHECK (repository),
	status text NOT NULL CHECK (length(status) <= 1000000),
	published_at timestamptz NOT NULL DEFAULT now(),
	published_by name NOT NULL DEFAULT session_user
);
ALTER TABLE advocacy.watcher_status ENABLE ROW LEVEL SECURITY;
-- Every client reads the status: it names the repository's watcher state and the subjects of waiting notices.
CREATE POLICY watcher_status_read ON advocacy.watcher_status FOR SELECT USING (true);
GRANT SELECT ON advocacy.watcher_status TO advocacy_director, advocacy_manager, advocacy_advocate, advocacy_read_only;

-- Replaces the status with the one the watcher's last pass published.
CREATE FUNCTION advocacy.publish_watcher_status(p_status text) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
	BEGIN
		IF NOT (advocacy.is_director() OR advocacy.has_role_anywhere(ARRAY['manager', 'director'])) THEN
			RAISE EXCEPTION 'only a manager or a director may publish the escalation watcher''s status'
				USING ERRCODE = 'AV403';
		END IF;
		INSERT INTO advocacy.watcher_status (repository, status, published_at, published_by)
			VALUES (true, p_status, now(), session_user)
			ON CONFLICT (repository) DO UPDATE
				SET status = EXCLUDED.status, published_at = EXCLUDED.published_at, published_by = EXCLUDED.published_by;
	END
	$$;
GRANT EXECUTE ON FUNCTION advocacy.publish_watcher_status(text) TO advocacy_director, advocacy_manager;

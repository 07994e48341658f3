-- SPDX-License-Identifier: EPL-2.0
-- The live change feed. A notification carries the document's id only: notifications bypass row-level security
-- (any role may LISTEN on any channel), so they say nothing a reader could not be allowed to see. They are only a
-- hint; the truth is the watermark delta: rows whose change_xid is at or above the last watermark, the next
-- watermark being pg_snapshot_xmin(pg_current_snapshot()) taken before the delta is read.
SET LOCAL ROLE advocacy_owner;

CREATE FUNCTION advocacy.notify_change() RETURNS trigger
	LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
	AS $$
	BEGIN
		PERFORM pg_notify('advocacy_changes', NEW.id);
		RETURN NULL;
	END
	$$;

CREATE TRIGGER document_changed AFTER INSERT OR UPDATE ON advocacy.document
	FOR EACH ROW EXECUTE FUNCTION advocacy.notify_change();

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.repository.DocumentKind;

/**
 * The watermark delta: the documents whose change transaction id ({@code xid8}) is at or above the last watermark.
 * The next watermark is {@code pg_snapshot_xmin(pg_current_snapshot())} taken <em>before</em> the rows are read:
 * every transaction not yet visible then has an id at or above it and is read next time, so nothing committed
 * later is ever skipped (a change may be reported twice; readers compare versions).
 */
public final class ChangeLog {

	/**
	 * One changed document.
	 *
	 * @param id      the document
	 * @param kind    its kind
	 * @param version its current version
	 * @param deleted whether it is deleted
	 */
	public record Change(String id, DocumentKind kind, long version, boolean deleted) {
	}

	/**
	 * What changed, and where to continue from.
	 *
	 * @param watermark the next watermark
	 * @param changes   the documents changed since the previous watermark that the user may read
	 */
	public record Delta(long watermark, List<Change> changes) {
	}

	private ChangeLog() {
	}

	/**
	 * @param connection a connection of the reading user (row-level security applies)
	 * @return the watermark from which a reader sees every later change
	 * @throws SQLException when the server cannot be read
	 */
	public static long currentWatermark(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) {
			row.next();
			return Long.parseLong(row.getString(1));
		}
	}

	/**
	 * @param connection a connection of the reading user (row-level security applies)
	 * @param watermark  the last watermark, 0 for everything
	 * @return the changed documents and the next watermark
	 * @throws SQLException when the server cannot be read
	 */
	public static Delta since(Connection connection, long watermark) throws SQLException {
		long next = currentWatermark(connection);
		List<Change> changes = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT id, kind, version, deleted FROM advocacy.document WHERE change_xid >= ?::xid8 ORDER BY change_xid")) {
			query.setString(1, Long.toString(watermark));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					changes.add(new Change(rows.getString(1), Kinds.ofDatabaseName(rows.getString(2)),
							rows.getLong(3), rows.getBoolean(4)));
				}
			}
		}
		return new Delta(next, changes);
	}
}

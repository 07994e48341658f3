// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.HistoryEntry;

/** Reads a document's history: every saved version with the change log the save path wrote for it. */
public final class HistoryRows {

	private HistoryRows() {
	}

	/**
	 * @param connection the user's connection (row-level security applies)
	 * @param id         the document
	 * @return its versions, oldest first; empty when it has none the user may read
	 * @throws SQLException when the server cannot be read
	 */
	public static List<HistoryEntry> read(Connection connection, DocumentId id) throws SQLException {
		Map<Long, List<HistoryEntry.Change>> changes = new LinkedHashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT version, object_id, object_type, feature, "
				+ "old_value, new_value FROM advocacy.change_log WHERE document_id = ? ORDER BY id")) {
			query.setString(1, id.uuid());
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					changes.computeIfAbsent(rows.getLong(1), version -> new ArrayList<>())
							.add(new HistoryEntry.Change(rows.getString(2), rows.getString(3), rows.getString(4),
									rows.getString(5), rows.getString(6)));
				}
			}
		}
		List<HistoryEntry> history = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT version, saved_at, saved_by, client, deleted "
				+ "FROM advocacy.document_history WHERE document_id = ? ORDER BY version")) {
			query.setString(1, id.uuid());
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					long version = rows.getLong(1);
					history.add(new HistoryEntry(id, version, rows.getTimestamp(2).toInstant(), rows.getString(3),
							rows.getString(4), rows.getBoolean(5), changes.getOrDefault(version, List.of())));
				}
			}
		}
		return history;
	}
}

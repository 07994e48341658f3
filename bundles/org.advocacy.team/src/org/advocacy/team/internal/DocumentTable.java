// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.function.Consumer;

import org.advocacy.core.repository.DocumentKind;
import org.advocacy.team.schema.SchemaMigrator;

/**
 * Reads documents as the connected user may see them (row-level security applies) and writes them through the
 * server's save path, the only way to write.
 */
public final class DocumentTable {

	/**
	 * A stored document.
	 *
	 * @param id        its id
	 * @param kind      its kind
	 * @param team      its team's name, {@code null} for a document every team shares
	 * @param version   its version
	 * @param deleted   whether it was deleted (then without body)
	 * @param encoding  how the body is written ({@value TeamDocuments#ENCODING})
	 * @param body      the body, {@code null} when deleted
	 * @param changedBy who saved this version
	 * @param changedAt when
	 */
	public record StoredDocument(String id, DocumentKind kind, String team, long version, boolean deleted,
			String encoding, String body, String changedBy, Instant changedAt) {
	}

	/**
	 * What to save.
	 *
	 * @param id              the document's id
	 * @param kind            its kind
	 * @param team            the team it belongs to, {@code null} for the shared kinds
	 * @param expectedVersion the version the caller loaded, 0 for a new document
	 * @param body            the XMI text
	 * @param label           what lists of documents call it
	 * @param headerJson      for an engagement, its header columns as a JSON object; else {@code null}
	 * @param changesJson     the feature changes as a JSON array
	 * @param client          the program saving, recorded in the history
	 */
	public record Write(String id, DocumentKind kind, String team, long expectedVersion, String body, String label,
			String headerJson, String changesJson, String client) {
	}

	private static final String COLUMNS = "d.id, d.kind, t.name, d.version, d.deleted, d.encoding, d.body, "
			+ "d.changed_by, d.changed_at";
	private static final String FROM = " FROM advocacy.document d LEFT JOIN advocacy.team t ON t.id = d.team_id";

	private DocumentTable() {
	}

	/**
	 * @param connection the user's connection
	 * @param id         a document id
	 * @return the current version, or {@code null} when there is none the user may read
	 * @throws SQLException when the server cannot be read
	 */
	public static StoredDocument read(Connection connection, String id) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE d.id = ?")) {
			query.setString(1, id);
			try (ResultSet row = query.executeQuery()) {
				return row.next() ? document(row) : null;
			}
		}
	}

	/**
	 * @param connection the user's connection
	 * @param id         a document id
	 * @param version    one of its versions
	 * @return that version from the history, or {@code null} when there is none the user may read
	 * @throws SQLException when the server cannot be read
	 */
	public static StoredDocument readVersion(Connection connection, String id, long version) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT h.document_id, h.kind, t.name, h.version, "
				+ "h.deleted, h.encoding, h.body, h.saved_by, h.saved_at FROM advocacy.document_history h "
				+ "LEFT JOIN advocacy.team t ON t.id = h.team_id WHERE h.document_id = ? AND h.version = ?")) {
			query.setString(1, id);
			query.setLong(2, version);
			try (ResultSet row = query.executeQuery()) {
				return row.next() ? document(row) : null;
			}
		}
	}

	/**
	 * Streams every current, undeleted document of a kind the user may read, in the order they were first stored.
	 *
	 * @param connection the user's connection; used in a transaction of its own for the cursor
	 * @param kind       the kind
	 * @param receiver   gets each document
	 * @throws SQLException when the server cannot be read
	 */
	public static void readAll(Connection connection, DocumentKind kind, Consumer<StoredDocument> receiver)
			throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT " + COLUMNS + FROM + " WHERE d.kind = ? AND NOT d.deleted ORDER BY d.position")) {
			query.setFetchSize(500);
			query.setString(1, Kinds.databaseName(kind));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					receiver.accept(document(rows));
				}
			}
			connection.commit();
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	/**
	 * Saves a document through {@code advocacy.save_document}.
	 *
	 * @param connection the user's connection
	 * @param write      what to save
	 * @return the new version
	 * @throws SQLException with SQLSTATE {@value SqlStates#VERSION_CONFLICT}, {@value SqlStates#FORBIDDEN},
	 *                      {@value SqlStates#INSUFFICIENT_PRIVILEGE}, {@value SqlStates#SCHEMA_MISMATCH} or another
	 *                      failure; nothing is written then
	 */
	public static long save(Connection connection, Write write) throws SQLException {
		try (PreparedStatement call = connection.prepareStatement(
				"SELECT advocacy.save_document(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)")) {
			call.setString(1, write.id());
			call.setString(2, Kinds.databaseName(write.kind()));
			call.setString(3, write.team());
			call.setLong(4, write.expectedVersion());
			call.setString(5, TeamDocuments.ENCODING);
			call.setString(6, write.body());
			call.setString(7, write.label());
			if (write.headerJson() == null) {
				call.setNull(8, Types.VARCHAR);
			} else {
				call.setString(8, write.headerJson());
			}
			call.setString(9, write.changesJson());
			call.setString(10, write.client());
			call.setInt(11, SchemaMigrator.clientVersion());
			return singleLong(call);
		}
	}

	/**
	 * Deletes a document through {@code advocacy.delete_document}; it stays in the history.
	 *
	 * @param connection      the user's connection
	 * @param id              the document
	 * @param kind            its kind
	 * @param expectedVersion the version the caller loaded
	 * @param changesJson     the feature changes (what the document held) as a JSON array
	 * @param client          the program deleting
	 * @return the version of the deletion
	 * @throws SQLException as {@link #save}
	 */
	public static long delete(Connection connection, String id, DocumentKind kind, long expectedVersion,
			String changesJson, String client) throws SQLException {
		try (PreparedStatement call = connection
				.prepareStatement("SELECT advocacy.delete_document(?, ?, ?, ?::jsonb, ?, ?)")) {
			call.setString(1, id);
			call.setString(2, Kinds.databaseName(kind));
			call.setLong(3, expectedVersion);
			call.setString(4, changesJson);
			call.setString(5, client);
			call.setInt(6, SchemaMigrator.clientVersion());
			return singleLong(call);
		}
	}

	/**
	 * @param connection the user's connection
	 * @return the next case number from the server's sequence, e.g. {@code ADV-0042}
	 * @throws SQLException when the user may not open engagements
	 */
	public static String nextCaseKey(Connection connection) throws SQLException {
		try (PreparedStatement call = connection.prepareStatement("SELECT advocacy.next_case_key()");
				ResultSet row = call.executeQuery()) {
			row.next();
			return row.getString(1);
		}
	}

	/**
	 * Makes sure the server never hands out a case number at or below one already used.
	 *
	 * @param connection   the user's connection
	 * @param highestUsed  the highest number in use
	 * @throws SQLException when the user may not
	 */
	public static void reserveCaseNumbers(Connection connection, long highestUsed) throws SQLException {
		try (PreparedStatement call = connection.prepareStatement("SELECT advocacy.reserve_case_numbers(?)")) {
			call.setLong(1, highestUsed);
			call.execute();
		}
	}

	private static long singleLong(PreparedStatement call) throws SQLException {
		try (ResultSet row = call.executeQuery()) {
			row.next();
			return row.getLong(1);
		}
	}

	private static StoredDocument document(ResultSet row) throws SQLException {
		Timestamp changedAt = row.getTimestamp(9);
		return new StoredDocument(row.getString(1), Kinds.ofDatabaseName(row.getString(2)), row.getString(3),
				row.getLong(4), row.getBoolean(5), row.getString(6), row.getString(7), row.getString(8),
				changedAt == null ? null : changedAt.toInstant());
	}
}

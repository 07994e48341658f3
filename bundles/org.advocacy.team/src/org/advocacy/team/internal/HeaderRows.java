// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.advocacy.core.repository.CustomerHeader;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.NamedReference;
import org.advocacy.model.EngagementState;
import org.advocacy.model.StatusColour;
import org.advocacy.model.Urgency;

/**
 * The header rows of engagements and customers: written as JSON objects whose names are the columns of
 * {@code advocacy.engagement_header} and {@code advocacy.customer_header}, read back into
 * {@link EngagementHeader}s and {@link CustomerHeader}s with a cursor. Enumerations are stored by their Java names.
 */
public final class HeaderRows {

	/** How many rows a cursor fetches at a time: the first rows show at once, 100,000 arrive in well under a second. */
	private static final int FETCH_SIZE = 5_000;

	private static final String ENGAGEMENT_COLUMNS = "h.id, h.key, h.title, h.state, h.colour, h.colour_overridden, "
			+ "h.urgency, h.customer_id, h.customer_name, h.segment_id, h.segment_name, h.advocate_id, h.advocate_name, "
			+ "h.reason_id, h.reason_name, h.business_unit_id, h.business_unit_name, h.product_line_id, "
			+ "h.product_line_name, h.opened_at, h.closed_at, h.next_update_due, h.held_draft_ready_at, h.next_step_due, "
			+ "h.next_step_contact, h.ladder_exhausted, h.active_ladders, h.effort_hours, h.effort_cost, h.expenses, "
			+ "h.version, h.changed_by, h.changed_at";

	private static final String CUSTOMER_COLUMNS = "c.id, c.name, c.segment_id, c.segment_name, c.business_unit_id, "
			+ "c.business_unit_name, c.version, "
			+ "ARRAY(SELECT e->>'id' FROM jsonb_array_elements(c.product_lines) WITH ORDINALITY AS l(e, n) ORDER BY n), "
			+ "ARRAY(SELECT e->>'name' FROM jsonb_array_elements(c.product_lines) WITH ORDINALITY AS l(e, n) ORDER BY n)";

	private HeaderRows() {
	}

	/**
	 * @param header an engagement's header as {@code EngagementHeaders.of} derives it
	 * @return the JSON object of its columns
	 */
	public static String toJson(EngagementHeader header) {
		Json row = Json.object().put("key", header.key()).put("title", header.title())
				.put("state", name(header.state())).put("colour", name(header.colour()))
				.put("colour_overridden", header.colourOverridden()).put("urgency", name(header.urgency()));
		reference(row, "customer", header.customer());
		reference(row, "segment", header.segment());
		reference(row, "advocate", header.advocate());
		reference(row, "reason", header.reason());
		reference(row, "business_unit", header.businessUnit());
		reference(row, "product_line", header.productLine());
		return row.put("opened_at", instant(header.openedAt())).put("closed_at", instant(header.closedAt()))
				.put("next_update_due", instant(header.nextUpdateDue()))
				.put("held_draft_ready_at", instant(header.heldDraftReadyAt()))
				.put("next_step_due", instant(header.nextStepDue())).put("next_step_contact", header.nextStepContact())
				.put("ladder_exhausted", header.ladderExhausted()).put("active_ladders", header.activeLadders())
				.put("effort_hours", header.effortHours()).put("effort_cost", header.effortCost())
				.put("expenses", header.expenses()).toString();
	}

	/**
	 * @param header a customer's header
	 * @return the JSON object of its columns
	 */
	public static String toJson(CustomerHeader header) {
		Json row = Json.object().put("name", header.name());
		reference(row, "segment", header.segment());
		reference(row, "business_unit", header.businessUnit());
		return row.put("product_lines", header.productLines().stream()
				.map(line -> Json.object().put("id", line.id()).put("name", line.name())).toList()).toString();
	}

	/**
	 * Reads the engagement headers the user may see: all of them, or those changed at or after a watermark.
	 *
	 * @param connection the user's connection; used in a transaction of its own for the cursor
	 * @param watermark  0 for all, else the watermark of an earlier listing
	 * @return the headers
	 * @throws SQLException when the server cannot be read
	 */
	public static List<EngagementHeader> engagements(Connection connection, long watermark) throws SQLException {
		List<EngagementHeader> headers = new ArrayList<>();
		SharedReferences references = new SharedReferences();
		query(connection, "SELECT " + ENGAGEMENT_COLUMNS + " FROM advocacy.engagement_header h"
				+ (watermark == 0 ? "" : " WHERE h.change_xid >= ?::xid8"), watermark, rows -> {
					while (rows.next()) {
						headers.add(engagement(rows, references));
					}
				});
		return headers;
	}

	/**
	 * @param connection the user's connection
	 * @param watermark  0 for all, else the watermark of an earlier listing
	 * @return the customer headers (all, or changed at or after the watermark)
	 * @throws SQLException when the server cannot be read
	 */
	public static List<CustomerHeader> customers(Connection connection, long watermark) throws SQLException {
		List<CustomerHeader> headers = new ArrayList<>();
		query(connection, "SELECT " + CUSTOMER_COLUMNS + " FROM advocacy.customer_header c"
				+ (watermark == 0 ? "" : " WHERE c.change_xid >= ?::xid8"), watermark, rows -> {
					while (rows.next()) {
						headers.add(customer(rows));
					}
				});
		return headers;
	}

	/**
	 * @param connection the user's connection
	 * @param kind       {@code engagement} or {@code customer}
	 * @param watermark  the watermark of an earlier listing
	 * @return the ids of documents of that kind deleted at or after the watermark
	 * @throws SQLException when the server cannot be read
	 */
	public static Set<String> deletedSince(Connection connection, String kind, long watermark) throws SQLException {
		Set<String> deleted = new HashSet<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT id FROM advocacy.document WHERE kind = ? AND deleted AND change_xid >= ?::xid8")) {
			query.setString(1, kind);
			query.setString(2, Long.toString(watermark));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					deleted.add(rows.getString(1));
				}
			}
		}
		return deleted;
	}

	/** Reads rows of a query. */
	@FunctionalInterface
	private interface RowReader {
		void read(ResultSet rows) throws SQLException;
	}

	private static void query(Connection connection, String sql, long watermark, RowReader reader)
			throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setFetchSize(FETCH_SIZE);
			if (watermark != 0) {
				query.setString(1, Long.toString(watermark));
			}
			try (ResultSet rows = query.executeQuery()) {
				reader.read(rows);
			}
			connection.commit();
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static EngagementHeader engagement(ResultSet row, SharedReferences shared) throws SQLException {
		return new EngagementHeader(row.getString(1), row.getString(2), row.getString(3),
				enumValue(EngagementState.class, row.getString(4)), enumValue(StatusColour.class, row.getString(5)),
				row.getBoolean(6), enumValue(Urgency.class, row.getString(7)), shared.reference(row, 8),
				shared.reference(row, 10), shared.reference(row, 12), shared.reference(row, 14),
				shared.reference(row, 16), shared.reference(row, 18), instant(row, 20), instant(row, 21),
				instant(row, 22), instant(row, 23), instant(row, 24), shared.text(row.getString(25)),
				row.getBoolean(26), row.getInt(27), row.getDouble(28), row.getBigDecimal(29), row.getBigDecimal(30),
				row.getLong(31), shared.text(row.getString(32)), instant(row, 33));
	}

	/**
	 * One object per customer, segment, person … and per repeated text in a listing: 100,000 headers refer to a
	 * few thousand of them, and a list model keeps every header.
	 */
	private static final class SharedReferences {
		private final Map<String, NamedReference> references = new HashMap<>();
		private final Map<String, String> texts = new HashMap<>();

		NamedReference reference(ResultSet row, int idColumn) throws SQLException {
			String id = row.getString(idColumn);
			if (id == null) {
				return null;
			}
			String name = row.getString(idColumn + 1);
			NamedReference known = references.get(id);
			if (known == null || !Objects.equals(known.name(), name)) {
				known = new NamedReference(id, name);
				references.put(id, known);
			}
			return known;
		}

		String text(String value) {
			return value == null ? null : texts.computeIfAbsent(value, text -> text);
		}
	}

	private static CustomerHeader customer(ResultSet row) throws SQLException {
		String[] ids = (String[]) row.getArray(8).getArray();
		String[] names = (String[]) row.getArray(9).getArray();
		List<NamedReference> productLines = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			productLines.add(new NamedReference(ids[i], names[i]));
		}
		return new CustomerHeader(row.getString(1), row.getString(2), reference(row, 3), reference(row, 5),
				productLines, row.getLong(7));
	}

	private static void reference(Json row, String column, NamedReference reference) {
		row.put(column + "_id", reference == null ? null : reference.id());
		row.put(column + "_name", reference == null ? null : reference.name());
	}

	private static NamedReference reference(ResultSet row, int idColumn) throws SQLException {
		String id = row.getString(idColumn);
		return id == null ? null : new NamedReference(id, row.getString(idColumn + 1));
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static String instant(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}
}

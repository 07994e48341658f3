// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.repository.HeaderListing;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.Watermark;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.team.TeamRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Listing a 100,000-engagement team repository: every header row the advocate may see (row-level security on)
 * into {@link org.advocacy.core.repository.EngagementHeader}s, the list model's input, against reading the same
 * rows and columns raw with JDBC on the same kind of connection (target ≤ 1.5×, and under 1 s). The header rows are
 * generated in SQL: a listing never reads a body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TeamListingBenchmark {

	private static final int ENGAGEMENTS = 100_000;
	private static final String ADVOCATE = "bench_advocate";

	private TeamServer server;
	private TeamRepository repository;
	private Connection raw;

	/** Starts the server and fills the repository. */
	@Setup(Level.Trial)
	public void start() throws Exception {
		server = new TeamServer();
		server.createUser(ADVOCATE, "Support EMEA", Role.ADVOCATE);
		try (Connection admin = server.superuser(); Statement statement = admin.createStatement()) {
			statement.execute(HEADER_ROWS.replace("COUNT", Integer.toString(ENGAGEMENTS)));
			statement.execute("VACUUM ANALYZE advocacy.engagement_header");
		}
		repository = server.open(ADVOCATE, "benchmark");
		raw = server.connection(ADVOCATE);
	}

	/** Stops the server. */
	@TearDown(Level.Trial)
	public void stop() throws SQLException {
		raw.close();
		repository.close();
		server.close();
	}

	/** @return a checksum of every column of every row, read raw: the baseline */
	@Benchmark
	public long baseline() throws SQLException {
		long sum = 0;
		raw.setAutoCommit(false);
		try (PreparedStatement query = raw.prepareStatement("SELECT * FROM advocacy.engagement_header")) {
			query.setFetchSize(5_000);
			try (ResultSet rows = query.executeQuery()) {
				int columns = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					for (int column = 1; column <= columns; column++) {
						Object value = rows.getObject(column);
						sum += value == null ? 0 : 1;
					}
				}
			}
			raw.commit();
		} finally {
			raw.setAutoCommit(true);
		}
		if (sum == 0) {
			throw new IllegalStateException("no rows");
		}
		return sum;
	}

	/** @return every engagement and customer header the advocate may see */
	@Benchmark
	public HeaderListing listHeaders() throws RepositoryException {
		HeaderListing listing = repository.listHeaders(Watermark.BEGINNING);
		if (listing.engagements().size() != ENGAGEMENTS) {
			throw new IllegalStateException(listing.engagements().size() + " headers");
		}
		return listing;
	}

	private static final String HEADER_ROWS = """
			INSERT INTO advocacy.document (id, kind, team_id, encoding, body, label, version)
				SELECT '_bench' || g, 'engagement', t.id, 'xmi', '<placeholder/>', 'ADV-' || g, 1
				FROM generate_series(1, COUNT) g, advocacy.team t WHERE t.name = 'Support EMEA';
			INSERT INTO advocacy.engagement_header (id, team_id, key, title, state, colour, colour_overridden, urgency,
					customer_id, customer_name, segment_id, segment_name, advocate_id, advocate_name, reason_id,
					reason_name, business_unit_id, business_unit_name, product_line_id, product_line_name, opened_at,
					closed_at, next_update_due, held_draft_ready_at, next_step_due, next_step_contact, ladder_exhausted,
					active_ladders, effort_hours, effort_cost, expenses, version, change_xid, changed_at, changed_by)
				SELECT '_bench' || g, t.id, 'ADV-' || lpad(g::text, 6, '0'),
					'Engagement ' || g || ': throughput dropped after the storage firmware upgrade',
					(ARRAY['REQUESTED', 'ASSESSING', 'ENGAGED', 'EXECUTING_PLAN', 'CLOSE_OUT', 'RETURNED_TO_SOP'])[1 + g % 6],
					(ARRAY['GREEN', 'YELLOW', 'RED'])[1 + g % 3], g % 7 = 0,
					(ARRAY['URGENT_24X7', 'BUSINESS_HOURS'])[1 + g % 2],
					'_customer' || g % 2000, 'Customer ' || g % 2000 || ' Holdings', '_segment' || g % 4,
					'Segment ' || g % 4, '_person' || g % 150, 'Advocate ' || g % 150, '_reason' || g % 9,
					'Reason ' || g % 9, '_unit' || g % 5, 'Business unit ' || g % 5, '_line' || g % 12,
					'Product line ' || g % 12, now() - (g || ' hours')::interval,
					CASE WHEN g % 6 = 5 THEN now() - (g / 2 || ' hours')::interval END,
					now() + (g % 48 || ' hours')::interval, NULL,
					CASE WHEN g % 3 = 0 THEN now() + (g % 5 || ' hours')::interval END,
					CASE WHEN g % 3 = 0 THEN 'Duty manager ' || g % 40 END, g % 50 = 0, g % 3,
					(g % 400) / 4.0, (g % 400) * 37.5, (g % 90) * 12.25, 1, pg_current_xact_id(), now(), 'postgres'
				FROM generate_series(1, COUNT) g, advocacy.team t WHERE t.name = 'Support EMEA';
			""";
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.Credentials;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.core.repository.Watermark;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.team.TeamRepository;
import org.advocacy.team.schema.SchemaMigrator;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.PostgresServer;
import org.advocacy.tests.harness.team.TestDatabase;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a team repository on a real PostgreSQL server: each test creates an empty database, sets it
 * up with {@code team init} and fills it with {@code team import} of the sample file, as the server's superuser
 * with the password in {@code PGPASSWORD}, exactly as an administrator would.
 */
@ExtendWith(PostgresExtension.class)
class TeamCommandLineTest {

	private static final Clock CLOCK = Clock.fixed(StandardSample.NOW, ZoneId.of("UTC"));
	private static final AtomicInteger DATABASE_NUMBER = new AtomicInteger();
	private static final String TEAM = "support";
	private static final String LEGAL_LADDER = "area,area kind,level,name,title,email,phone,mobile,24x7,time zone\n"
			+ "Legal,legal,primary,Ana Lima,Counsel,ana.lima@example.com,+1 555 0100,,yes,America/New_York\n";

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private TestDatabase server;
	private Path sample;
	private Map<String, String> superuser;

	@BeforeEach
	void writeSample(TestDatabase database) throws IOException {
		server = database;
		sample = StandardSample.write(folder);
		superuser = Map.of(CliContext.PASSWORD_VARIABLE, database.server().superuserPassword());
	}

	@Test
	void initCreatesTheSchemaOnceAndMigrateFindsItCurrent() throws SQLException {
		String repository = location(emptyDatabase(), PostgresServer.SUPERUSER);

		assertEquals(0, run(superuser, "team", "init", repository, "--team", TEAM), errors());
		assertTrue(output().contains("schema version " + SchemaMigrator.clientVersion()), output());
		assertTrue(output().contains("The team " + TEAM + " exists."), output());

		assertEquals(1, run(superuser, "team", "init", repository));
		assertTrue(errors().contains("already holds a team repository"), errors());
		assertEquals(0, run(superuser, "team", "migrate", repository), errors());
		assertTrue(output().contains("is up to date: schema version " + SchemaMigrator.clientVersion()), output());
	}

	@Test
	void importedFileExportsToAnEqualFile() throws Exception {
		String repository = teamRepository();
		Path exported = folder.resolve("exported.advocacy");

		assertEquals(0, run(superuser, "team", "export", repository, exported.toString()), errors());

		RepositoryStore store = new RepositoryStore();
		AdvocacyRepository original = store.loadRepository(sample);
		AdvocacyRepository copy = store.loadRepository(exported);
		assertEquals(original.getEngagements().size(), copy.getEngagements().size());
		assertTrue(EcoreUtil.equals(original, copy), "the exported file equals the imported one");
	}

	@Test
	void summaryAndMetricsOfTheTeamRepositoryAreThoseOfTheFile() throws Exception {
		String repository = teamRepository();

		for (String command : List.of("summary", "metrics")) {
			assertEquals(0, run(Map.of(), command, sample.toString()), errors());
			String fromFile = output();
			assertEquals(0, run(superuser, command, repository), errors());
			assertEquals(fromFile, output(), command + " of the team repository");
		}
	}

	@Test
	void historyPrintsEveryVersionWithWhoWhenAndWhatChanged() throws Exception {
		String repository = teamRepository();
		String title = "Outage'); DROP TABLE advocacy.document; --\nsecond line";
		String key;
		try (TeamRepository team = new TeamRepository(ServerLocation.parse(repository), new OpenOptions(
				"history test", CLOCK, (where, problem) -> Optional.of(new Credentials(PostgresServer.SUPERUSER,
						server.server().superuserPassword().toCharArray()))))) {
			EngagementHeader header = team.listHeaders(Watermark.BEGINNING).engagements().get(0);
			key = header.key();
			RepositoryModel model = team.openModel(RepositoryStore.newResourceSet());
			Engagement engagement = (Engagement) team.load(model, DocumentId.engagement(header.id()));
			engagement.setTitle(title);
			assertTrue(team.save(model, DocumentId.engagement(header.id())) instanceof SaveResult.Saved);
		}

		assertEquals(0, run(superuser, "team", "history", repository, key), errors());

		assertTrue(output().contains(": 2 version(s) in "), output());
		assertTrue(output().matches("(?s).*\nversion 2  20\\S+Z  by postgres  from history test\n.*"), output());
		assertTrue(output().contains(" title: \"") && output().contains(
				"\" -> \"Outage'); DROP TABLE advocacy.document; --\\nsecond line\""), output());
	}

	@Test
	void aReadOnlyUserReadsButEveryWriteIsRefusedAsForbidden() throws Exception {
		String database = emptyDatabase();
		String repository = location(database, PostgresServer.SUPERUSER);
		assertEquals(0, run(superuser, "team", "init", repository, "--team", TEAM), errors());
		assertEquals(0, run(superuser, "team", "import", repository, sample.toString(), "--team", TEAM), errors());
		String reader = database + "_reader";
		Path ladder = Files.writeString(folder.resolve("ladder.csv"), LEGAL_LADDER);

		assertEquals(0, runWithInput(superuser, "new reader's secret\n", "team", "grant", repository, reader, TEAM,
				"read-only", "--new-login"), errors());
		Map<String, String> readerPassword = Map.of(CliContext.PASSWORD_VARIABLE, "new reader's secret");
		String asReader = location(database, reader);
		assertEquals(0, run(readerPassword, "summary", asReader), errors());
		assertTrue(output().contains(" engagements"), output());

		assertEquals(1, run(readerPassword, "import", "who-to-call", asReader, ladder.toString()));
		assertTrue(errors().startsWith("Not allowed to "), errors());
		assertEquals(1, run(readerPassword, "team", "import", asReader, sample.toString(), "--team", TEAM));
		assertTrue(errors().startsWith("Not allowed to "), errors());

		assertEquals(0, run(superuser, "import", "who-to-call", repository, ladder.toString()), errors());
		assertTrue(output().contains("(organization version 2)"), output());
	}

	@Test
	void aSchemaNewerThanThisClientIsNeitherMigratedNorWritten() throws Exception {
		String repository = teamRepository();
		try (Connection connection = server.server().superuserConnection(databaseOf(repository));
				Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO advocacy.schema_migration (version, name, checksum) VALUES ("
					+ (SchemaMigrator.clientVersion() + 1) + ", '999_from_a_newer_client.sql', 'unknown')");
		}
		Path ladder = Files.writeString(folder.resolve("ladder.csv"), LEGAL_LADDER);

		assertEquals(1, run(superuser, "team", "migrate", repository));
		assertTrue(errors().contains("newer than this client"), errors());
		assertEquals(1, run(superuser, "import", "who-to-call", repository, ladder.toString()));
		assertTrue(errors().contains("schema is version " + (SchemaMigrator.clientVersion() + 1)
				+ ", this client was written for version " + SchemaMigrator.clientVersion()), errors());
		assertEquals(0, run(superuser, "summary", repository), "reading stays possible: " + errors());
	}

	@Test
	void theReadCommandsWorkOnAStreamingReplicaThatRefusesWrites() throws Exception {
		String repository = teamRepository();
		String database = databaseOf(repository);
		Path ladder = Files.writeString(folder.resolve("ladder.csv"), LEGAL_LADDER);
		assertEquals(0, run(superuser, "metrics", repository), errors());
		String fromPrimary = output();

		try (PostgresServer standby = server.server().startStandby()) {
			String replica = "postgresql://127.0.0.1:" + standby.port() + "/" + database
					+ "?sslmode=disable&user=postgres";
			String replicaFirst = "postgresql://127.0.0.1:" + server.server().port() + ",127.0.0.1:" + standby.port()
					+ "/" + database + "?sslmode=disable&user=postgres&targetServerType=preferSecondary";

			assertEquals(0, run(superuser, "metrics", replica), errors());
			assertEquals(fromPrimary, output(), "metrics on the replica");
			assertEquals(0, run(superuser, "metrics", replicaFirst), errors());
			assertEquals(fromPrimary, output(), "metrics on a multi-host location preferring the replica");

			assertEquals(1, run(superuser, "import", "who-to-call", replica, ladder.toString()));
			assertTrue(errors().contains("read-only transaction"), errors());

			assertEquals(0, run(superuser, "import", "who-to-call", repository, ladder.toString()), errors());
			assertEquals(2, organizationVersion(standby, database, 2), "the primary's save streamed to the replica");
		}
	}

		@Test
	void withoutAPasswordTheServerRefusesAndSaysWhere() throws Exception {
		String repository = teamRepository();

		assertEquals(1, run(Map.of(), "summary", repository));

		assertTrue(errors().startsWith("Cannot sign in to postgresql://127.0.0.1:"), errors());
	}

	/** An empty database set up with {@code team init} and the sample imported with {@code team import}. */
	private String teamRepository() throws SQLException {
		String repository = location(emptyDatabase(), PostgresServer.SUPERUSER);
		assertEquals(0, run(superuser, "team", "init", repository, "--team", TEAM), errors());
		assertEquals(0, run(superuser, "team", "import", repository, sample.toString(), "--team", TEAM), errors());
		return repository;
	}

	private String emptyDatabase() throws SQLException {
		String name = server.name() + "_cli_" + DATABASE_NUMBER.incrementAndGet();
		try (Connection connection = server.superuserConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " TEMPLATE template0");
		}
		return name;
	}

	/** Reads the organization's version on a server, waiting up to 10 s for it to reach the expected one. */
	private static long organizationVersion(PostgresServer on, String database, long expected)
			throws SQLException, InterruptedException {
		long version = -1;
		for (int attempt = 0; attempt < 100 && version != expected; attempt++) {
			try (Connection connection = on.superuserConnection(database);
					Statement statement = connection.createStatement();
					ResultSet row = statement
							.executeQuery("SELECT version FROM advocacy.document WHERE kind = 'organization'")) {
				version = row.next() ? row.getLong(1) : -1;
			}
			if (version != expected) {
				Thread.sleep(100);
			}
		}
		return version;
	}

	private String location(String database, String user) {
		return "postgresql://127.0.0.1:" + server.server().port() + "/" + database + "?sslmode=disable&user=" + user;
	}

	private static String databaseOf(String location) {
		return ServerLocation.parse(location).database();
	}

	private int run(Map<String, String> environment, String... arguments) {
		return runWithInput(environment, "", arguments);
	}

	private int runWithInput(Map<String, String> environment, String input, String... arguments) {
		out.reset();
		err.reset();
		return AdvocacyCommandLine.run(List.of(arguments), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				CLOCK, environment);
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.DocumentNotFoundException;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.ForbiddenException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.Watermark;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.SampleTeam;
import org.advocacy.tests.harness.team.TestDatabase;
import org.advocacy.team.schema.SchemaMigrator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Teams see and change only their own engagements; a read-only user changes nothing, by any path. */
@ExtendWith(PostgresExtension.class)
class AccessControlTest {

	/** Every table of the schema, with a text column to try to overwrite. */
	private static final Map<String, String> TABLES = Map.of("team", "name", "team_member", "login",
			"schema_migration", "name", "document", "body", "engagement_header", "title", "customer_header", "name",
			"document_history", "client", "change_log", "client", "role_setting", "value");

	private static String advocateA;
	private static String advocateB;
	private static String readOnlyA;
	private static String engagementOfB;

	@BeforeAll
	static void twoTeams(TestDatabase database) throws Exception {
		SampleTeam.importSample(database, "Team A", 8);
		advocateA = database.createUser("Team A", Role.ADVOCATE);
		advocateB = database.createUser("Team B", Role.ADVOCATE);
		readOnlyA = database.createUser("Team A", Role.READ_ONLY);
		try (TeamRepository asB = database.open(advocateB, "team B")) {
			RepositoryModel model = SampleTeam.model(asB);
			Customer customer = (Customer) asB.load(model, asB.listDocuments(DocumentKind.CUSTOMER).get(0).id());
			Engagement engagement = AdvocacyFactory.eINSTANCE.createEngagement();
			engagement.setTitle("Team B's own engagement");
			engagement.setCustomer(customer);
			model.root().getEngagements().add(engagement);
			assertInstanceOf(SaveResult.Saved.class, asB.create(model, engagement));
			engagementOfB = Documents.idOf(engagement).uuid();
		}
	}

	@Test
	void eachTeamListsAndLoadsOnlyItsOwnEngagements(TestDatabase database) throws Exception {
		try (TeamRepository asA = database.open(advocateA, "team A"); TeamRepository asB = database.open(advocateB, "team B")) {
			Set<String> seenByA = ids(asA);
			Set<String> seenByB = ids(asB);
			assertEquals(8, seenByA.size());
			assertEquals(Set.of(engagementOfB), seenByB);
			assertTrue(!seenByA.contains(engagementOfB));

			String engagementOfA = seenByA.iterator().next();
			RepositoryModel model = SampleTeam.model(asB);
			assertThrows(DocumentNotFoundException.class, () -> asB.load(model, DocumentId.engagement(engagementOfA)));
			assertThrows(DocumentNotFoundException.class, () -> asB.history(DocumentId.engagement(engagementOfA)));
			assertThrows(DocumentNotFoundException.class, () -> asA.load(model, DocumentId.engagement(engagementOfB)));
		}
	}

	@Test
	void anotherTeamsEngagementCannotBeChangedEvenThroughSql(TestDatabase database) throws Exception {
		DocumentSummary target = engagementOfTeamA(database, 0);
		String engagementOfA = target.id().uuid();
		long version = target.version();
		try (Connection asB = database.dataSource(advocateB).getConnection()) {
			SQLException forbidden = assertThrows(SQLException.class, () -> saveDirectly(asB, engagementOfA, version));
			assertEquals("AV403", forbidden.getSQLState(), forbidden.getMessage());
			assertEquals(0, count(asB, "SELECT count(*) FROM advocacy.document WHERE id = '" + engagementOfA + "'"));
			assertEquals(0, count(asB, "SELECT count(*) FROM advocacy.change_log WHERE document_id = '" + engagementOfA + "'"));
			SQLException denied = assertThrows(SQLException.class, () -> execute(asB,
					"UPDATE advocacy.document SET body = 'overwritten' WHERE id = '" + engagementOfA + "'"));
			assertEquals("42501", denied.getSQLState());
		}
		assertStoredVersion(database, engagementOfA, version);
	}

	@Test
	void aReadOnlyUserIsForbiddenToSaveCreateOrDeleteAndItIsNotAVersionConflict(TestDatabase database)
			throws Exception {
		try (TeamRepository readOnly = database.open(readOnlyA, "read-only")) {
			assertEquals(org.advocacy.core.repository.Role.READ_ONLY, readOnly.user().role());
			RepositoryModel model = SampleTeam.model(readOnly);
			Engagement engagement = SampleTeam.loadEngagement(readOnly, model, 2);
			DocumentId id = Documents.idOf(engagement);
			long version = model.version(id).getAsLong();
			engagement.setTitle("A read-only user's edit");

			ForbiddenException save = assertThrows(ForbiddenException.class, () -> readOnly.save(model, id));
			assertEquals(id, save.document());
			assertThrows(ForbiddenException.class, () -> readOnly.delete(model, id));
			Engagement created = AdvocacyFactory.eINSTANCE.createEngagement();
			created.setCustomer(engagement.getCustomer());
			model.root().getEngagements().add(created);
			assertThrows(ForbiddenException.class, () -> readOnly.create(model, created));
			assertStoredVersion(database, id.uuid(), version);
		}
	}

	@Test
	void aReadOnlyUserCannotWriteAnyTableOrCallAnyWritingFunctionDirectly(TestDatabase database) throws Exception {
		DocumentSummary target = engagementOfTeamA(database, 3);
		String id = target.id().uuid();
		long version = target.version();
		try (Connection readOnly = database.dataSource(readOnlyA).getConnection()) {
			for (Map.Entry<String, String> table : TABLES.entrySet()) {
				assertDenied(readOnly, "DELETE FROM advocacy." + table.getKey());
				assertDenied(readOnly, "UPDATE advocacy." + table.getKey() + " SET " + table.getValue() + " = 'x'");
				assertDenied(readOnly, "INSERT INTO advocacy." + table.getKey() + " DEFAULT VALUES");
				assertDenied(readOnly, "TRUNCATE advocacy." + table.getKey());
			}
			assertDenied(readOnly, "SELECT nextval('advocacy.case_number')");
			assertDenied(readOnly, "SELECT advocacy.next_case_key()");
			assertDenied(readOnly, "SELECT advocacy.delete_document('" + id + "', 'engagement', " + version + ", '[]', 'x', "
					+ SchemaMigrator.clientVersion() + ")");
			SQLException save = assertThrows(SQLException.class, () -> saveDirectly(readOnly, id, version));
			assertEquals("42501", save.getSQLState());
			assertDenied(readOnly, "SELECT advocacy.grant_access('" + readOnlyA + "', 'Team A', 'director')");
			assertDenied(readOnly, "SET ROLE advocacy_owner");
		}
		assertStoredVersion(database, id, version);
	}

	@Test
	void aUserWhoseLastMembershipIsRevokedCanNoLongerOpenTheRepository(TestDatabase database) throws Exception {
		String leaving = database.createUser("Team A", Role.ADVOCATE);
		try (TeamRepository before = database.open(leaving, "leaving")) {
			assertEquals(8, ids(before).size());
		}
		try (Connection admin = database.superuserConnection()) {
			new TeamAdministration(admin).revoke(leaving, "Team A");
		}
		ForbiddenException refused = assertThrows(ForbiddenException.class, () -> database.open(leaving, "left"));
		assertTrue(refused.getMessage().contains("belongs to no team"), refused.getMessage());
	}

	@Test
	void anAdvocateMayNotChangeTheSharedCatalog(TestDatabase database) throws Exception {
		try (TeamRepository asA = database.open(advocateA, "team A")) {
			RepositoryModel model = SampleTeam.model(asA);
			model.root().setName("Renamed by an advocate");
			assertThrows(ForbiddenException.class, () -> asA.save(model, model.catalogId()));
		}
	}

	@Test
	void historyCannotBeRewrittenEvenByItsOwner(TestDatabase database) throws Exception {
		try (Connection superuser = database.superuserConnection()) {
			for (String table : List.of("document_history", "change_log")) {
				SQLException refused = assertThrows(SQLException.class,
						() -> execute(superuser, "UPDATE advocacy." + table + " SET client = 'rewritten'"));
				assertEquals("AV403", refused.getSQLState());
				refused = assertThrows(SQLException.class, () -> execute(superuser, "DELETE FROM advocacy." + table));
				assertEquals("AV403", refused.getSQLState());
			}
		}
	}

	private static Set<String> ids(TeamRepository repository) throws Exception {
		return repository.listHeaders(Watermark.BEGINNING).engagements().stream().map(header -> header.id())
				.collect(Collectors.toSet());
	}

	private static void saveDirectly(Connection connection, String id, long version) throws SQLException {
		try (PreparedStatement call = connection.prepareStatement("SELECT advocacy.save_document(?, 'engagement', "
				+ "'Team A', ?, 'xmi', '<overwritten/>', 'x', '{\"key\": \"ADV-9999\"}', '[]', 'sql', "
						+ SchemaMigrator.clientVersion() + ")")) {
			call.setString(1, id);
			call.setLong(2, version);
			call.execute();
		}
	}

	private static void assertDenied(Connection connection, String sql) {
		SQLException denied = assertThrows(SQLException.class, () -> execute(connection, sql), sql);
		assertEquals("42501", denied.getSQLState(), sql + ": " + denied.getMessage());
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getInt(1);
		}
	}

	private static void assertStoredVersion(TestDatabase database, String id, long version) throws SQLException {
		try (Connection superuser = database.superuserConnection()) {
			assertEquals(version, count(superuser, "SELECT version FROM advocacy.document WHERE id = '" + id + "'"),
					"the stored document is unchanged");
		}
	}

	/** @return the summary, with its id and version, of one of team A's engagements as its advocate lists them */
	private static DocumentSummary engagementOfTeamA(TestDatabase database, int index) throws Exception {
		try (TeamRepository asA = database.open(advocateA, "team A")) {
			return asA.listDocuments(DocumentKind.ENGAGEMENT).get(index);
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.core.repository.IncompatibleRepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.model.Engagement;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.core.merge.FeatureChanges;
import org.advocacy.team.schema.SchemaException;
import org.advocacy.team.schema.SchemaMigrator;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.SampleTeam;
import org.advocacy.tests.harness.team.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every version and every changed feature is in the history, written by the server's save path. */
@ExtendWith(PostgresExtension.class)
class HistoryTest {

	private static String alice;

	@BeforeAll
	static void importSample(TestDatabase database) throws Exception {
		SampleTeam.importSample(database, "Support", 5);
		alice = database.createUser("Support", Role.ADVOCATE);
	}

	@Test
	void aSaveRecordsWhoWhenFromWhereAndEachChangedFeatureWithOldAndNewValue(TestDatabase database)
			throws Exception {
		DocumentId id;
		String oldTitle;
		try (TeamRepository repository = database.open(alice, "Advocacy Workbench on alice-laptop")) {
			RepositoryModel model = SampleTeam.model(repository);
			Engagement engagement = SampleTeam.loadEngagement(repository, model, 0);
			id = Documents.idOf(engagement);
			oldTitle = engagement.getTitle();
			engagement.setTitle("Outage of the billing cluster");
			engagement.getDisengagementCriteria().get(0).setMet(!engagement.getDisengagementCriteria().get(0).isMet());
			assertInstanceOf(SaveResult.Saved.class, repository.save(model, id));

			List<HistoryEntry> history = repository.history(id);
			assertEquals(2, history.size());
			assertEquals(FeatureChanges.CREATED, history.get(0).changes().get(0).feature(), "the import created it");
			HistoryEntry save = history.get(1);
			assertEquals(alice, save.changedBy());
			assertEquals("Advocacy Workbench on alice-laptop", save.client());
			assertEquals(2, save.version());
			HistoryEntry.Change title = save.changes().stream().filter(change -> change.feature().equals("title"))
					.findFirst().orElseThrow();
			assertEquals(oldTitle, title.oldValue());
			assertEquals("Outage of the billing cluster", title.newValue());
			assertEquals("Engagement", title.objectType());
			assertTrue(save.changes().stream().anyMatch(change -> change.feature().equals("met")
					&& change.objectType().equals("Criterion")), save.changes().toString());
			assertEquals(2, save.changes().size(), "only what changed is logged: " + save.changes());
		}
	}

	@Test
	void aClientFacingANewerSchemaReadsButRefusesToWriteAndSaysWhy(TestDatabase database) throws Exception {
		try (TeamRepository repository = database.open(alice, "old client")) {
			RepositoryModel model = SampleTeam.model(repository);
			Engagement engagement = SampleTeam.loadEngagement(repository, model, 1);
			engagement.setTitle("edited by an old client");
			int newer = SchemaMigrator.clientVersion() + 1;
			try (Connection admin = database.superuserConnection(); Statement statement = admin.createStatement()) {
				statement.execute("INSERT INTO advocacy.schema_migration (version, name, checksum) VALUES (" + newer
						+ ", '" + String.format("%03d", newer) + "_from_the_future.sql', 'future')");
			}
			try {
				IncompatibleRepositoryException refused = assertThrows(IncompatibleRepositoryException.class,
						() -> repository.save(model, Documents.idOf(engagement)));
				assertTrue(refused.getMessage().contains("version " + newer), refused.getMessage());
				assertTrue(refused.getMessage().contains("update the Advocacy Workbench"), refused.getMessage());
				assertEquals(5, repository.listDocuments(org.advocacy.core.repository.DocumentKind.ENGAGEMENT).size(),
						"reading still works");
				try (Connection admin = database.superuserConnection()) {
					assertThrows(SchemaException.class, () -> new SchemaMigrator().migrate(admin));
				}
			} finally {
				try (Connection admin = database.superuserConnection(); Statement statement = admin.createStatement()) {
					statement.execute("DELETE FROM advocacy.schema_migration WHERE version = " + newer);
				}
			}
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.SampleTeam;
import org.advocacy.tests.harness.team.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two people saving the same engagement: nothing is overwritten silently, nothing is lost. */
@ExtendWith(PostgresExtension.class)
class ConcurrentEditingTest {

	private static String alice;
	private static String bob;

	@BeforeAll
	static void importSample(TestDatabase database) throws Exception {
		SampleTeam.importSample(database, "Support EMEA", 20);
		alice = database.createUser("Support EMEA", Role.ADVOCATE);
		bob = database.createUser("Support EMEA", Role.ADVOCATE);
	}

	@Test
	void theSecondSaveOfTheSameFeatureIsAVersionConflictAndTheFirstIsKept(TestDatabase database) throws Exception {
		try (TwoSessions both = TwoSessions.open(database, 0)) {
			TeamRepository asAlice = both.asAlice();
			TeamRepository asBob = both.asBob();
			RepositoryModel bobModel = both.bobModel();
			Engagement aliceCopy = both.aliceCopy();
			Engagement bobCopy = both.bobCopy();
			DocumentId id = Documents.idOf(aliceCopy);
			String original = aliceCopy.getTitle();

			aliceCopy.setTitle("Alice's title");
			bobCopy.setTitle("Bob's title");
			SaveResult first = asAlice.save(both.aliceModel(), id);
			SaveResult second = asBob.save(bobModel, id);

			SaveResult.Saved saved = assertInstanceOf(SaveResult.Saved.class, first);
			SaveResult.VersionConflict conflict = assertInstanceOf(SaveResult.VersionConflict.class, second);
			assertEquals(saved.version() - 1, conflict.expectedVersion());
			assertEquals(saved.version(), conflict.currentVersion());
			assertEquals(alice, conflict.changedBy());
			assertEquals("Bob's title", bobCopy.getTitle(), "Bob's edit stays in his model for him to decide");
			assertEquals(saved.version() - 1, bobModel.version(id).getAsLong(), "Bob's model still expects the old version");
			Engagement originalVersion = (Engagement) asBob.loadVersion(id, conflict.expectedVersion(),
					RepositoryStore.newResourceSet());
			Engagement theirs = (Engagement) asBob.loadVersion(id, conflict.currentVersion(),
					RepositoryStore.newResourceSet());
			assertEquals(original, originalVersion.getTitle());
			assertEquals("Alice's title", theirs.getTitle());
		}
	}

	@Test
	void savingAnEngagementSomeoneDeletedIsAConflictNotAResurrection(TestDatabase database) throws Exception {
		try (TwoSessions both = TwoSessions.open(database, 1)) {
			TeamRepository asBob = both.asBob();
			DocumentId id = Documents.idOf(both.aliceCopy());

			assertInstanceOf(SaveResult.Saved.class, both.asAlice().delete(both.aliceModel(), id));
			both.bobCopy().setCustomerWords("still working on it");
			SaveResult.VersionConflict conflict = assertInstanceOf(SaveResult.VersionConflict.class,
					asBob.save(both.bobModel(), id));

			assertTrue(conflict.deleted());
			assertTrue(asBob.listDocuments(DocumentKind.ENGAGEMENT).stream().noneMatch(d -> d.id().equals(id)));
			assertTrue(asBob.listHeaders(org.advocacy.core.repository.Watermark.BEGINNING).engagements().stream()
					.noneMatch(header -> header.id().equals(id.uuid())));
		}
	}

	@Test
	void caseNumbersStayUniqueWhenManyCreateAtOnce(TestDatabase database) throws Exception {
		int sessions = 6;
		int perSession = 15;
		CountDownLatch start = new CountDownLatch(1);
		Callable<List<String>> creator = () -> {
			List<String> keys = new ArrayList<>();
			try (TeamRepository repository = database.open(alice, "creator")) {
				RepositoryModel model = SampleTeam.model(repository);
				Customer customer = (Customer) repository.load(model,
						repository.listDocuments(DocumentKind.CUSTOMER).get(0).id());
				start.await();
				for (int i = 0; i < perSession; i++) {
					Engagement engagement = AdvocacyFactory.eINSTANCE.createEngagement();
					engagement.setTitle("Created at once " + i);
					engagement.setCustomer(customer);
					model.root().getEngagements().add(engagement);
					assertInstanceOf(SaveResult.Saved.class, repository.create(model, engagement));
					keys.add(engagement.getKey());
				}
			}
			return keys;
		};
		ExecutorService executor = Executors.newFixedThreadPool(sessions);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int i = 0; i < sessions; i++) {
				results.add(executor.submit(creator));
			}
			start.countDown();
			Set<String> keys = new HashSet<>();
			for (Future<List<String>> result : results) {
				keys.addAll(result.get());
			}
			assertEquals(sessions * perSession, keys.size(), "every created engagement got its own case number");
			Set<String> sample = new HashSet<>();
			for (int i = 1; i <= 20; i++) {
				sample.add(String.format("ADV-%04d", i));
			}
			assertTrue(keys.stream().noneMatch(sample::contains), "no number of the imported engagements is reused");
		} finally {
			executor.shutdownNow();
		}
	}

	/**
	 * Alice's and Bob's workbenches, each with its own copy of the same engagement.
	 *
	 * @param asAlice    Alice's session
	 * @param asBob      Bob's session
	 * @param aliceModel Alice's working model
	 * @param bobModel   Bob's working model
	 * @param aliceCopy  the engagement in Alice's model
	 * @param bobCopy    the same engagement in Bob's model
	 */
	private record TwoSessions(TeamRepository asAlice, TeamRepository asBob, RepositoryModel aliceModel,
			RepositoryModel bobModel, Engagement aliceCopy, Engagement bobCopy) implements AutoCloseable {

		/** Opens both sessions and loads the engagement at {@code index} into each; nothing stays open on failure. */
		static TwoSessions open(TestDatabase database, int index) throws Exception {
			TeamRepository asAlice = database.open(alice, "alice's workbench");
			try {
				TeamRepository asBob = database.open(bob, "bob's workbench");
				try {
					RepositoryModel aliceModel = SampleTeam.model(asAlice);
					RepositoryModel bobModel = SampleTeam.model(asBob);
					Engagement aliceCopy = SampleTeam.loadEngagement(asAlice, aliceModel, index);
					Engagement bobCopy = SampleTeam.loadEngagement(asBob, bobModel, index);
					return new TwoSessions(asAlice, asBob, aliceModel, bobModel, aliceCopy, bobCopy);
				} catch (Exception | Error e) {
					asBob.close();
					throw e;
				}
			} catch (Exception | Error e) {
				asAlice.close();
				throw e;
			}
		}

		@Override
		public void close() {
			asAlice.close();
			asBob.close();
		}
	}
}

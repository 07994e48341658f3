// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.advocacy.core.merge.Choice;
import org.advocacy.core.merge.Conflict;
import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.merge.MergingSaver.Outcome;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.team.SampleTeam;
import org.advocacy.tests.harness.team.TestDatabase;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/**
 * Two sessions save one engagement at once through the merging saver: disjoint edits both survive without asking
 * anyone; the same feature changed differently comes back as a conflict with the original, their and my value, and
 * nothing is lost whichever is chosen.
 */
class MergeTest extends TwoAdvocatesFixture {

	@Test
	void disjointEditsSavedAtOnceAreBothKept(TestDatabase database) throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Future<Outcome> aliceSave = executor.submit(edit(database, alice, 0, together,
					engagement -> engagement.setTitle("Title by Alice")));
			Future<Outcome> bobSave = executor.submit(edit(database, bob, 0, together,
					engagement -> engagement.setCustomerWords("Words noted by Bob")));
			Outcome first = aliceSave.get();
			Outcome second = bobSave.get();
			assertInstanceOf(Outcome.Saved.class, first);
			assertInstanceOf(Outcome.Saved.class, second);
			assertTrue(((Outcome.Saved) first).merged() || ((Outcome.Saved) second).merged(),
					"one of the two saves merged the other's change");
		} finally {
			executor.shutdownNow();
		}
		try (TeamRepository reader = database.openAsSuperuser("reader")) {
			Engagement stored = SampleTeam.loadEngagement(reader, SampleTeam.model(reader), 0);
			assertEquals("Title by Alice", stored.getTitle());
			assertEquals("Words noted by Bob", stored.getCustomerWords());
		}
	}

	@Test
	void theSameFeatureChangedDifferentlyIsAConflictWithAllThreeValuesAndNothingIsLost(TestDatabase database)
			throws Exception {
		try (TeamRepository asAlice = database.open(alice, "alice"); TeamRepository asBob = database.open(bob, "bob")) {
			Session aliceSession = new Session(asAlice);
			Session bobSession = new Session(asBob);
			Engagement aliceCopy = SampleTeam.loadEngagement(asAlice, aliceSession.model, 1);
			Engagement bobCopy = SampleTeam.loadEngagement(asBob, bobSession.model, 1);
			DocumentId id = Documents.idOf(aliceCopy);
			String original = aliceCopy.getTitle();
			aliceCopy.setTitle("Alice's title");
			bobCopy.setTitle("Bob's title");

			assertInstanceOf(Outcome.Saved.class, aliceSession.saver.save(aliceSession.model, id));
			Outcome.NeedsDecision decision = assertInstanceOf(Outcome.NeedsDecision.class,
					bobSession.saver.save(bobSession.model, id));

			List<Conflict> conflicts = decision.merge().conflicts();
			assertEquals(1, conflicts.size(), conflicts.toString());
			Conflict title = conflicts.get(0);
			assertEquals("title", title.feature().getName());
			assertEquals(original, title.original());
			assertEquals("Alice's title", title.theirs());
			assertEquals("Bob's title", title.mine());
			assertEquals("Alice's title", storedTitle(database, id), "nothing of Bob's is saved before he decides");
			assertEquals("Bob's title", bobCopy.getTitle(), "Bob's edit waits in his model");

			decision.merge().resolve(title, Choice.MINE);
			assertInstanceOf(Outcome.Saved.class, bobSession.saver.complete(bobSession.model, decision));
			assertEquals("Bob's title", storedTitle(database, id));
			List<HistoryEntry> history = asBob.history(id);
			assertTrue(history.stream().anyMatch(entry -> entry.changes().stream()
					.anyMatch(change -> "Alice's title".equals(change.newValue()))), "Alice's save stays in the history");
		}
	}

	private static Callable<Outcome> edit(TestDatabase database, String user, int index, CyclicBarrier together,
			java.util.function.Consumer<Engagement> change) {
		return () -> {
			try (TeamRepository repository = database.open(user, user)) {
				Session session = new Session(repository);
				Engagement engagement = SampleTeam.loadEngagement(repository, session.model, index);
				change.accept(engagement);
				together.await();
				return session.saver.save(session.model, Documents.idOf(engagement));
			}
		};
	}

	private static String storedTitle(TestDatabase database, DocumentId id) throws Exception {
		try (TeamRepository reader = database.openAsSuperuser("reader")) {
			return ((Engagement) reader.load(SampleTeam.model(reader), id)).getTitle();
		}
	}

	/** One person's working model with its editing domain and merging saver. */
	private static final class Session {
		final RepositoryModel model;
		final MergingSaver saver;

		Session(TeamRepository repository) throws Exception {
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
					new BasicCommandStack(), RepositoryStore.newResourceSet());
			model = repository.openModel(domain.getResourceSet());
			saver = new MergingSaver(repository, domain);
		}
	}
}

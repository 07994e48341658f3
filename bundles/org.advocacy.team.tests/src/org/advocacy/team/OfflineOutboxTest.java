// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.RepositoryUnavailableException;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.outbox.Outbox;
import org.advocacy.core.repository.outbox.Replay;
import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.SampleTeam;
import org.advocacy.tests.harness.team.TestDatabase;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline outbox against a real server that is stopped and started again: a save that fails while the server
 * is down waits in the outbox (also while a replay still cannot reach it), and once the server is back a restarted
 * client pushes it through the merge, keeping the change a colleague saved meanwhile.
 */
@ExtendWith(PostgresExtension.class)
class OfflineOutboxTest {

	private static final String WRITTEN_OFFLINE = "Written while the server was down";

	@TempDir
	Path state;

	@BeforeAll
	static void importSample(TestDatabase database) throws Exception {
		SampleTeam.importSample(database, "Support", 6);
	}

	private static MergingSaver saver(TeamRepository repository, RepositoryModel model) {
		return new MergingSaver(repository, new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
				new BasicCommandStack(), model.resource().getResourceSet()));
	}

	@Test
	void aSaveThatFailsWhileTheServerIsDownWaitsAndIsMergedOnceItIsBack(TestDatabase database) throws Exception {
		DocumentId id;
		try (TeamRepository mine = database.openAsSuperuser("offline advocate")) {
			RepositoryModel model = SampleTeam.model(mine);
			Engagement engagement = SampleTeam.loadEngagement(mine, model, 0);
			id = Documents.idOf(engagement);
			MergingSaver saver = saver(mine, model);
			Outbox outbox = Outbox.of(state, mine.location(), Clock.systemUTC());
			engagement.setTitle(WRITTEN_OFFLINE);
			database.server().stop();
			try {
				RepositoryUnavailableException down = assertThrows(RepositoryUnavailableException.class,
						() -> saver.save(model, id));
				outbox.put(model, id, down.getMessage());

				Replay tooEarly = outbox.replay(mine, model, saver);

				assertTrue(tooEarly.unreachable());
				assertEquals(List.of(), tooEarly.saved());
				assertEquals(1, outbox.pending().changes().size(), "kept while the server is down");
			} finally {
				database.server().startAgain();
			}
		}
		try (TeamRepository colleague = database.openAsSuperuser("colleague")) {
			RepositoryModel theirs = SampleTeam.model(colleague);
			SampleTeam.loadEngagement(colleague, theirs, 0).setCustomerWords("Noted by a colleague meanwhile");
			assertInstanceOf(SaveResult.Saved.class, colleague.save(theirs, id));
		}

		try (TeamRepository restarted = database.openAsSuperuser("offline advocate")) {
			RepositoryModel model = SampleTeam.model(restarted);
			Outbox outbox = Outbox.of(state, restarted.location(), Clock.systemUTC());
			Replay replay = outbox.replay(restarted, model, saver(restarted, model));

			assertFalse(replay.unreachable());
			assertEquals(List.of(id), replay.saved().stream().map(change -> change.id()).toList());
			assertTrue(outbox.pending().isEmpty());
		}
		try (TeamRepository reader = database.openAsSuperuser("reader")) {
			Engagement stored = SampleTeam.loadEngagement(reader, SampleTeam.model(reader), 0);
			assertEquals(WRITTEN_OFFLINE, stored.getTitle());
			assertEquals("Noted by a colleague meanwhile", stored.getCustomerWords(), "their change merged, not lost");
		}
	}
}

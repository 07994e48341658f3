// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.advocacy.core.merge.Choice;
import org.advocacy.core.merge.Conflict;
import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.tests.SampleFile;
import org.advocacy.model.Engagement;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline outbox on a repository file: what waits survives a restart, is pushed through the merging saver when
 * the repository is back, leaves only once saved, and a damaged file is reported by name and kept.
 */
class OutboxTest {

	private static final String KEY = "ADV-0002";
	private static final Instant QUEUED = Instant.parse("2026-11-20T15:00:00Z");

	@RegisterExtension
	final SampleFile sample = new SampleFile();

	@TempDir
	Path state;

	private Outbox outbox(Repository repository) {
		return Outbox.of(state, repository.location(), Clock.fixed(QUEUED, ZoneOffset.UTC));
	}

	private static RepositoryModel model(Repository repository) throws Exception {
		return repository.openModel(RepositoryStore.newResourceSet());
	}

	private static Engagement engagement(RepositoryModel model) {
		return SampleFile.engagement(model.root(), KEY);
	}

	private static MergingSaver saver(Repository repository, RepositoryModel model) {
		return new MergingSaver(repository, new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
				new BasicCommandStack(), model.resource().getResourceSet()));
	}

	/** Edits an engagement offline and puts it into the outbox, as a failed save would; then "quits". */
	private PendingChange editOffline(String title) throws Exception {
		Repository repository = sample.open();
		RepositoryModel model = model(repository);
		Engagement engagement = engagement(model);
		engagement.setTitle(title);
		engagement.setCustomerWords("Words — with \"quotes\", <tags> & a\nline break");
		return outbox(repository).put(model, Documents.idOf(engagement), "The server could not be reached");
	}

	@Test
	void aChangeWaitsOnDiskAtomicallyAndIsReadBackAfterARestart() throws Exception {
		PendingChange put = editOffline("Offline title");

		assertTrue(Files.isRegularFile(put.file()));
		try (Stream<Path> files = Files.list(put.file().getParent())) {
			assertEquals(List.of(put.file()), files.toList(), "no temporary file left beside it");
		}
		OutboxContents contents = outbox(sample.open()).pending();
		assertEquals(List.of(), contents.unreadable());
		PendingChange read = contents.changes().get(0);
		assertEquals(put.id(), read.id());
		assertEquals(put.baseVersion(), read.baseVersion());
		assertTrue(read.baseVersion().isPresent());
		assertEquals(QUEUED, read.queuedAt());
		assertEquals("The server could not be reached", read.reason());
		assertEquals(KEY + " Offline title", read.label());
		assertNotEquals("Offline title", SampleFile.engagement(sample.onDisk(), KEY).getTitle(),
				"nothing is saved by putting it into the outbox");
	}

	@Test
	void whenNobodyChangedItMeanwhileTheReplaySavesItAndEmptiesTheOutbox() throws Exception {
		editOffline("Offline title");
		Repository repository = sample.open();
		RepositoryModel model = model(repository);

		Replay replay = outbox(repository).replay(repository, model, saver(repository, model));

		assertEquals(1, replay.saved().size());
		assertEquals(List.of(), replay.unresolved());
		assertFalse(replay.unreachable());
		Engagement stored = SampleFile.engagement(sample.onDisk(), KEY);
		assertEquals("Offline title", stored.getTitle());
		assertEquals("Words — with \"quotes\", <tags> & a\nline break", stored.getCustomerWords(), "stored verbatim");
		assertTrue(outbox(repository).pending().isEmpty());
	}

	@Test
	void aConflictStaysInTheOutboxUntilDecidedThenIsSavedAndLeaves() throws Exception {
		editOffline("Offline title");
		Repository theirRepository = sample.open();
		RepositoryModel theirs = model(theirRepository);
		engagement(theirs).setTitle("Their title");
		assertInstanceOf(SaveResult.Saved.class, theirRepository.save(theirs, Documents.idOf(engagement(theirs))));
		Repository repository = sample.open();
		RepositoryModel model = model(repository);
		MergingSaver saver = saver(repository, model);
		Outbox outbox = outbox(repository);

		Replay replay = outbox.replay(repository, model, saver);

		assertEquals(List.of(), replay.saved());
		Replay.Unresolved unresolved = replay.unresolved().get(0);
		assertEquals("Their title", SampleFile.engagement(sample.onDisk(), KEY).getTitle(), "nothing overwritten");
		assertEquals(1, outbox(sample.open()).pending().changes().size(), "still waiting, also after a restart");
		Conflict title = unresolved.decision().merge().conflicts().stream()
				.filter(conflict -> "title".equals(conflict.feature().getName())).findFirst().orElseThrow();
		assertEquals("Their title", title.theirs());
		assertEquals("Offline title", title.mine());
		unresolved.decision().merge().resolveAll(Choice.MINE);

		assertTrue(outbox.complete(unresolved, model, saver).isEmpty());

		assertEquals("Offline title", SampleFile.engagement(sample.onDisk(), KEY).getTitle());
		assertTrue(outbox.pending().isEmpty());
	}

	@Test
	void aDamagedFileIsReportedByNameAndKeptWhileTheOthersAreReplayed() throws Exception {
		PendingChange put = editOffline("Offline title");
		Path damaged = put.file().resolveSibling("engagement-damaged.outbox");
		Files.writeString(damaged, Files.readString(put.file(), StandardCharsets.UTF_8).substring(0, 600),
				StandardCharsets.UTF_8);
		Path foreign = put.file().resolveSibling("engagement-foreign.outbox");
		Files.writeString(foreign, Files.readString(put.file(), StandardCharsets.UTF_8)
				.replaceFirst("location=[^\\n]*", "location=postgresql\\\\://elsewhere/db"), StandardCharsets.UTF_8);
		Repository repository = sample.open();
		RepositoryModel model = model(repository);
		Outbox outbox = outbox(repository);

		OutboxContents contents = outbox.pending();
		Replay replay = outbox.replay(repository, model, saver(repository, model));

		assertEquals(List.of(damaged, foreign),
				contents.unreadable().stream().map(OutboxContents.UnreadableFile::file).toList());
		assertTrue(contents.unreadable().get(0).describe().contains(damaged.toString()));
		assertTrue(contents.unreadable().get(1).problem().contains("another repository"),
				contents.unreadable().get(1).problem());
		assertEquals(List.of(put.id()), replay.saved().stream().map(PendingChange::id).toList());
		assertTrue(Files.exists(damaged) && Files.exists(foreign), "never deleted");
		assertEquals(2, outbox.pending().unreadable().size());
	}

	@Test
	void theSameDocumentPutAgainReplacesItsFileWithTheLatestContent() throws Exception {
		Repository repository = sample.open();
		RepositoryModel model = model(repository);
		DocumentId id = Documents.idOf(engagement(model));
		Outbox outbox = outbox(repository);
		engagement(model).setTitle("First attempt");
		outbox.put(model, id, "first");
		engagement(model).setTitle("Second attempt");

		outbox.put(model, id, "second");

		OutboxContents contents = outbox.pending();
		assertEquals(1, contents.changes().size());
		assertEquals("second", contents.changes().get(0).reason());
		Repository again = sample.open();
		RepositoryModel restarted = model(again);
		outbox.replay(again, restarted, saver(again, restarted));
		assertEquals("Second attempt", SampleFile.engagement(sample.onDisk(), KEY).getTitle());
	}
}

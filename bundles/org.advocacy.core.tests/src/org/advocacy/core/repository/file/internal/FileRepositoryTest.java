// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.file.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.advocacy.core.merge.Choice;
import org.advocacy.core.merge.Conflict;
import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.InvalidContentException;
import org.advocacy.core.repository.ObjectIds;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.UnsupportedRepositoryOperationException;
import org.advocacy.core.tests.SampleFile;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Urgency;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The file store: one document saved at a time, never overwriting anyone, merging through the shared saver. */
class FileRepositoryTest {

	private static final Instant NOW = SampleFile.NOW;

	@RegisterExtension
	final SampleFile sample = new SampleFile();

	private Path file;

	@BeforeEach
	void rememberFile() {
		file = sample.file();
	}

	private Repository open() throws RepositoryException {
		return sample.open();
	}

	private static RepositoryModel model(Repository repository) throws RepositoryException {
		return repository.openModel(RepositoryStore.newResourceSet());
	}

	private static Engagement engagement(RepositoryModel model, String key) {
		return SampleFile.engagement(model.root(), key);
	}

	private static DocumentId id(Engagement engagement) {
		return Documents.idOf(engagement);
	}

	private AdvocacyRepository onDisk() throws IOException {
		return sample.onDisk();
	}

	private static Engagement engagement(AdvocacyRepository repository, String key) {
		return SampleFile.engagement(repository, key);
	}

	private static EditingDomain domain(RepositoryModel model) {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(),
				model.resource().getResourceSet());
	}

	/** Someone else opens the file, retitles an engagement and saves it. */
	private void theyRetitle(String key, String title) throws RepositoryException {
		Repository theirRepository = open();
		RepositoryModel theirs = model(theirRepository);
		engagement(theirs, key).setTitle(title);
		assertInstanceOf(SaveResult.Saved.class, theirRepository.save(theirs, id(engagement(theirs, key))));
	}

	/** Someone else opens the file, deletes an engagement and saves it. */
	private void theyDelete(String key) throws RepositoryException {
		Repository theirRepository = open();
		RepositoryModel theirs = model(theirRepository);
		assertInstanceOf(SaveResult.Saved.class, theirRepository.delete(theirs, id(engagement(theirs, key))));
	}

	@Test
	void theWorkingModelIsTheFileWithAVersionForEveryDocument() throws Exception {
		RepositoryModel model = model(open());

		assertTrue(EcoreUtil.equals(onDisk(), model.root()));
		Engagement first = model.root().getEngagements().get(0);
		assertEquals(ObjectIds.of(engagement(onDisk(), first.getKey())), ObjectIds.of(first), "same UUIDs as the file");
		assertTrue(model.version(id(first)).isPresent());
		assertTrue(model.version(model.catalogId()).isPresent());
		assertTrue(model.version(Documents.idOf(model.root().getOrganization())).isPresent());
	}

	@Test
	void savingOneEngagementWritesThatEngagementOnly() throws Exception {
		Repository repository = open();
		RepositoryModel model = model(repository);
		Engagement saved = engagement(model, "ADV-0001");
		Engagement unsaved = engagement(model, "ADV-0002");
		saved.setTitle("Saved title");
		unsaved.setTitle("Unsaved title");

		SaveResult result = repository.save(model, id(saved));

		assertInstanceOf(SaveResult.Saved.class, result);
		assertEquals("Saved title", engagement(onDisk(), "ADV-0001").getTitle());
		assertNotEquals("Unsaved title", engagement(onDisk(), "ADV-0002").getTitle());
		assertEquals(((SaveResult.Saved) result).version(), model.version(id(saved)).getAsLong());
	}

	@Test
	void aChangeToAnotherEngagementUnderneathIsKeptWhenSaving() throws Exception {
		Repository mineRepository = open();
		RepositoryModel mine = model(mineRepository);
		theyRetitle("ADV-0002", "Their title");
		engagement(mine, "ADV-0001").setTitle("My title");

		SaveResult result = mineRepository.save(mine, id(engagement(mine, "ADV-0001")));

		assertInstanceOf(SaveResult.Saved.class, result, "their engagement is not mine: no conflict");
		assertEquals("My title", engagement(onDisk(), "ADV-0001").getTitle());
		assertEquals("Their title", engagement(onDisk(), "ADV-0002").getTitle(), "their save was not overwritten");
	}

	@Test
	void disjointEditsOfOneEngagementByTwoPeopleBothSurvive() throws Exception {
		Repository mineRepository = open();
		RepositoryModel mine = model(mineRepository);
		theyRetitle("ADV-0002", "Their title");
		Engagement myEngagement = engagement(mine, "ADV-0002");
		Urgency myUrgency = myEngagement.getUrgency() == Urgency.URGENT_24X7 ? Urgency.BUSINESS_HOURS
				: Urgency.URGENT_24X7;
		myEngagement.setUrgency(myUrgency);

		assertInstanceOf(SaveResult.VersionConflict.class, mineRepository.save(mine, id(myEngagement)));
		MergingSaver.Outcome outcome = new MergingSaver(mineRepository, domain(mine)).save(mine, id(myEngagement));

		MergingSaver.Outcome.Saved saved = assertInstanceOf(MergingSaver.Outcome.Saved.class, outcome);
		assertTrue(saved.merged());
		assertEquals("Their title", myEngagement.getTitle(), "their change reached my copy");
		Engagement stored = engagement(onDisk(), "ADV-0002");
		assertEquals("Their title", stored.getTitle());
		assertEquals(myUrgency, stored.getUrgency());
	}

	@Test
	void theSameFieldChangedByTwoPeopleIsDecidedAndNothingIsLost() throws Exception {
		Repository mineRepository = open();
		RepositoryModel mine = model(mineRepository);
		theyRetitle("ADV-0002", "Their title");
		engagement(mine, "ADV-0002").setTitle("My title");
		MergingSaver saver = new MergingSaver(mineRepository, domain(mine));

		MergingSaver.Outcome outcome = saver.save(mine, id(engagement(mine, "ADV-0002")));

		MergingSaver.Outcome.NeedsDecision decision = assertInstanceOf(MergingSaver.Outcome.NeedsDecision.class,
				outcome);
		Conflict conflict = decision.merge().conflicts().get(0);
		assertEquals("Their title", conflict.theirs());
		assertEquals("My title", conflict.mine());
		assertEquals("Their title", engagement(onDisk(), "ADV-0002").getTitle(), "nothing written before deciding");
		decision.merge().resolve(conflict, Choice.MINE);
		assertInstanceOf(MergingSaver.Outcome.Saved.class, saver.complete(mine, decision));
		assertEquals("My title", engagement(onDisk(), "ADV-0002").getTitle());
	}

	@Test
	void editingAnEngagementThatWasDeletedMeanwhileIsDecidedNotLost() throws Exception {
		Repository mineRepository = open();
		RepositoryModel mine = model(mineRepository);
		Engagement created = newEngagement(mine);
		mineRepository.create(mine, created);
		theyDelete(created.getKey());
		created.setTitle("Still working on it");
		MergingSaver saver = new MergingSaver(mineRepository, domain(mine));

		MergingSaver.Outcome outcome = saver.save(mine, id(created));

		MergingSaver.Outcome.NeedsDecision decision = assertInstanceOf(MergingSaver.Outcome.NeedsDecision.class,
				outcome);
		assertEquals(Conflict.Kind.DELETED_BY_THEM, decision.merge().conflicts().get(0).kind());
		decision.merge().resolve(decision.merge().conflicts().get(0), Choice.MINE);
		assertInstanceOf(MergingSaver.Outcome.Saved.class, saver.complete(mine, decision));
		assertEquals("Still working on it", engagement(onDisk(), created.getKey()).getTitle(), "kept, as decided");
	}

	@Test
	void anUneditedEngagementDeletedMeanwhileLeavesMyModel() throws Exception {
		Repository mineRepository = open();
		RepositoryModel mine = model(mineRepository);
		Engagement created = newEngagement(mine);
		mineRepository.create(mine, created);
		theyDelete(created.getKey());
		DocumentId createdId = id(created);

		MergingSaver.Outcome outcome = new MergingSaver(mineRepository, domain(mine)).save(mine, createdId);

		assertInstanceOf(MergingSaver.Outcome.Removed.class, outcome);
		assertFalse(mine.root().getEngagements().contains(created));
		assertTrue(mine.version(createdId).isEmpty());
	}

	@Test
	void aFileRewrittenByAnotherProgramIsNeverOverwritten() throws Exception {
		Repository repository = open();
		RepositoryModel model = model(repository);
		AdvocacyRepository elsewhere = onDisk();
		engagement(elsewhere, "ADV-0003").setState(EngagementState.DECLINED);
		engagement(elsewhere, "ADV-0004").setTitle("Edited in another program");
		new RepositoryStore().save(elsewhere, file);
		engagement(model, "ADV-0004").setTitle("Edited here");
		engagement(model, "ADV-0001").setTitle("Also edited here");

		SaveResult other = repository.save(model, id(engagement(model, "ADV-0001")));
		SaveResult same = repository.save(model, id(engagement(model, "ADV-0004")));

		assertInstanceOf(SaveResult.Saved.class, other);
		assertInstanceOf(SaveResult.VersionConflict.class, same);
		AdvocacyRepository stored = onDisk();
		assertEquals(EngagementState.DECLINED, engagement(stored, "ADV-0003").getState(), "their change kept");
		assertEquals("Edited in another program", engagement(stored, "ADV-0004").getTitle());
		assertEquals("Also edited here", engagement(stored, "ADV-0001").getTitle());
	}

	@Test
	void caseNumbersAreHandedOutByTheStoreAndNeverTwice() throws Exception {
		int writers = 4;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<String>> keys = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				Repository repository = open();
				RepositoryModel model = model(repository);
				keys.add(pool.submit(() -> {
					Engagement created = newEngagement(model);
					assertInstanceOf(SaveResult.Saved.class, repository.create(model, created));
					return created.getKey();
				}));
			}
			Set<String> distinct = new HashSet<>();
			for (Future<String> key : keys) {
				distinct.add(key.get());
			}
			assertEquals(Set.of("ADV-0015", "ADV-0016", "ADV-0017", "ADV-0018"), distinct);
			assertEquals(18, onDisk().getEngagements().size());
		} finally {
			pool.shutdownNow();
		}
	}

	private static Engagement newEngagement(RepositoryModel model) {
		Engagement engagement = AdvocacyFactory.eINSTANCE.createEngagement();
		engagement.setTitle("New situation");
		engagement.setCustomer(model.root().getCustomers().get(0));
		engagement.setOpenedAt(NOW);
		engagement.setState(EngagementState.REQUESTED);
		model.root().getEngagements().add(engagement);
		return engagement;
	}

	@Test
	void aDocumentReferringToAnUnsavedCustomerIsRefusedAndTheFileIsUnchanged() throws Exception {
		Repository repository = open();
		RepositoryModel model = model(repository);
		Customer unsaved = AdvocacyFactory.eINSTANCE.createCustomer();
		unsaved.setName("Not saved yet");
		model.root().getCustomers().add(unsaved);
		Engagement engagement = engagement(model, "ADV-0001");
		engagement.setCustomer(unsaved);
		byte[] before = Files.readAllBytes(file);

		InvalidContentException refused = assertThrows(InvalidContentException.class,
				() -> repository.save(model, id(engagement)));

		assertTrue(refused.getMessage().contains("Not saved yet"), refused.getMessage());
		assertEquals(List.of(before.length), List.of(Files.readAllBytes(file).length));
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
		assertInstanceOf(SaveResult.Saved.class, repository.create(model, unsaved));
		assertInstanceOf(SaveResult.Saved.class, repository.save(model, id(engagement)), "saved once it exists");
	}

	@Test
	void deletingAnEngagementThatAReviewStillNamesIsRefused() throws Exception {
		Repository repository = open();
		RepositoryModel model = model(repository);
		Engagement reviewed = model.root().getReviews().get(0).getItems().get(0).getEngagement();
		Engagement created = newEngagement(model);
		repository.create(model, created);

		assertThrows(InvalidContentException.class, () -> repository.delete(model, id(reviewed)));
		assertEquals(15, onDisk().getEngagements().size());
		assertInstanceOf(SaveResult.Saved.class, repository.delete(model, id(created)));
		assertEquals(14, onDisk().getEngagements().size());
	}

	@Test
	void aFileSaysPlainlyThatItKeepsNoHistory() throws Exception {
		Repository repository = open();
		RepositoryModel model = model(repository);

		assertFalse(repository.capabilities().keepsHistory());
		UnsupportedRepositoryOperationException refused = assertThrows(UnsupportedRepositoryOperationException.class,
				() -> repository.history(id(model.root().getEngagements().get(0))));
		assertTrue(refused.getMessage().contains("keeps only its current content"), refused.getMessage());
		assertEquals(DocumentKind.CATALOG, model.catalogId().kind());
	}
}

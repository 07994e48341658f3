// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;

import org.advocacy.core.merge.Conflict;
import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.merge.MergingSaver.Outcome;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.RepositoryProviders;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.Person;
import org.advocacy.model.PlanTask;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.ModalDialogs;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.setup.Screenshots;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge dialog on a real conflict: two people opened the sample repository file, both changed the title, the
 * first task's start and the advocate of one engagement, and the second person's save came back needing a decision.
 * What the user picks in the dialog is exactly what lands in the file and in their copy, as one undoable step;
 * cancelling decides nothing and keeps their edits.
 */
class MergeDialogTest {

	private static final String KEY = "ADV-0002";
	private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

	@TempDir
	Path folder;

	private Path file;
	private Repository myRepository;
	private RepositoryModel mine;
	private AdapterFactoryEditingDomain domain;
	private MergingSaver saver;
	private Outcome.NeedsDecision decision;
	private LocalDate originalStart;
	private LocalDate theirStart;
	private LocalDate myStart;
	private Person theirAdvocate;
	private Person myAdvocate;

	@BeforeEach
	void twoPeopleChangeTheSameFields() throws Exception {
		file = StandardSample.write(folder);
		myRepository = open();
		mine = myRepository.openModel(RepositoryStore.newResourceSet());
		Engagement myEngagement = engagement(mine.root());
		originalStart = firstTask(myEngagement).getStart();
		theirStart = originalStart.plusDays(3);
		myStart = originalStart.plusDays(7);
		try (Repository theirRepository = open()) {
			RepositoryModel theirs = theirRepository.openModel(RepositoryStore.newResourceSet());
			Engagement their = engagement(theirs.root());
			their.setTitle("Their title");
			firstTask(their).setStart(theirStart);
			their.setAdvocate(otherPeople(theirs.root(), their.getAdvocate())[0]);
			theirAdvocate = their.getAdvocate();
			assertInstanceOf(SaveResult.Saved.class, theirRepository.save(theirs, Documents.idOf(their)));
		}
		myEngagement.setTitle("My title");
		firstTask(myEngagement).setStart(myStart);
		myEngagement.setAdvocate(otherPeople(mine.root(), myEngagement.getAdvocate())[1]);
		myAdvocate = myEngagement.getAdvocate();
		domain = new AdapterFactoryEditingDomain(RepositorySession.createAdapterFactory(), new BasicCommandStack(),
				mine.resource().getResourceSet());
		saver = new MergingSaver(myRepository, domain);
		decision = assertInstanceOf(Outcome.NeedsDecision.class, saver.save(mine, Documents.idOf(myEngagement)));
		assertEquals(3, decision.merge().conflicts().size(), decision.merge().conflicts().toString());
	}

	@AfterEach
	void close() {
		myRepository.close();
	}

	private Repository open() throws Exception {
		return RepositoryProviders.open(file.toString(), OpenOptions.of("merge dialog test"));
	}

	private static Engagement engagement(AdvocacyRepository repository) {
		return repository.getEngagements().stream().filter(engagement -> KEY.equals(engagement.getKey())).findFirst()
				.orElseThrow();
	}

	private static PlanTask firstTask(Engagement engagement) {
		return engagement.getGetWellPlan().getPhases().get(0).getTasks().get(0);
	}

	private static Person[] otherPeople(AdvocacyRepository repository, Person except) {
		String name = except == null ? null : except.getName();
		return repository.getOrganization().getPeople().stream()
				.filter(person -> !person.getName().equals(name)).limit(2).toArray(Person[]::new);
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	private Engagement stored() throws Exception {
		return engagement(new RepositoryStore().loadRepository(file));
	}

	private static int row(Table table, String field) {
		TableItem[] items = table.getItems();
		for (int row = 0; row < items.length; row++) {
			if (items[row].getText(1).equals(field)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + field + " among "
				+ Arrays.stream(items).map(item -> item.getText(1)).toList());
	}

	private static void keep(Table table, String field, String version) {
		Widgets.select(table, row(table, field));
		Widgets.click(Widgets.button(table.getShell(), version));
	}

	private static Table table(MergeDialog dialog) {
		return Widgets.find(dialog.getShell(), Table.class).orElseThrow();
	}

	@Test
	void theirValueForOneFieldAndMineForAnotherLandExactlyAsOneUndoableStep() throws Exception {
		String myTaskName = firstTask(engagement(mine.root())).getName();
		ModalDialogs.Answer<MergeDialog> answer = ModalDialogs.answerNext(MergeDialog.class, dialog -> {
			Table table = table(dialog);
			assertEquals(3, table.getItemCount());
			TableItem start = table.getItem(row(table, "Start"));
			assertEquals("Plan Task \u2018" + myTaskName + "\u2019", start.getText(0));
			assertEquals(SHOWN_DATE.format(originalStart), start.getText(2), "dates read as the user writes them");
			assertEquals(SHOWN_DATE.format(theirStart), start.getText(3));
			assertEquals(SHOWN_DATE.format(myStart), start.getText(4));
			TableItem advocate = table.getItem(row(table, "Advocate"));
			assertEquals(theirAdvocate.getName(), advocate.getText(3), "references read by name");
			assertEquals(myAdvocate.getName(), advocate.getText(4));
			assertFalse(Widgets.button(dialog.getShell(), "Merge").isEnabled(), "nothing decided yet");

			keep(table, "Title", "Theirs");
			keep(table, "Start", "Mine");
			assertFalse(Widgets.button(dialog.getShell(), "Merge").isEnabled(), "the advocate is not decided yet");
			keep(table, "Advocate", "Theirs");
			assertEquals("Theirs", table.getItem(row(table, "Title")).getText(5));
			assertEquals("Mine", table.getItem(row(table, "Start")).getText(5));
			screenshot("merge-dialog");
			Widgets.click(Widgets.button(dialog.getShell(), "Merge"));
		});

		boolean resolved = MergeDialog.resolve(shell(), KEY + " " + engagement(mine.root()).getTitle(), decision);

		answer.verify();
		assertTrue(resolved);
		assertTrue(decision.merge().isResolved());
		assertNull(domain.getCommandStack().getUndoCommand(), "nothing is taken into my copy before complete");
		Outcome.Saved saved = assertInstanceOf(Outcome.Saved.class, saver.complete(mine, decision));
		assertTrue(saved.merged());
		Engagement stored = stored();
		assertEquals("Their title", stored.getTitle());
		assertEquals(myStart, firstTask(stored).getStart());
		assertEquals(theirAdvocate.getName(), stored.getAdvocate().getName());
		Engagement myCopy = engagement(mine.root());
		assertEquals("Their title", myCopy.getTitle());
		assertEquals(theirAdvocate.getName(), myCopy.getAdvocate().getName());

		assertEquals("Merge Changes", domain.getCommandStack().getUndoCommand().getLabel());
		domain.getCommandStack().undo();
		assertEquals("My title", myCopy.getTitle(), "one undo takes back the whole merge");
		assertEquals(myAdvocate.getName(), myCopy.getAdvocate().getName());
		assertEquals(myStart, firstTask(myCopy).getStart());
		assertFalse(domain.getCommandStack().canUndo(), "the merge was one step");
	}

	@Test
	void cancelDecidesNothingSavesNothingAndKeepsMyEdits() throws Exception {
		ModalDialogs.Answer<MergeDialog> answer = ModalDialogs.answerNext(MergeDialog.class, dialog -> {
			Table table = table(dialog);
			keep(table, "Title", "Theirs");
			Widgets.click(Widgets.button(dialog.getShell(), "Take All Theirs"));
			assertTrue(Widgets.button(dialog.getShell(), "Merge").isEnabled());
			Widgets.click(Widgets.button(dialog.getShell(), "Cancel"));
		});

		boolean resolved = MergeDialog.resolve(shell(), KEY, decision.merge());

		answer.verify();
		assertFalse(resolved);
		assertFalse(decision.merge().isResolved());
		for (Conflict conflict : decision.merge().conflicts()) {
			assertNull(decision.merge().resolution(conflict), conflict.describe());
		}
		Engagement myCopy = engagement(mine.root());
		assertEquals("My title", myCopy.getTitle());
		assertEquals(myStart, firstTask(myCopy).getStart());
		assertEquals(myAdvocate.getName(), myCopy.getAdvocate().getName());
		assertNull(domain.getCommandStack().getUndoCommand());
		assertEquals("Their title", stored().getTitle(), "nothing saved");
		assertEquals(theirStart, firstTask(stored()).getStart());
	}

	@Test
	void aTypedValueIsKeptOnceValidAndTheRestTakesTheirs() throws Exception {
		ModalDialogs.Answer<MergeDialog> answer = ModalDialogs.answerNext(MergeDialog.class, dialog -> {
			Table table = table(dialog);
			Widgets.click(Widgets.button(dialog.getShell(), "Take All Theirs"));
			Widgets.select(table, row(table, "Start"));
			type(dialog, "next week");
			assertFalse(Widgets.button(dialog.getShell(), "Merge").isEnabled(), "not a date");
			assertTrue(dialog.getErrorMessage().contains("is not a date"), dialog.getErrorMessage());
			type(dialog, originalStart.plusDays(10).toString());
			Widgets.select(table, row(table, "Title"));
			type(dialog, "Agreed title");
			assertEquals("Typed: Agreed title", table.getItem(row(table, "Title")).getText(5));
			assertTrue(Widgets.button(dialog.getShell(), "Merge").isEnabled());
			Widgets.click(Widgets.button(dialog.getShell(), "Merge"));
		});

		assertTrue(MergeDialog.resolve(shell(), KEY, decision));

		answer.verify();
		assertInstanceOf(Outcome.Saved.class, saver.complete(mine, decision));
		Engagement stored = stored();
		assertEquals("Agreed title", stored.getTitle());
		assertEquals(originalStart.plusDays(10), firstTask(stored).getStart());
		assertEquals(theirAdvocate.getName(), stored.getAdvocate().getName());
		assertNotEquals(myAdvocate.getName(), stored.getAdvocate().getName());
	}

	private static void screenshot(String name) {
		try {
			Screenshots.take(name);
		} catch (IOException | InterruptedException e) {
			throw new AssertionError("the screenshot " + name + " could not be taken", e);
		}
	}

	private static void type(MergeDialog dialog, String value) {
		Text text = Widgets.findAll(dialog.getShell(), Text.class).stream()
				.filter(field -> field.isEnabled() && field.getEditable()).findFirst().orElseThrow();
		text.setText(value);
		DisplayEvents.processEvents();
	}
}

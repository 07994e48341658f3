// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import static org.advocacy.ui.WorkbenchFixture.command;
import static org.advocacy.ui.WorkbenchFixture.open;
import static org.advocacy.ui.WorkbenchFixture.openSample;
import static org.advocacy.ui.WorkbenchFixture.page;
import static org.advocacy.ui.WorkbenchFixture.processEvents;
import static org.advocacy.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.ui.editor.internal.OverviewPage;
import org.advocacy.ui.editor.internal.SituationSummaryPage;
import org.advocacy.ui.session.RepositorySession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Revert, and what happens when another program changes the repository file. */
class RevertAndReloadTest {

	private static final String THEIRS = "Their words, written by another program.";
	private static final String MINE = "My words, not saved yet.";

	@TempDir
	Path folder;

	private Path file;
	private final Prompt prompt = new Prompt();
	private DiskChangePrompt previousPrompt;

	/** Answers like a user would and remembers what it was asked. */
	private static final class Prompt implements DiskChangePrompt {
		boolean reload;
		boolean overwrite;
		final List<String> asked = new ArrayList<>();

		@Override
		public boolean reloadChangedFile(Path changed) {
			asked.add("reload " + changed.getFileName());
			return reload;
		}

		@Override
		public boolean overwriteChangedFile(Path changed) {
			asked.add("overwrite " + changed.getFileName());
			return overwrite;
		}
	}

	@BeforeEach
	void openSampleRepository() throws Exception {
		file = openSample(folder);
		previousPrompt = DiskChangeWatcher.getDefault().getPrompt();
		DiskChangeWatcher.getDefault().setPrompt(prompt);
	}

	@AfterEach
	void closeEditors() {
		DiskChangeWatcher.getDefault().setPrompt(previousPrompt);
		page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void revertDiscardsUnsavedChangesAndTheEditorFollowsOnTheSamePage() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().get(0);
		String key = engagement.getKey();
		String before = engagement.getCustomerWords();
		EngagementEditor editor = open(engagement);
		editor.setActivePage(SituationSummaryPage.ID);
		change(engagement, MINE);
		assertTrue(editor.isDirty());
		RepositorySession old = session();

		command("org.eclipse.ui.file.revert");

		assertNotSame(old, session(), "the file was read again");
		assertFalse(session().isDirty());
		Engagement reverted = engagementWithKey(key);
		assertEquals(before, reverted.getCustomerWords(), "the unsaved change is gone");
		EngagementEditor reopened = (EngagementEditor) page().getActiveEditor();
		assertSame(reverted, reopened.getEngagement(), "the editor shows the engagement read again");
		assertEquals(SituationSummaryPage.ID, reopened.getActivePageInstance().getId(), "on the page it showed");
		assertEquals(1, page().getEditorReferences().length, "and the old editor is closed");
	}

	@Test
	void anExternalChangeIsReloadedSilentlyWithoutUnsavedChanges() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().get(0);
		String key = engagement.getKey();
		open(engagement);

		changeOnDisk(key, THEIRS);
		assertTrue(DiskChangeWatcher.getDefault().check(), "reloaded");
		processEvents();

		assertEquals(List.of(), prompt.asked, "nothing to lose, nothing to ask");
		EngagementEditor reopened = (EngagementEditor) page().getActiveEditor();
		assertEquals(THEIRS, reopened.getEngagement().getCustomerWords());
		assertEquals(THEIRS, overview(reopened).getWordsText().getText(), "the field shows the new value");
	}

	@Test
	void anExternalChangeWithUnsavedChangesAsksAndReloadShowsTheNewValue() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().get(0);
		String key = engagement.getKey();
		open(engagement);
		change(engagement, MINE);

		changeOnDisk(key, THEIRS);
		prompt.reload = true;
		assertTrue(DiskChangeWatcher.getDefault().check());
		processEvents();

		assertEquals(List.of("reload sample.advocacy"), prompt.asked);
		EngagementEditor reopened = (EngagementEditor) page().getActiveEditor();
		assertEquals(THEIRS, overview(reopened).getWordsText().getText());
		assertFalse(reopened.isDirty());
	}

	@Test
	void keepingMineAsksOnceAndSavingOverTheChangedFileAsksFirst() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().get(0);
		String key = engagement.getKey();
		EngagementEditor editor = open(engagement);
		change(engagement, MINE);
		RepositorySession mine = session();

		changeOnDisk(key, THEIRS);
		prompt.reload = false;
		assertFalse(DiskChangeWatcher.getDefault().check(), "kept");
		assertFalse(DiskChangeWatcher.getDefault().check(), "not asked again for the same change");
		assertEquals(List.of("reload sample.advocacy"), prompt.asked);
		assertSame(mine, session());
		assertEquals(MINE, engagement.getCustomerWords());

		prompt.overwrite = false;
		command("org.eclipse.ui.file.save");
		assertTrue(editor.isDirty(), "not saved");
		assertEquals(THEIRS, onDisk(key), "their change is still on disk");

		prompt.overwrite = true;
		command("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());
		assertEquals(MINE, onDisk(key));
		assertEquals(List.of("reload sample.advocacy", "overwrite sample.advocacy", "overwrite sample.advocacy"),
				prompt.asked);
		assertFalse(session().isChangedOnDisk(), "our own save is not an external change");
	}

	private static void change(Engagement engagement, String words) {
		session().getEditingDomain().getCommandStack().execute(FeatureCommands.set(session().getEditingDomain(),
				engagement, org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CUSTOMER_WORDS, words));
		processEvents();
	}

	/** Another program loads the file, changes the customer's words and saves it a little later. */
	private void changeOnDisk(String key, String words) throws Exception {
		FileTime before = Files.getLastModifiedTime(file);
		AdvocacyRepository theirs = new RepositoryStore().loadRepository(file);
		theirs.getEngagements().stream().filter(e -> key.equals(e.getKey())).findFirst().orElseThrow()
				.setCustomerWords(words);
		new RepositoryStore().save(theirs, file);
		Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
	}

	private String onDisk(String key) throws Exception {
		return new RepositoryStore().loadRepository(file).getEngagements().stream()
				.filter(e -> key.equals(e.getKey())).findFirst().orElseThrow().getCustomerWords();
	}

	private static Engagement engagementWithKey(String key) {
		return session().getRepository().getEngagements().stream().filter(e -> key.equals(e.getKey())).findFirst()
				.orElseThrow();
	}

	private static OverviewPage overview(EngagementEditor editor) {
		editor.setActivePage(OverviewPage.ID);
		processEvents();
		return (OverviewPage) editor.findPage(OverviewPage.ID);
	}
}

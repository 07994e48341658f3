// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.conflicts;

import static org.advocacy.tests.harness.ui.DisplayEvents.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.RepositoryProviders;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.outbox.Outbox;
import org.advocacy.core.repository.outbox.Replay;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.ui.ModalDialogs;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.merge.MergeDialog;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.setup.Screenshots;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Conflicts view on a real outbox: an engagement edited while the repository could not be reached conflicts,
 * after a restart, with what someone else saved meanwhile; the view lists it with a damaged outbox file beside it,
 * Resolve… opens the merge dialog, and the decided change is saved and leaves the list while the damaged file
 * stays listed.
 */
class ConflictsViewTest {

	private static final String KEY = "ADV-0002";

	@TempDir
	Path folder;

	private final List<Repository> opened = new java.util.ArrayList<>();

	@AfterEach
	void close() {
		opened.forEach(Repository::close);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.hideView(page.findView(ConflictsView.ID));
	}

	private Repository open(Path file) throws Exception {
		Repository repository = RepositoryProviders.open(file.toString(), OpenOptions.of("conflicts view test"));
		opened.add(repository);
		return repository;
	}

	private static Engagement engagement(AdvocacyRepository repository) {
		return repository.getEngagements().stream().filter(engagement -> KEY.equals(engagement.getKey())).findFirst()
				.orElseThrow();
	}

	private static RepositoryModel model(Repository repository) throws Exception {
		return repository.openModel(RepositoryStore.newResourceSet());
	}

	@Test
	void aConflictingOfflineChangeIsResolvedSavedAndLeavesTheList() throws Exception {
		Path file = StandardSample.write(folder.resolve("repository"));
		Path outboxes = folder.resolve("outboxes");
		Repository offline = open(file);
		Outbox outbox = Outbox.of(outboxes, offline.location(), Clock.systemUTC());
		RepositoryModel offlineModel = model(offline);
		engagement(offlineModel.root()).setTitle("Title written offline");
		outbox.put(offlineModel, Documents.idOf(engagement(offlineModel.root())), "The server could not be reached");
		Files.writeString(outbox.directory().resolve("engagement-damaged.outbox"), "not an outbox file");
		Repository theirs = open(file);
		RepositoryModel theirModel = model(theirs);
		engagement(theirModel.root()).setTitle("Their title");
		assertInstanceOf(SaveResult.Saved.class, theirs.save(theirModel, Documents.idOf(engagement(theirModel.root()))));
		Repository restarted = open(file);
		RepositoryModel model = model(restarted);
		MergingSaver saver = new MergingSaver(restarted, new AdapterFactoryEditingDomain(
				RepositorySession.createAdapterFactory(), new BasicCommandStack(), model.resource().getResourceSet()));
		Replay replay = outbox.replay(restarted, model, saver);
		assertEquals(1, replay.unresolved().size());

		ConflictsView view = ConflictsView.show();
		view.setInput(outbox, replay.unresolved(), model, saver);

		Table table = Widgets.find(view.control(), Table.class).orElseThrow();
		waitUntil("the outbox is listed", () -> table.getItemCount() == 2);
		int conflicting = table.getItem(0).getText(0).startsWith(KEY) ? 0 : 1;
		assertEquals(KEY + " Title written offline", table.getItem(conflicting).getText(0));
		assertTrue(table.getItem(conflicting).getText(1).startsWith("1 conflict with what someone else saved"),
				table.getItem(conflicting).getText(1));
		assertTrue(table.getItem(1 - conflicting).getText(1).startsWith("Cannot be read"));
		Widgets.select(table, 1 - conflicting);
		assertFalse(Widgets.button(view.control(), "Resolve...").isEnabled(), "nothing to decide for a damaged file");
		Widgets.select(table, conflicting);
		Screenshots.take("conflicts-view");
		ModalDialogs.Answer<MergeDialog> answer = ModalDialogs.answerNext(MergeDialog.class, dialog -> {
			Widgets.click(Widgets.button(dialog.getShell(), "Take All Mine"));
			Widgets.click(Widgets.button(dialog.getShell(), "Merge"));
		});
		Widgets.click(Widgets.button(view.control(), "Resolve..."));

		answer.verify();
		waitUntil("the decided change leaves the list", () -> table.getItemCount() == 1);
		assertTrue(table.getItem(0).getText(0).equals("engagement-damaged.outbox"), "the damaged file stays listed");
		assertEquals("Title written offline", engagement(new RepositoryStore().loadRepository(file)).getTitle());
		assertEquals(List.of(), outbox.pending().changes());
		assertTrue(Files.exists(outbox.directory().resolve("engagement-damaged.outbox")));
	}
}

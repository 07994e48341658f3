// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.history;

import static org.advocacy.tests.harness.ui.DisplayEvents.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.RepositoryProviders;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.LadderAttempt;
import org.advocacy.team.TeamRepository;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.PostgresServer;
import org.advocacy.tests.harness.team.SampleTeam;
import org.advocacy.tests.harness.team.TestDatabase;
import org.advocacy.tests.harness.ui.ModalDialogs;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.setup.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The History view on a real team repository (PostgreSQL): an engagement saved twice more after its import shows
 * its versions newest first with who changed which field, the ladder attempt added in between as a line of the
 * accountability trail with who recorded it, and the imported version opens read-only with its old title. On a
 * repository file the view says that a file keeps no history.
 */
@ExtendWith(PostgresExtension.class)
class HistoryViewTest {

	private static final String CLIENT = "history view test";

	@TempDir
	Path folder;

	@AfterEach
	void closeView() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPartState(page.findViewReference(HistoryView.ID), IWorkbenchPage.STATE_RESTORED);
		page.hideView(page.findView(HistoryView.ID));
	}

	@Test
	void versionsNewestFirstWithWhoChangedWhatTheLadderTrailAndAnOldVersionReadOnly(TestDatabase database)
			throws Exception {
		SampleTeam.importSample(database, "Support", 6);
		try (TeamRepository repository = database.openAsSuperuser(CLIENT)) {
			RepositoryModel model = SampleTeam.model(repository);
			Engagement engagement = escalated(repository, model);
			String importedTitle = engagement.getTitle();
			DocumentId id = Documents.idOf(engagement);
			Escalation escalation = engagement.getEscalations().get(0);
			int attempts = engagement.getEscalations().stream().mapToInt(each -> each.getAttempts().size()).sum();
			LadderAttempt called = AdvocacyFactory.eINSTANCE.createLadderAttempt();
			called.setPerson(model.root().getOrganization().getPeople().get(0));
			called.setLevel(EscalationLevel.values()[0]);
			called.setChannel(ContactChannel.values()[0]);
			called.setContactedAt(Instant.parse("2030-01-02T09:00:00Z"));
			called.setOutcome(AttemptOutcome.PENDING);
			escalation.getAttempts().add(called);
			engagement.setTitle("Retitled with the attempt");
			assertInstanceOf(SaveResult.Saved.class, repository.save(model, id));
			engagement.setCustomerWords("Words noted after the call");
			assertInstanceOf(SaveResult.Saved.class, repository.save(model, id));

			HistoryView view = HistoryView.show(repository, id, Documents.label(engagement));

			Tree versions = Widgets.find(view.control(), Tree.class).orElseThrow();
			waitUntil("the history is read", () -> versions.getItemCount() == 3);
			TreeItem newest = versions.getItem(0);
			assertEquals(PostgresServer.SUPERUSER, newest.getText(1));
			assertTrue(newest.getText(2).contains(CLIENT), newest.getText(2));
			assertTrue(newest.getText(3).contains("Customer Words"), newest.getText(3));
			assertTrue(versions.getItem(1).getText(3).contains("Title"), versions.getItem(1).getText(3));
			expand(versions, newest);
			assertEquals("Customer Words", newest.getItem(0).getText(1));
			assertTrue(newest.getItem(0).getText(3).endsWith("\u2192 Words noted after the call"),
					newest.getItem(0).getText(3));
			assertTrue(versions.getItem(1).getText(3).contains("Ladder Attempt added"), versions.getItem(1).getText(3));
			Table trail = Widgets.find(view.control(), Table.class).orElseThrow();
			assertEquals(attempts + 1, trail.getItemCount());
			TableItem last = trail.getItem(trail.getItemCount() - 1);
			assertEquals(called.getPerson().getName(), last.getText(3));
			assertTrue(last.getText(7).startsWith(PostgresServer.SUPERUSER + ", "), "recorded by: " + last.getText(7));
			screenshot(view);

			AtomicReference<String> shownTitle = new AtomicReference<>();
			ModalDialogs.Answer<VersionDialog> answer = ModalDialogs.answerNext(VersionDialog.class, dialog -> {
				Table fields = Widgets.find(dialog.getShell(), Table.class).orElseThrow();
				shownTitle.set(Arrays.stream(fields.getItems()).filter(item -> item.getText(0).equals("Title"))
						.map(item -> item.getText(1)).findFirst().orElse(null));
				assertTrue(dialog.getShell().getText().endsWith("(read-only)"));
				Widgets.click(Widgets.button(dialog.getShell(), "Close"));
			});
			doubleClick(versions, versions.getItem(2));
			waitUntil("the imported version opens", () -> shownTitle.get() != null);
			answer.verify();
			assertEquals(importedTitle, shownTitle.get());
		}
	}

	@Test
	void aRepositoryFileSaysItKeepsNoHistory() throws Exception {
		Path file = StandardSample.write(folder);
		try (Repository repository = RepositoryProviders.open(file.toString(), OpenOptions.of(CLIENT))) {
			RepositoryModel model = repository.openModel(RepositoryStore.newResourceSet());
			Engagement engagement = model.root().getEngagements().get(0);

			HistoryView view = HistoryView.show(repository, Documents.idOf(engagement), Documents.label(engagement));

			Label heading = Widgets.find(view.control(), Label.class).orElseThrow();
			waitUntil("the view says why there is no history",
					() -> heading.getText().contains("keeps only its current content"));
			assertEquals(0, Widgets.find(view.control(), Tree.class).orElseThrow().getItemCount());
		}
	}

	/** @return an engagement of the sample with at least one escalation, loaded into the model */
	private static Engagement escalated(TeamRepository repository, RepositoryModel model) throws Exception {
		for (int index = 0; index < 6; index++) {
			Engagement engagement = SampleTeam.loadEngagement(repository, model, index);
			if (!engagement.getEscalations().isEmpty()) {
				return engagement;
			}
		}
		throw new AssertionError("the sample has no escalated engagement among its first six");
	}

	private static void expand(Tree tree, TreeItem item) {
		Event expand = new Event();
		expand.item = item;
		tree.notifyListeners(SWT.Expand, expand);
		item.setExpanded(true);
	}

	private static void doubleClick(Tree tree, TreeItem item) {
		tree.setSelection(item);
		Event selection = new Event();
		selection.item = item;
		tree.notifyListeners(SWT.Selection, selection);
		Event open = new Event();
		open.item = item;
		tree.notifyListeners(SWT.DefaultSelection, open);
	}

	private static void screenshot(HistoryView view) throws IOException, InterruptedException {
		IWorkbenchPage page = view.getSite().getPage();
		page.setPartState(page.findViewReference(HistoryView.ID), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.take("history-view");
	}
}

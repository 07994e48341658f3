// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEventsUntil;
import static org.advocacy.tests.harness.ui.DisplayEvents.waitUntil;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.Engagement;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.team.TeamRepository;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.SampleTeam;
import org.advocacy.tests.harness.team.TestDatabase;
import org.advocacy.tests.harness.ui.ModalDialogs;
import org.advocacy.tests.harness.ui.TestSecureStorage;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.tests.harness.ui.WorkbenchFixture;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.merge.MergeDialog;
import org.advocacy.ui.session.TeamSession;
import org.advocacy.ui.setup.Screenshots;
import org.advocacy.ui.views.EngagementsView;
import org.advocacy.ui.views.EngagementsViewAccess;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench on a team repository on a real PostgreSQL server: an advocate connects through the wizard and sees
 * the engagements; another person's saved change shows within a second; disjoint edits merge on save without a
 * question; a read-only user cannot change anything.
 */
@ExtendWith(PostgresExtension.class)
class TeamWorkbenchTest {

	private static final String TEAM = "Support EMEA";
	private static final int ENGAGEMENTS = 12;

	private static String alice;
	private static String bob;
	private static String reader;

	@TempDir
	static Path storage;

	@BeforeAll
	static void importSample(TestDatabase database) throws Exception {
		SampleTeam.importSample(database, TEAM, ENGAGEMENTS);
		alice = database.createUser(TEAM, Role.ADVOCATE);
		bob = database.createUser(TEAM, Role.ADVOCATE);
		reader = database.createUser(TEAM, Role.READ_ONLY);
		TestSecureStorage.use(storage);
	}

	@AfterEach
	void closeTheSession() {
		WorkbenchFixture.closeEditors();
		AdvocacyUiPlugin.getDefault().getRepositoryManager().makeCurrent(null);
		processEvents();
	}

	@Test
	void anAdvocateConnectsThroughTheWizardAndSeesTheEngagements(TestDatabase database) throws Exception {
		page().showView(EngagementsView.ID);
		ModalDialogs.Answer<WizardDialog> connecting = ModalDialogs.answerNext(WizardDialog.class, dialog -> {
			Shell shell = dialog.getShell();
			Button tls = Widgets.button(shell, "Encrypt with TLS and verify the server's certificate (sslmode=verify-full)");
			assertTrue(tls.getSelection(), "TLS is on by default");
			fill(shell, "Server:", "db.example.com");
			fill(shell, "Database:", "advocacy");
			fill(shell, "User:", "dana");
			fill(shell, "Password:", "a password");
			screenshot("connect-wizard");
			fill(shell, "Server:", "127.0.0.1");
			fill(shell, "Port:", Integer.toString(database.server().port()));
			fill(shell, "Database:", database.name());
			fill(shell, "User:", alice);
			fill(shell, "Password:", TestDatabase.PASSWORD);
			Widgets.click(tls);
			assertTrue(Widgets.findAll(shell, Label.class).stream()
					.anyMatch(label -> label.getText().equals(ConnectPage.WITHOUT_TLS)), "TLS off says what it means");
			Widgets.click(Widgets.button(shell, "Finish"));
		});
		WorkbenchFixture.command("org.advocacy.ui.team.connect");
		connecting.verify();

		waitUntil("the team repository is open", () -> session() instanceof TeamSession);
		TeamSession session = (TeamSession) session();
		waitUntil("the Engagements view shows every engagement",
				() -> EngagementsViewAccess.table(page()).getItemCount() == ENGAGEMENTS);
		String status = statusLine();
		assertTrue(status.startsWith("Team: " + alice + " (advocate) on postgresql://127.0.0.1:"), status);
		TeamConnection connection = new TeamConnection("127.0.0.1", database.server().port(), database.name(), alice,
				false, "");
		assertTrue(TeamPasswords.isKept(connection), "the password is kept in secure storage");
		assertEquals(TestDatabase.PASSWORD, new String(TeamPasswords.get(connection)));
		String preferences = AdvocacyUiPlugin.getDefault().getPreferenceStore().getString("recentTeamRepositories");
		assertFalse(preferences.contains(TestDatabase.PASSWORD), "no password in the preferences");
		assertEquals(connection,
				new RecentTeamRepositories(AdvocacyUiPlugin.getDefault().getPreferenceStore()).list().get(0));
		assertEquals(session.getLocationText(), AdvocacyUiPlugin.getDefault().getLastRepository(),
				"the next start reconnects to it");
	}

	@Test
	void anotherPersonsSavedChangeShowsInTheOpenEditorWithinASecond(TestDatabase database) throws Exception {
		TeamSession session = connectAs(database, alice);
		page().showView(EngagementsView.ID);
		Engagement mine = session.getRepository().getEngagements().get(0);
		EngagementEditor editor = WorkbenchFixture.open(mine);

		try (TeamRepository asBob = database.open(bob, "bob's workbench")) {
			RepositoryModel model = SampleTeam.model(asBob);
			Engagement theirs = (Engagement) asBob.load(model, Documents.idOf(mine));
			theirs.setTitle("Checkout outages in every store since the 4.2 upgrade");
			assertInstanceOf(SaveResult.Saved.class, asBob.save(model, Documents.idOf(mine)));
			long saved = System.nanoTime();

			assertTrue(processEventsUntil(() -> theirs.getTitle().equals(mine.getTitle()), Duration.ofSeconds(1)),
					"bob's title arrived within a second (it took "
							+ Duration.ofNanos(System.nanoTime() - saved).toMillis() + " ms)");
		}
		assertFalse(editor.isDirty(), "taken in silently: nothing to save");
		Table table = EngagementsViewAccess.table(page());
		waitUntil("the Engagements view shows bob's title", () -> Arrays.stream(table.getItems())
				.anyMatch(row -> IntStream.range(0, table.getColumnCount()).mapToObj(row::getText)
						.anyMatch(mine.getTitle()::equals)));
	}

	@Test
	void afterAnotherPersonsChangeIsTakenInAnEarlierEditOfTheSameEngagementCannotBeUndoneOverIt(TestDatabase database)
			throws Exception {
		TeamSession session = connectAs(database, alice);
		Engagement mine = session.getRepository().getEngagements().get(7);
		DocumentId id = Documents.idOf(mine);
		EngagementEditor editor = WorkbenchFixture.open(mine);
		setTitle(session, mine, "Alice's saved title");
		editor.doSave(new NullProgressMonitor());
		processEvents();
		assertTrue(session.getEditingDomain().getCommandStack().canUndo());

		try (TeamRepository asBob = database.open(bob, "bob's workbench")) {
			RepositoryModel model = SampleTeam.model(asBob);
			Engagement theirs = (Engagement) asBob.load(model, id);
			theirs.setTitle("Bob's title over Alice's");
			assertInstanceOf(SaveResult.Saved.class, asBob.save(model, id));
			waitUntil("bob's title is taken in", () -> "Bob's title over Alice's".equals(mine.getTitle()));
		}

		assertFalse(session.getEditingDomain().getCommandStack().canUndo(),
				"undoing alice's title would write over bob's");
		assertFalse(editor.isDirty());
	}

	@Test
	void disjointEditsMergeOnSaveWithoutAQuestion(TestDatabase database) throws Exception {
		TeamSession session = connectAs(database, alice);
		Engagement mine = session.getRepository().getEngagements().get(1);
		DocumentId id = Documents.idOf(mine);
		EngagementEditor editor = WorkbenchFixture.open(mine);
		setTitle(session, mine, "Alice's title");
		assertTrue(editor.isDirty());

		try (TeamRepository asBob = database.open(bob, "bob's workbench")) {
			RepositoryModel model = SampleTeam.model(asBob);
			Engagement theirs = (Engagement) asBob.load(model, id);
			theirs.setCustomerWords("Bob's note of what the customer said");
			assertInstanceOf(SaveResult.Saved.class, asBob.save(model, id));

			waitUntil("the editor says bob's changes are waiting",
					() -> session.incomingFrom(id).isPresent());
			assertEquals(bob, session.incomingFrom(id).get());
			assertEquals("Alice's title", mine.getTitle(), "alice's unsaved edit is kept");
			assertTrue(editor.getTeamMessage().startsWith("Incoming changes from " + bob), editor.getTeamMessage());

			editor.doSave(new NullProgressMonitor());
			processEvents();

			assertFalse(editor.isDirty());
			assertEquals("Bob's note of what the customer said", mine.getCustomerWords(), "bob's change merged in");
			assertTrue(session.incomingFrom(id).isEmpty());
			Engagement stored = (Engagement) asBob.load(model, id);
			assertEquals("Alice's title", stored.getTitle());
			assertEquals("Bob's note of what the customer said", stored.getCustomerWords());
		}
	}

	@Test
	void aConflictingSaveAsksOnceAndTheChosenValuesAreSaved(TestDatabase database) throws Exception {
		TeamSession session = connectAs(database, alice);
		Engagement mine = session.getRepository().getEngagements().get(4);
		DocumentId id = Documents.idOf(mine);
		EngagementEditor editor = WorkbenchFixture.open(mine);
		setTitle(session, mine, "Alice's title");

		try (TeamRepository asBob = database.open(bob, "bob's workbench")) {
			RepositoryModel model = SampleTeam.model(asBob);
			Engagement theirs = (Engagement) asBob.load(model, id);
			theirs.setTitle("Bob's title");
			theirs.setCustomerWords("Bob's note of what the customer said");
			assertInstanceOf(SaveResult.Saved.class, asBob.save(model, id));
			waitUntil("bob's save is noticed", () -> session.incomingFrom(id).isPresent());

			ModalDialogs.Answer<MergeDialog> asked = ModalDialogs.answerNext(MergeDialog.class, dialog -> {
				Widgets.click(Widgets.button(dialog.getShell(), "Take All Mine"));
				Widgets.click(Widgets.button(dialog.getShell(), "Merge"));
			});
			editor.doSave(new NullProgressMonitor());
			processEvents();
			asked.verify();

			assertFalse(editor.isDirty());
			assertEquals("Alice's title", mine.getTitle(), "the value chosen in the merge dialog");
			assertEquals("Bob's note of what the customer said", mine.getCustomerWords(), "bob's other change kept");
			Engagement stored = (Engagement) asBob.load(model, id);
			assertEquals("Alice's title", stored.getTitle());
			assertEquals("Bob's note of what the customer said", stored.getCustomerWords());
		}
	}

	@Test
	void aServerRestartShowsOfflineAndLosesNothingOfADirtyEditor(TestDatabase database) throws Exception {
		TeamSession session = connectAs(database, alice);
		Engagement mine = session.getRepository().getEngagements().get(5);
		EngagementEditor editor = WorkbenchFixture.open(mine);
		setTitle(session, mine, "Typed before the server restarted");
		List<String> statusWhileOffline = new ArrayList<>();
		List<Boolean> connection = new ArrayList<>();
		session.addTeamListener(new TeamSession.TeamListener() {
			@Override
			public void connectionChanged(boolean online, String detail) {
				connection.add(online);
				if (!online) {
					statusWhileOffline.add(statusLine());
				}
			}
		});

		database.server().restart();
		waitUntil("the change feed lost the server and found it again",
				() -> connection.contains(false) && connection.get(connection.size() - 1));

		assertTrue(statusWhileOffline.get(0).startsWith("Offline: postgresql://127.0.0.1:"), statusWhileOffline.toString());
		assertTrue(statusLine().startsWith("Team: " + alice), statusLine());
		assertTrue(editor.isDirty(), "the edit is still there");
		editor.doSave(new NullProgressMonitor());
		processEvents();
		if (editor.isDirty()) { // the first save may meet the connection the restart broke: it says so, keeps the edit
			assertEquals("Typed before the server restarted", mine.getTitle());
			editor.doSave(new NullProgressMonitor());
			processEvents();
		}
		assertFalse(editor.isDirty());
		try (TeamRepository asBob = database.open(bob, "bob's workbench")) {
			RepositoryModel model = SampleTeam.model(asBob);
			assertEquals("Typed before the server restarted",
					((Engagement) asBob.load(model, Documents.idOf(mine))).getTitle());
		}
	}

	@Test
	void revertDropsTheUnsavedEditsAndKeepsTheEditorOpen(TestDatabase database) throws Exception {
		TeamSession session = connectAs(database, alice);
		Engagement engagement = session.getRepository().getEngagements().get(3);
		String stored = engagement.getTitle();
		EngagementEditor editor = WorkbenchFixture.open(engagement);
		setTitle(session, engagement, "A title nobody keeps");
		assertTrue(editor.isDirty());

		WorkbenchFixture.command("org.eclipse.ui.file.revert");

		assertEquals(stored, engagement.getTitle());
		assertFalse(editor.isDirty());
		assertTrue(page().getEditorReferences().length == 1 && page().getActiveEditor() == editor,
				"the editor stays open on the same engagement");
	}

	@Test
	void aReadOnlyUserGetsAReadOnlyEditor(TestDatabase database) throws Exception {
		TeamSession session = connectAs(database, reader);
		Engagement engagement = session.getRepository().getEngagements().get(2);
		String title = engagement.getTitle();
		EngagementEditor editor = WorkbenchFixture.open(engagement);
		assertNotNull(session.getReadOnlyReason());

		setTitle(session, engagement, "Changed by someone who may only read");
		processEvents();

		assertEquals(title, engagement.getTitle(), "the command was refused");
		assertFalse(editor.isDirty());
		assertTrue(editor.getTeamMessage().contains("has the read-only role"), editor.getTeamMessage());
		assertFalse(editor.getActivePageInstance().getManagedForm().getForm().getBody().isEnabled(),
				"the page's fields are disabled");
		assertTrue(statusLine().contains("(read-only)"), statusLine());
	}

	@Test
	void anAdvocateMayChangeEngagementsButNotTheOrganization(TestDatabase database) throws Exception {
		TeamSession session = connectAs(database, alice);
		Engagement engagement = session.getRepository().getEngagements().get(6);

		EngagementEditor editor = WorkbenchFixture.open(engagement);

		assertNull(session.getReadOnlyReason(engagement));
		assertNull(editor.getTeamMessage());
		assertTrue(editor.getActivePageInstance().getManagedForm().getForm().getBody().isEnabled());
		assertEquals(alice + " is an advocate in " + session.getLocationText()
				+ ": the organization is changed by managers and directors.",
				session.getReadOnlyReason(session.getRepository().getOrganization().getPeople().get(0)));
		assertTrue(session.getReadOnlyReason(session.getRepository()).contains("the reference data is changed by"));
	}

		@Test
	void aFailedSignInStaysOnTheWizardPageToCorrect(TestDatabase database) {
		ConnectWizard wizard = new ConnectWizard(Display.getCurrent(), List.of());
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			fill(shell, "Server:", "127.0.0.1");
			fill(shell, "Port:", Integer.toString(database.server().port()));
			fill(shell, "Database:", database.name());
			fill(shell, "User:", alice);
			fill(shell, "Password:", "not the password");
			Widgets.click(Widgets.button(shell, "Encrypt with TLS and verify the server's certificate (sslmode=verify-full)"));

			assertFalse(wizard.performFinish());
			String message = wizard.getContainer().getCurrentPage().getErrorMessage();
			assertNotNull(message);
			assertTrue(message.startsWith("Cannot sign in to postgresql://127.0.0.1:"), message);
			assertNull(session() instanceof TeamSession ? session() : null, "nothing was opened");
		} finally {
			dialog.close();
		}
	}

	/** Connects as the workbench does (in the background), and makes the session current. */
	private static TeamSession connectAs(TestDatabase database, String login) {
		TeamConnection connection = new TeamConnection("127.0.0.1", database.server().port(), database.name(), login,
				false, "");
		Display display = Display.getCurrent();
		CompletableFuture<TeamSession> opening = CompletableFuture.supplyAsync(() -> {
			try {
				return TeamConnect.open(connection, TestDatabase.PASSWORD.toCharArray(), display,
						new NullProgressMonitor());
			} catch (Exception e) {
				throw new CompletionException(e);
			}
		});
		waitUntil("connected as " + login, opening::isDone);
		TeamSession session = opening.join();
		TeamConnect.show(connection, session);
		processEvents();
		assertEquals(DocumentKind.ENGAGEMENT, Documents.idOf(session.getRepository().getEngagements().get(0)).kind());
		return session;
	}

	/** Changes an engagement's title as the editor's field does: one command on the session's stack. */
	private static void setTitle(TeamSession session, Engagement engagement, String title) {
		session.getEditingDomain().getCommandStack().execute(
				FeatureCommands.set(session.getEditingDomain(), engagement, Literals.ENGAGEMENT__TITLE, title));
	}

	private static void screenshot(String name) {
		try {
			Screenshots.take(name);
		} catch (Exception e) {
			throw new AssertionError("the screenshot " + name + " failed", e);
		}
	}

	private static String statusLine() {
		return Widgets.findAll(page().getWorkbenchWindow().getShell(), CLabel.class).stream().map(CLabel::getText)
				.filter(text -> text != null && (text.startsWith("Team:") || text.startsWith("Offline:")))
				.findFirst().orElse("");
	}

	private static void fill(Shell shell, String label, String value) {
		Label found = Widgets.findAll(shell, Label.class).stream()
				.filter(candidate -> candidate.getText().replace("&", "").equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no field " + label));
		org.eclipse.swt.widgets.Control[] siblings = found.getParent().getChildren();
		Text text = (Text) siblings[Arrays.asList(siblings).indexOf(found) + 1];
		text.setText(value);
		processEvents();
	}

}

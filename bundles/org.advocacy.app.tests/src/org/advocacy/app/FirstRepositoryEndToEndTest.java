// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.DisplayEvents.waitUntil;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.command;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.advocacy.core.imports.CustomerColumn;
import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AreaKind;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.Person;
import org.advocacy.model.PlanTask;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.model.TaskDependency;
import org.advocacy.tests.harness.ui.Keys;
import org.advocacy.tests.harness.ui.ModalDialogs;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.tests.harness.ui.WorkbenchFixture;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.CustomerAdvocacyPerspective;
import org.advocacy.ui.commitments.CommitmentDialog;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.internal.CommunicationsPage;
import org.advocacy.ui.editor.internal.EscalationsPage;
import org.advocacy.ui.editor.internal.SituationSummaryPage;
import org.advocacy.ui.organization.OrganizationEditor;
import org.advocacy.ui.organization.ReferenceDataEditor;
import org.advocacy.ui.organization.internal.CsvFilePage;
import org.advocacy.ui.organization.internal.CsvImportWizard;
import org.advocacy.ui.organization.internal.CustomersPage;
import org.advocacy.ui.organization.internal.PeoplePage;
import org.advocacy.ui.plan.GanttComposite;
import org.advocacy.ui.plan.GetWellPlanView;
import org.advocacy.ui.plan.internal.LinkDialog;
import org.advocacy.ui.review.ManagementReviewPerspective;
import org.advocacy.ui.review.internal.ReviewAgendaView;
import org.advocacy.ui.views.EngagementsView;
import org.advocacy.ui.wizards.NewEngagementPage;
import org.advocacy.ui.wizards.NewEngagementWizard;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's end-to-end story, through the workbench's widgets: from no repository open, a support organization
 * creates its repository with the wizard, imports its who-to-call matrix and its customers, adds a customer and an
 * advocate by hand, opens an engagement for the customer with an agreed disengagement criterion, builds and publishes
 * its get-well plan with a baseline, records an escalation call, drafts an update, asks for a root-cause commitment
 * and records the management review; saved, the repository validates clean and, closed and opened again, has
 * everything.
 */
class FirstRepositoryEndToEndTest {

	private static final String HAND_MADE_CUSTOMER = "Tailspin Toys";
	private static final String ADVOCATE = "Sam Rivera";
	private static final List<String> TASKS = List.of("Collect heap dumps", "Reproduce in the lab", "Fix the export",
			"Patch the customer", "Watch three Fridays", "Disengagement review");
	/** The Gantt task table's Owner and Committed columns ({@code TaskTable.COLUMNS}). */
	private static final int OWNER_COLUMN = 1;
	private static final int COMMITTED_COLUMN = 6;
	private static final String ROOT_CAUSE = "Export job ran without a change window";
	private static final String COMMITMENT = "Check the change window before every maintenance";

	@TempDir
	Path folder;

	/** Leaves the workbench as the other tests expect it: the Customer Advocacy perspective, no repository. */
	@AfterEach
	void closeTheRepository() throws Exception {
		WorkbenchFixture.closeEditors();
		PlatformUI.getWorkbench().showPerspective(CustomerAdvocacyPerspective.ID, page().getWorkbenchWindow());
		AdvocacyUiPlugin.getDefault().getRepositoryManager().makeCurrent(null);
		processEvents();
	}

	@Test
	void aNewRepositoryIsBuiltThroughTheUiValidatesCleanAndReopensWithEverything() throws Exception {
		Path file = folder.resolve("northwind-support.advocacy");
		startWithNoRepository();

		createRepository(file);
		importWhoToCall();
		importCustomers();
		createCustomerByHand();
		appointAdvocate();
		Engagement engagement = openEngagement();
		String key = engagement.getKey();
		buildAndPublishPlan(engagement);
		EngagementEditor editor = WorkbenchFixture.open(engagement);
		recordEscalationAttempt(editor, engagement);
		draftUpdate(editor, engagement);
		askForRootCauseCommitment(editor, engagement);
		recordReview();

		command("org.eclipse.ui.file.saveAll");
		assertFalse(session().isDirty(), "Save All saved the repository");
		Diagnostic diagnostic = AdvocacyValidation.validate(session().getRepository());
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> "validates clean: " + diagnostic.getChildren());

		startWithNoRepository();
		assertNull(session(), "the repository is closed");
		WorkbenchFixture.open(file);

		AdvocacyRepository reopened = session().getRepository();
		assertEquals("Northwind Support", reopened.getName());
		assertEquals(List.of("Fabrikam", HAND_MADE_CUSTOMER),
				reopened.getCustomers().stream().map(Customer::getName).toList());
		assertEquals(List.of("Ines Ferreira", "Tom Okafor"), legal(reopened).getLadder().stream()
				.map(rung -> rung.getPerson().getName()).toList(), "the imported who-to-call ladder");
		Engagement again = reopened.getEngagements().stream().filter(e -> key.equals(e.getKey())).findFirst()
				.orElseThrow(() -> new AssertionError("engagement " + key + " is in the reopened file"));
		assertEquals(HAND_MADE_CUSTOMER, again.getCustomer().getName());
		assertEquals(ADVOCATE, again.getAdvocate().getName());
		assertEquals(List.of("Three Fridays in a row without a failed export"),
				again.getDisengagementCriteria().stream().map(c -> c.getDescription()).toList());
		GetWellPlan plan = again.getGetWellPlan();
		List<PlanTask> items = plan.getPhases().stream().flatMap(phase -> phase.getTasks().stream()).toList();
		assertEquals(TASKS, items.stream().map(PlanTask::getName).toList(), "five tasks and the milestone");
		assertTrue(items.get(5).isMilestone());
		assertTrue(items.stream().allMatch(task -> task.getOwner() != null && task.getCommitmentDate() != null),
				"every item has its owner and committed date");
		for (int i = 1; i < items.size(); i++) {
			PlanTask successor = items.get(i);
			assertEquals(List.of(items.get(i - 1)), successor.getDependencies().stream()
					.map(TaskDependency::getPredecessor).toList(), successor.getName() + " follows the one above");
		}
		assertNotNull(plan.getPublishedAt(), "published");
		assertTrue(items.stream().allMatch(task -> task.getBaselineStart() != null), "every item is baselined");
		LadderAttempt attempt = again.getEscalations().get(0).getAttempts().get(0);
		assertEquals("Ines Ferreira", attempt.getPerson().getName(), "the call to the Legal ladder's first level");
		assertNotNull(attempt.getContactedAt());
		assertEquals(List.of(CommunicationState.DRAFT),
				again.getCommunications().stream().map(CustomerCommunication::getState).toList());
		RootCause cause = again.getSituationSummary().getRootCauses().get(0);
		assertEquals(ROOT_CAUSE, cause.getDescription());
		assertEquals(1, reopened.getReviews().size(), "the recorded management review");
		List<RootCauseCommitment> commitments = reopened.getReviews().stream()
				.flatMap(review -> review.getCommitments().stream()).toList();
		assertEquals(List.of(COMMITMENT), commitments.stream().map(RootCauseCommitment::getCommitment).toList());
		assertEquals(List.of(cause), commitments.get(0).getRootCauses());
		Diagnostic reopenedDiagnostic = AdvocacyValidation.validate(reopened);
		assertTrue(reopenedDiagnostic.getSeverity() < Diagnostic.ERROR, () -> "still clean: "
				+ reopenedDiagnostic.getChildren());
	}

	/** The product's first start, or the user who closed the last repository. */
	private static void startWithNoRepository() throws Exception {
		page().closeAllEditors(false);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().makeCurrent(null);
		page().showView(EngagementsView.ID);
		processEvents();
	}

	/** The first-run screen's New Repository... and the wizard's three pages. */
	private static void createRepository(Path file) {
		Shell window = page().getWorkbenchWindow().getShell();
		Button newRepository = Widgets.button(window, "New Repository...");
		assertTrue(newRepository.isVisible(), "the first-run screen shows while no repository is open");
		ModalDialogs.Answer<WizardDialog> created = ModalDialogs.answerNext(WizardDialog.class, dialog -> {
			Shell shell = dialog.getShell();
			setText(textAfter(shell, "&Organization name:"), "Northwind Support");
			Combo zone = (Combo) controlAfter(shell, "&Time zone:");
			zone.setText("Europe/Berlin");
			zone.notifyListeners(SWT.Modify, new Event());
			setText(textAfter(shell, "&File:"), file.toString());
			click(Widgets.button(shell, "Next >"));
			click(Widgets.button(shell, "Next >"));
			Button finish = Widgets.button(shell, "Finish");
			assertTrue(finish.isEnabled(), "the wizard can finish");
			click(finish);
		});
		click(newRepository);
		created.verify();
		waitUntil("the new repository is open", () -> session() != null && file.equals(session().getFile()));
	}

	private void importWhoToCall() throws Exception {
		FunctionalArea legal = legal(session().getRepository());
		Path csv = Files.writeString(folder.resolve("who-to-call.csv"),
				"area,area kind,level,name,title,email,phone,mobile,24x7,time zone\n" + legal.getName() + ","
						+ legal.getKind().getLiteral() + ",primary,Ines Ferreira,Counsel,ines.ferreira@northwind.example,"
						+ "+1 212 555 0101,,yes,America/New_York\n" + legal.getName() + ","
						+ legal.getKind().getLiteral() + ",backup,Tom Okafor,Counsel,tom.okafor@northwind.example,"
						+ "+1 212 555 0102,,no,America/New_York\n");
		runImport(CsvImportWizard.whoToCall(session()), csv);
		assertEquals(2, legal.getLadder().size(), "the who-to-call import filled the Legal ladder");
	}

	private void importCustomers() throws Exception {
		String segment = session().getRepository().getSegments().get(0).getName();
		Path csv = Files.writeString(folder.resolve("customers.csv"), CustomerColumn.headerLine() + "\nFabrikam,"
				+ segment + ",,,,2020-05-01,,yes,Lea Voss,CTO,management,lea.voss@fabrikam.example,,"
				+ "+49 171 555 0101,yes\n");
		runImport(CsvImportWizard.customers(session()), csv);
		assertEquals(List.of("Fabrikam"),
				session().getRepository().getCustomers().stream().map(Customer::getName).toList());
	}

	/** Names the CSV file in the wizard, waits for its check and presses Finish. */
	private static void runImport(CsvImportWizard wizard, Path csv) throws InterruptedException {
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		CsvFilePage filePage = wizard.getFilePage();
		Text field = filePage.getFileField();
		field.setText(csv.toString());
		field.notifyListeners(SWT.DefaultSelection, new Event());
		assertNotNull(filePage.getCheck(), "the check runs as a job");
		filePage.getCheck().join();
		processEvents();
		assertEquals(0, filePage.getProblems().getTable().getItemCount(), csv.getFileName() + " is clean");
		click(Widgets.button(dialog.getShell(), "Finish"));
	}

	/** Reference Data > Customers: Add Customer, then its name and segment in the Details section. */
	private static void createCustomerByHand() throws Exception {
		command("org.advocacy.ui.organization.openReferenceData");
		ReferenceDataEditor editor = (ReferenceDataEditor) page().getActiveEditor();
		editor.setActivePage(CustomersPage.ID);
		CustomersPage customers = (CustomersPage) editor.getActivePageInstance();
		Composite form = (Composite) customers.getPartControl();
		List<Customer> all = session().getRepository().getCustomers();
		click(Widgets.button(form, "Add Customer"));
		Customer added = all.get(all.size() - 1);
		assertEquals("New customer", added.getName());
		customers.getCustomers().setSelection(new StructuredSelection(added), true);
		processEvents();
		setText(textAfter(form, "Name:"), HAND_MADE_CUSTOMER);
		waitUntil("the typed name is committed", () -> HAND_MADE_CUSTOMER.equals(added.getName()));
		Combo segment = (Combo) controlAfter(form, "Segment:");
		segment.select(Arrays.asList(segment.getItems()).indexOf(session().getRepository().getSegments().get(1).getName()));
		segment.notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals(session().getRepository().getSegments().get(1), added.getSegment(), "the chosen segment");
	}

	/** Organization > People: Add Person, with name, e-mail and the Customer advocate box ticked. */
	private static void appointAdvocate() throws Exception {
		command("org.advocacy.ui.organization.open");
		OrganizationEditor editor = (OrganizationEditor) page().getActiveEditor();
		editor.setActivePage(PeoplePage.ID);
		PeoplePage people = (PeoplePage) editor.getActivePageInstance();
		Composite form = (Composite) people.getPartControl();
		List<Person> all = session().getRepository().getOrganization().getPeople();
		click(Widgets.button(form, "Add Person"));
		Person added = all.get(all.size() - 1);
		people.getPeople().setSelection(new StructuredSelection(added), true);
		processEvents();
		setText(textAfter(form, "Name:"), ADVOCATE);
		setText(textAfter(form, "E-mail:"), "sam.rivera@northwind.example");
		waitUntil("the typed name and e-mail are committed", () -> ADVOCATE.equals(added.getName())
				&& "sam.rivera@northwind.example".equals(added.getEmail()));
		Button advocate = Widgets.button(form, "Customer advocate");
		advocate.setSelection(true);
		click(advocate);
		assertTrue(added.isAdvocate(), "the person is a customer advocate");
	}

	/** The New Engagement wizard for the hand-made customer, with its disengagement criterion agreed up front. */
	private static Engagement openEngagement() {
		Customer customer = session().getRepository().getCustomers().stream()
				.filter(candidate -> candidate.getName().equals(HAND_MADE_CUSTOMER)).findFirst().orElseThrow();
		NewEngagementWizard wizard = new NewEngagementWizard(session(), page(), Clock.systemUTC());
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		NewEngagementPage form = wizard.getForm();
		form.getTitleText().setText("Payroll exports fail every Friday");
		form.getCustomer().setSelection(new StructuredSelection(customer));
		form.getAdvocate().setSelection(new StructuredSelection(form.getAdvocate().getElementAt(0)));
		form.getWordsText().setText("Who CAN I talk to?");
		form.getCriteriaText().setText("Three Fridays in a row without a failed export");
		processEvents();
		Button finish = Widgets.button(dialog.getShell(), "Finish");
		assertTrue(finish.isEnabled(), "the wizard can finish");
		click(finish);
		Engagement created = wizard.getCreated();
		assertNotNull(created, "the engagement was created");
		return created;
	}

	/**
	 * The Get-Well Plan view: Start Get-Well Plan, Insert five named tasks and Shift+Insert a milestone, link each
	 * to the one above with the link dialog, then Publish... with Publish and Set Baseline.
	 */
	private static void buildAndPublishPlan(Engagement engagement) throws Exception {
		GetWellPlanView view = (GetWellPlanView) page().showView(GetWellPlanView.ID);
		IViewPart engagements = page().findView(EngagementsView.ID);
		page().activate(engagements);
		engagements.getSite().getSelectionProvider().setSelection(new StructuredSelection(engagement));
		processEvents();
		page().activate(view);
		processEvents();
		runAction(view, "Start Get-Well Plan");
		GanttComposite chart = view.getChart();
		GetWellPlan plan = engagement.getGetWellPlan();
		assertNotNull(plan, "the plan is started");
		List<PlanTask> tasks = plan.getPhases().get(0).getTasks();
		for (int i = 0; i < TASKS.size(); i++) {
			if (!tasks.isEmpty()) {
				select(chart, tasks.get(tasks.size() - 1));
			}
			Keys.press(chart.getTable(), SWT.INSERT, i == TASKS.size() - 1 ? SWT.SHIFT : 0);
			assertEquals(i + 1, tasks.size(), chart.getRefusal());
			if (!chart.getCellEditing().isEditing()) {
				chart.getCellEditing().edit(chart.getRows().rowOf(tasks.get(i)), 0);
			}
			Text name = Widgets.find(chart.getTable(), Text.class).orElseThrow();
			name.setText(TASKS.get(i));
			name.notifyListeners(SWT.DefaultSelection, new Event());
			processEvents();
		}
		assertEquals(TASKS, tasks.stream().map(PlanTask::getName).toList());
		LocalDate committedOn = LocalDate.now().plusDays(30);
		for (PlanTask task : tasks) {
			int row = chart.getRows().rowOf(task);
			CCombo owner = (CCombo) chart.getCellEditing().edit(row, OWNER_COLUMN);
			owner.select(Arrays.asList(owner.getItems()).indexOf(ADVOCATE));
			owner.notifyListeners(SWT.Selection, new Event());
			processEvents();
			Text committed = (Text) chart.getCellEditing().edit(row, COMMITTED_COLUMN);
			committed.setText(committedOn.toString());
			committed.notifyListeners(SWT.DefaultSelection, new Event());
			processEvents();
			assertEquals(ADVOCATE, task.getOwner() == null ? null : task.getOwner().getName(), chart.getRefusal());
			assertEquals(committedOn, task.getCommitmentDate(), chart.getRefusal());
		}
		for (int i = 1; i < tasks.size(); i++) {
			select(chart, tasks.get(i));
			ModalDialogs.Answer<LinkDialog> linked = ModalDialogs.answerNext(LinkDialog.class,
					dialog -> click(Widgets.button(dialog.getShell(), "Link")));
			toolItem(chart, "Link\u2026").notifyListeners(SWT.Selection, new Event());
			processEvents();
			linked.verify();
			assertEquals(1, tasks.get(i).getDependencies().size(), chart.getRefusal());
		}
		ModalDialogs.Answer<MessageDialog> published = ModalDialogs.answerNext(MessageDialog.class,
				dialog -> click(Widgets.button(dialog.getShell(), "Publish and Set Baseline")));
		toolItem(chart, "Publish\u2026").notifyListeners(SWT.Selection, new Event());
		processEvents();
		published.verify();
		assertNotNull(plan.getPublishedAt(), "published");
	}

	/** Escalations page: Start escalation of the Legal area, then Contacted for whom the ladder names. */
	private static void recordEscalationAttempt(EngagementEditor editor, Engagement engagement) {
		editor.setActivePage(EscalationsPage.ID);
		Composite form = (Composite) ((EscalationsPage) editor.getActivePageInstance()).getPartControl();
		String legal = legal(session().getRepository()).getName();
		Combo area = Widgets.findAll(form, Combo.class).stream()
				.filter(combo -> Arrays.asList(combo.getItems()).contains(legal)).findFirst()
				.orElseThrow(() -> new AssertionError("the page offers the Legal area"));
		area.select(Arrays.asList(area.getItems()).indexOf(legal));
		area.notifyListeners(SWT.Selection, new Event());
		processEvents();
		click(Widgets.button(form, "Start escalation"));
		assertEquals(1, engagement.getEscalations().size(), "the Legal escalation started");
		click(Widgets.button(form, "Contacted"));
		assertEquals(1, engagement.getEscalations().get(0).getAttempts().size(), "the call is recorded");
	}

	/** Communications page: Draft update for the default audience. */
	private static void draftUpdate(EngagementEditor editor, Engagement engagement) {
		editor.setActivePage(CommunicationsPage.ID);
		CommunicationsPage communications = (CommunicationsPage) editor.getActivePageInstance();
		click(Widgets.button((Composite) communications.getPartControl(), "Draft update"));
		assertEquals(1, engagement.getCommunications().size(), "one draft");
	}

	/** Situation Summary page: start it, add and describe a root cause, then Ask for a Management Commitment on it. */
	private static void askForRootCauseCommitment(EngagementEditor editor, Engagement engagement) {
		editor.setActivePage(SituationSummaryPage.ID);
		SituationSummaryPage summary = (SituationSummaryPage) editor.getActivePageInstance();
		click(Widgets.button((Composite) summary.getPartControl(), "Start the Situation Summary"));
		assertNotNull(engagement.getSituationSummary(), "the summary is started");
		summary.getRootCauses().addRow();
		processEvents();
		RootCause cause = engagement.getSituationSummary().getRootCauses().get(0);
		summary.getRootCauses().getViewer().editElement(cause, 0);
		Text description = Widgets.find(summary.getRootCauses().getViewer().getTable(), Text.class).orElseThrow();
		description.setText(ROOT_CAUSE);
		description.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		assertEquals(ROOT_CAUSE, cause.getDescription());
		summary.getRootCauses().getViewer().setSelection(new StructuredSelection(cause));
		Person manager = session().getRepository().getOrganization().getPeople().stream()
				.filter(person -> person.getName().equals("Tom Okafor")).findFirst().orElseThrow();
		ModalDialogs.Answer<CommitmentDialog> asked = ModalDialogs.answerNext(CommitmentDialog.class, dialog -> {
			dialog.getManager().setSelection(new StructuredSelection(manager));
			setText(dialog.getCommitment(), COMMITMENT);
			click(Widgets.button(dialog.getShell(), "Ask"));
		});
		click(summary.getAskForCommitment());
		asked.verify();
	}

	/** The Management Review perspective's Review Agenda view: Record Review. */
	private static void recordReview() throws Exception {
		PlatformUI.getWorkbench().showPerspective(ManagementReviewPerspective.ID,
				page().getWorkbenchWindow());
		processEvents();
		IViewPart agenda = page().showView(ReviewAgendaView.ID);
		processEvents();
		runAction(agenda, "Record Review");
		assertEquals(1, session().getRepository().getReviews().size(), "the review is recorded");
	}

	/** Runs a view's tool bar or menu action as its button or menu item does. */
	private static void runAction(IViewPart view, String text) {
		IActionBars bars = view.getViewSite().getActionBars();
		IAction action = Stream.concat(Arrays.stream(bars.getToolBarManager().getItems()),
				Arrays.stream(bars.getMenuManager().getItems()))
				.filter(ActionContributionItem.class::isInstance)
				.map(item -> ((ActionContributionItem) item).getAction())
				.filter(candidate -> text.equals(candidate.getText())).findFirst()
				.orElseThrow(() -> new AssertionError(view.getTitle() + " has no action " + text));
		assertTrue(action.isEnabled(), text + " can be chosen");
		action.runWithEvent(new Event());
		processEvents();
	}

	private static void select(GanttComposite chart, EObject element) {
		chart.select(List.of(element));
		chart.getTable().notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	private static ToolItem toolItem(GanttComposite chart, String text) {
		return Arrays.stream(chart.getEditToolBar().getItems()).filter(item -> text.equals(item.getText()))
				.findFirst().orElseThrow(() -> new AssertionError("no tool item " + text));
	}

	private static FunctionalArea legal(AdvocacyRepository repository) {
		Optional<FunctionalArea> found = repository.getOrganization().getAreas().stream()
				.filter(area -> area.getKind() == AreaKind.LEGAL).findFirst();
		return found.orElseThrow(() -> new AssertionError("the new repository has a legal area"));
	}

	private static Text textAfter(Composite root, String label) {
		return (Text) controlAfter(root, label);
	}

	/** @return the control a label introduces: the next sibling of the label with that text */
	private static Control controlAfter(Composite root, String label) {
		Label found = Widgets.findAll(root, Label.class).stream().filter(candidate -> label.equals(candidate.getText()))
				.findFirst().orElseThrow(() -> new AssertionError("no label " + label));
		List<Control> siblings = Arrays.asList(found.getParent().getChildren());
		return siblings.get(siblings.indexOf(found) + 1);
	}

	private static void setText(Text text, String value) {
		text.setText(value);
		text.notifyListeners(SWT.Modify, new Event());
		processEvents();
	}

	private static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.DisplayEvents.waitUntil;
import static org.advocacy.tests.harness.ui.Widgets.button;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.command;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.advocacy.core.imports.CustomerColumn;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.ProductLine;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Urgency;
import org.advocacy.tests.harness.ui.Keys;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.organization.internal.CsvFilePage;
import org.advocacy.ui.organization.internal.CsvImportWizard;
import org.advocacy.ui.organization.internal.CustomersPage;
import org.advocacy.ui.organization.internal.ReferenceListPage;
import org.advocacy.ui.organization.internal.SegmentsPage;
import org.advocacy.ui.organization.internal.ServiceTargetRow;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The reference data editor and the customers import, driven through their real widgets in the workbench. */
@ExtendWith(OpenSample.class)
class ReferenceDataEditorTest {

	@TempDir
	Path folder;

	@Test
	void openReferenceDataShowsFivePagesAndASegmentsServiceTargetIsOneUndoableCommand() throws Exception {
		command("org.advocacy.ui.organization.openReferenceData");
		ReferenceDataEditor editor = (ReferenceDataEditor) page().getActiveEditor();
		assertNotNull(editor, "Open Reference Data opened the editor");
		for (String page : List.of(SegmentsPage.ID, CustomersPage.ID, "reasons", "businessUnits", "productLines")) {
			assertNotNull(editor.findPage(page), page);
		}
		SegmentsPage segments = (SegmentsPage) editor.getActivePageInstance();
		AdvocacyRepository repository = session().getRepository();
		assertEquals(repository.getSegments().size(), segments.getSegments().getTable().getItemCount());

		CustomerSegment segment = repository.getSegments().get(0);
		segments.getSegments().setSelection(new StructuredSelection(segment), true);
		processEvents();
		ServiceTargetRow urgent = segments.getTarget(Urgency.URGENT_24X7);
		urgent.getCadence().setSelection(45);
		urgent.getCadence().notifyListeners(SWT.Modify, new Event());
		waitUntil("the cadence is committed once typing pauses", () -> target(segment) != null
				&& target(segment).getUpdateCadenceMinutes() == 45);

		CommandStack stack = session().getEditingDomain().getCommandStack();
		assertTrue(stack.getUndoCommand().getLabel().startsWith("Set service target of segment " + segment.getName()),
				stack.getUndoCommand().getLabel());
		assertTrue(editor.isDirty());
		command("org.eclipse.ui.edit.undo");
		assertFalse(stack.canUndo(), "one undo reverts the change");
		processEvents();
		assertEquals(target(segment) == null ? urgent.getCadence().getSelection()
				: target(segment).getUpdateCadenceMinutes(), urgent.getCadence().getSelection(),
				"the field shows the target again");
		assertFalse(session().isDirty());

		command("org.advocacy.ui.organization.openReferenceData");
		assertEquals(1, page().getEditorReferences().length, "opening again activates the same editor");
	}

	@Test
	void ctrlAltROpensTheReferenceDataAndNothingElse() throws Exception {
		Keys.assertBoundAlone("M1+M3+R", "org.advocacy.ui.organization.openReferenceData");
	}

	@Test
	void aTargetTypedJustBeforeSelectingAnotherSegmentGoesToTheSegmentItWasTypedFor() throws Exception {
		ReferenceDataEditor editor = ReferenceDataEditor.open(page(), session(), null);
		SegmentsPage segments = (SegmentsPage) editor.getActivePageInstance();
		CustomerSegment first = session().getRepository().getSegments().get(0);
		CustomerSegment second = session().getRepository().getSegments().get(1);
		List<ServiceTarget> secondsTargets = List.copyOf(EcoreUtil.copyAll(second.getTargets()));
		segments.getSegments().setSelection(new StructuredSelection(first), true);
		processEvents();
		ServiceTargetRow urgent = segments.getTarget(Urgency.URGENT_24X7);

		urgent.getCadence().setSelection(50);
		urgent.getCadence().notifyListeners(SWT.Modify, new Event());
		segments.getSegments().setSelection(new StructuredSelection(second), true);
		processEvents();

		assertEquals(50, target(first).getUpdateCadenceMinutes(), "the change went to the segment it was typed for");
		assertTrue(EcoreUtil.equals(secondsTargets, second.getTargets()), "the other segment is unchanged");
		assertEquals(target(second) == null ? urgent.getCadence().getSelection()
				: target(second).getUpdateCadenceMinutes(), urgent.getCadence().getSelection());
	}

	@Test
	void removingASegmentACustomerIsInIsRefusedNamingTheCustomerAndAnUnusedReasonIsRemoved() throws Exception {
		ReferenceDataEditor editor = ReferenceDataEditor.open(page(), session(), null);
		SegmentsPage segments = (SegmentsPage) editor.getActivePageInstance();
		Customer customer = session().getRepository().getCustomers().get(0);
		CustomerSegment used = customer.getSegment();
		segments.getSegments().setSelection(new StructuredSelection(used), true);
		processEvents();

		String refusal = pressAndReadMessage(segments.getSegments().getControl().getParent().getParent(),
				"Remove Segment");

		assertTrue(refusal.contains(customer.getName()), refusal);
		assertTrue(session().getRepository().getSegments().contains(used), "the segment is still there");
		assertFalse(session().getEditingDomain().getCommandStack().canUndo(), "nothing was executed");

		editor.setActivePage("reasons");
		ReferenceListPage reasons = (ReferenceListPage) editor.getActivePageInstance();
		List<EngagementReason> before = List.copyOf(session().getRepository().getReasons());
		press(reasons.getTable().getControl().getParent().getParent(), "Add Reason");
		assertEquals(before.size() + 1, session().getRepository().getReasons().size());
		EngagementReason added = session().getRepository().getReasons().get(before.size());
		assertEquals("New reason", added.getName());
		reasons.getTable().setSelection(new StructuredSelection(added), true);
		press(reasons.getTable().getControl().getParent().getParent(), "Remove Reason");
		assertEquals(before, session().getRepository().getReasons(), "a reason nothing names is removed");
		command("org.eclipse.ui.edit.undo");
		assertTrue(session().getRepository().getReasons().contains(added), "undo brings it back");
	}

	@Test
	void aCustomerAddedByHandGetsAContactAndProductLinesEachUndoable() throws Exception {
		ReferenceDataEditor editor = ReferenceDataEditor.open(page(), session(), null);
		editor.setActivePage(CustomersPage.ID);
		CustomersPage customers = (CustomersPage) editor.getActivePageInstance();
		AdvocacyRepository repository = session().getRepository();
		int count = repository.getCustomers().size();

		press(customers.getCustomers().getControl().getParent().getParent(), "Add Customer");
		assertEquals(count + 1, repository.getCustomers().size());
		Customer added = repository.getCustomers().get(count);
		customers.getCustomers().setSelection(new StructuredSelection(added), true);
		processEvents();
		customers.getContacts().addRow();
		assertEquals(1, added.getContacts().size(), "a contact for the selected customer");
		ProductLine line = repository.getProductLines().get(0);
		customers.getProductLines().setChecked(line, true);
		customers.getProductLines().getTable().notifyListeners(SWT.Selection, checked(customers, line));
		processEvents();

		assertEquals(List.of(line), added.getProductLines());
		command("org.eclipse.ui.edit.undo");
		assertEquals(List.of(), added.getProductLines(), "undo unticks the product line");
		assertFalse(customers.getProductLines().getChecked(line), "and the check box follows");
		command("org.eclipse.ui.edit.undo");
		command("org.eclipse.ui.edit.undo");
		assertEquals(count, repository.getCustomers().size(), "three undos remove the customer again");
	}

	@Test
	void aCleanCustomersCsvImportsAsOneUndoableCommandAndABadOneReportsLineAndColumn() throws Exception {
		AdvocacyRepository repository = session().getRepository();
		AdvocacyRepository before = EcoreUtil.copy(repository);
		CustomerSegment segment = repository.getSegments().get(0);
		Path bad = folder.resolve("bad.csv");
		Files.writeString(bad, CustomerColumn.headerLine() + "\nFabrikam,No such segment,,,,,,,,,,,,,\n");
		Path clean = folder.resolve("customers.csv");
		Files.writeString(clean, CustomerColumn.headerLine() + "\nFabrikam," + segment.getName()
				+ ",,,,2020-05-01,,yes,Lea Voss,CTO,management,lea.voss@fabrikam.example,,+49 171 555 0101,yes\n");
		ReferenceDataEditor editor = ReferenceDataEditor.open(page(), session(), null);
		editor.setActivePage(CustomersPage.ID);
		CustomersPage customers = (CustomersPage) editor.getActivePageInstance();

		WizardDialog dialog = ImportWizards.open(CsvImportWizard.customers(session()));
		CsvFilePage filePage = ((CsvImportWizard) dialog.getCurrentPage().getWizard()).getFilePage();
		ImportWizards.check(filePage, bad);
		assertEquals(1, filePage.getProblems().getTable().getItemCount());
		assertEquals("2", filePage.getProblems().getTable().getItem(0).getText(0), "line 2");
		assertEquals("2 (segment)", filePage.getProblems().getTable().getItem(0).getText(1), "column 2");
		assertFalse(button(dialog.getShell(), "Finish").isEnabled(), "nothing can be imported");

		ImportWizards.check(filePage, clean);
		assertEquals(0, filePage.getProblems().getTable().getItemCount());
		press(dialog.getShell(), "Finish");

		Customer fabrikam = repository.getCustomers().get(repository.getCustomers().size() - 1);
		assertEquals("Fabrikam", fabrikam.getName());
		assertEquals(LocalDate.of(2020, 5, 1), fabrikam.getCustomerSince());
		assertTrue(fabrikam.getContacts().get(0).getContactPoints().get(0).isAvailable24x7());
		assertTrue(rows(customers).contains("Fabrikam"), "the Customers page shows it: " + rows(customers));
		CommandStack stack = session().getEditingDomain().getCommandStack();
		assertEquals("Import customers from customers.csv", stack.getUndoCommand().getLabel());
		command("org.eclipse.ui.edit.undo");
		assertTrue(EcoreUtil.equals(before, repository), "one undo reverts the whole import");
		assertFalse(rows(customers).contains("Fabrikam"));
	}

	private static ServiceTarget target(CustomerSegment segment) {
		return segment.getTargets().stream().filter(target -> target.getUrgency() == Urgency.URGENT_24X7).findFirst()
				.orElse(null);
	}

	private static Event checked(CustomersPage customers, ProductLine line) {
		Event event = new Event();
		event.detail = SWT.CHECK;
		event.item = customers.getProductLines().getTable().getItem(
				session().getRepository().getProductLines().indexOf(line));
		return event;
	}

	private static String rows(CustomersPage customers) {
		return Arrays.stream(customers.getCustomers().getTable().getItems()).map(item -> item.getText(0))
				.collect(Collectors.joining(", "));
	}


	private static void press(Control root, String text) {
		button(root, text).notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** Presses a button that opens a message box, and returns the box's text once it is closed. */
	private static String pressAndReadMessage(Control root, String text) {
		Display display = root.getDisplay();
		Shell workbench = page().getWorkbenchWindow().getShell();
		StringBuilder message = new StringBuilder();
		Runnable[] closer = new Runnable[1];
		closer[0] = () -> {
			Shell active = display.getActiveShell();
			Shell box = active != null && active != workbench ? active
					: Arrays.stream(display.getShells()).filter(shell -> shell != workbench
							&& shell.isVisible() && text.equals(shell.getText())).findFirst().orElse(null);
			if (box == null) {
				display.timerExec(50, closer[0]);
				return;
			}
			Widgets.findAll(box, Label.class).forEach(label -> message.append(label.getText()).append('\n'));
			box.close();
		};
		display.timerExec(50, closer[0]);
		press(root, text);
		return message.toString();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.command;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.open;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.advocacy.model.Criterion;
import org.advocacy.model.Engagement;
import org.advocacy.model.Urgency;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.editor.EngagementEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Editing in the Properties view through its real cell editors: one undoable command on the file's stack. */
@ExtendWith(OpenSample.class)
class PropertiesViewEditingTest {

	@Test
	void editingTextInThePropertiesViewChangesTheModelAndEditUndoRestoresIt() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().get(0);
		String before = engagement.getTitle();
		EngagementEditor editor = open(engagement);
		Tree properties = showProperties(engagement);

		Text cell = (Text) activateCellEditor(properties, "Title");
		assertEquals(before, cell.getText(), "the cell editor starts with the value");
		cell.setText("Payroll runs fail at month end");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();

		assertEquals("Payroll runs fail at month end", engagement.getTitle());
		assertEquals("Payroll runs fail at month end", row(properties, "Title").getText(1), "the row shows it");
		assertTrue(editor.isDirty(), "the edit is a command on the file's stack");

		page().activate(editor);
		command("org.eclipse.ui.edit.undo");
		assertEquals(before, engagement.getTitle(), "Edit > Undo in the editor undoes the Properties edit");
		assertFalse(editor.isDirty());
		command("org.eclipse.ui.edit.redo");
		assertEquals("Payroll runs fail at month end", engagement.getTitle());
	}

	@Test
	void anEnumerationIsChosenFromItsLiteralsAndUndone() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().get(0);
		Urgency before = engagement.getUrgency();
		Urgency other = Urgency.VALUES.stream().filter(urgency -> urgency != before).findFirst().orElseThrow();
		EngagementEditor editor = open(engagement);
		Tree properties = showProperties(engagement);

		CCombo cell = (CCombo) activateCellEditor(properties, "Urgency");
		List<String> offered = Arrays.asList(cell.getItems());
		assertEquals(Urgency.VALUES.stream().map(Urgency::getLiteral).toList(), offered, "every literal, by name");
		cell.select(offered.indexOf(other.getLiteral()));
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		assertEquals(other, engagement.getUrgency());

		page().activate(editor);
		command("org.eclipse.ui.edit.undo");
		assertEquals(before, engagement.getUrgency());
	}

	@Test
	void anInstantThatDoesNotParseIsRefusedWithAPlainMessageAndChangesNothing() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> !e.getDisengagementCriteria().isEmpty()).findFirst().orElseThrow();
		Criterion criterion = engagement.getDisengagementCriteria().get(0);
		Instant before = criterion.getMetAt();
		open(engagement);
		Tree properties = showProperties(criterion);

		Text cell = (Text) activateCellEditor(properties, "Met At");
		cell.setText("next Tuesday");
		cell.notifyListeners(SWT.Modify, new Event());
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		assertEquals(before, criterion.getMetAt(), "nothing changes");

		DataTypeText text = new DataTypeText(org.advocacy.model.AdvocacyPackage.Literals.INSTANT,
				java.time.ZoneId.of("Europe/Berlin"));
		String problem = text.problem("next Tuesday");
		assertNotNull(problem);
		assertTrue(problem.contains("\u201Cnext Tuesday\u201D is not a date and time: enter it like 2026-11-22 14:30"),
				problem);
		assertEquals(Instant.parse("2026-11-22T13:30:00Z"), text.parse("2026-11-22 14:30"));
		assertEquals("2026-11-22 14:30", text.format(Instant.parse("2026-11-22T13:30:00Z")));
		assertNotEquals(null, new DataTypeText(org.eclipse.emf.ecore.EcorePackage.Literals.EINT,
				java.time.ZoneId.of("UTC")).problem("forty-two"));
	}

	private static Tree showProperties(Object selected) throws Exception {
		PropertySheet sheet = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET);
		processEvents();
		sheet.selectionChanged(page().getActiveEditor(), new StructuredSelection(selected));
		processEvents();
		return (Tree) ((PropertySheetPage) sheet.getCurrentPage()).getControl();
	}

	private static TreeItem row(Tree properties, String name) {
		return Arrays.stream(properties.getItems()).filter(item -> item.getText(0).equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no property " + name));
	}

	/** Selects the property's row and presses Enter on it, which opens its cell editor. */
	private static Control activateCellEditor(Tree properties, String name) {
		TreeItem item = row(properties, name);
		properties.setSelection(item);
		Event enter = new Event();
		enter.item = item;
		properties.notifyListeners(SWT.DefaultSelection, enter);
		processEvents();
		return Arrays.stream(properties.getChildren()).filter(Control::isVisible).findFirst()
				.orElseThrow(() -> new AssertionError("no cell editor for " + name));
	}
}

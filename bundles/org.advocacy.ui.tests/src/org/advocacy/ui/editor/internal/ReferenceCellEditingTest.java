// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.ACTION_ITEM__OWNER;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.editor.internal.EditorPageFixture.undo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.advocacy.model.ActionItem;
import org.advocacy.model.Engagement;
import org.advocacy.model.Person;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.emf.ValueText;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Single references in the editor's tables are chosen from a drop-down in the cell, as one undoable command. */
@ExtendWith(OpenSample.class)
class ReferenceCellEditingTest {

	private static final int OWNER_COLUMN = 1;

	@Test
	void anActionItemGetsAnotherOwnerFromTheDropDownAndUndoRestoresTheFormerOne() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getSituationSummary() != null && e.getSituationSummary().getActionItems().stream()
						.anyMatch(item -> item.getOwner() != null))
				.findFirst().orElseThrow();
		ActionItem item = engagement.getSituationSummary().getActionItems().stream()
				.filter(candidate -> candidate.getOwner() != null).findFirst().orElseThrow();
		Person before = item.getOwner();
		SituationSummaryPage page = EditorPageFixture.openOn(engagement, SituationSummaryPage.ID,
				SituationSummaryPage.class);
		TableViewer viewer = page.getActionPlan().getViewer();
		ValueText text = new ValueText(session().getAdapterFactory(), ZoneId.systemDefault());

		viewer.editElement(item, OWNER_COLUMN);
		processEvents();
		CCombo combo = cellEditor(viewer);
		List<String> offered = Arrays.asList(combo.getItems());
		assertEquals(!ACTION_ITEM__OWNER.isRequired(), offered.get(0).equals("(none)"),
				"(none) is offered first exactly when an owner is optional: " + offered);
		assertTrue(offered.contains(text.of(before)), "the current owner is offered: " + offered);
		String chosen = offered.stream().filter(name -> !name.equals("(none)") && !name.equals(text.of(before)))
				.findFirst().orElseThrow();
		combo.select(offered.indexOf(chosen));
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();

		Person after = item.getOwner();
		assertNotNull(after);
		assertNotSame(before, after, "another owner");
		assertEquals(chosen, text.of(after), "the person chosen");
		assertEquals(chosen, ((TableItem) viewer.testFindItem(item)).getText(OWNER_COLUMN), "the cell shows it");

		undo();
		assertSame(before, item.getOwner(), "Edit > Undo restores the former owner");
	}

	private static CCombo cellEditor(TableViewer viewer) {
		for (Control child : viewer.getTable().getChildren()) {
			if (child instanceof CCombo combo && combo.isVisible()) {
				return combo;
			}
		}
		throw new AssertionError("the owner cell opens a drop-down");
	}
}

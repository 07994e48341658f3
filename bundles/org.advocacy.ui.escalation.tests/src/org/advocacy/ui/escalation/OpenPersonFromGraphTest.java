// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.layout.GraphElementKind;
import org.advocacy.layout.GraphNode;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.organization.OrganizationEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 6: double-clicking a person in the Escalation Graph opens the organization editor on that person. */
@ExtendWith(OpenSample.class)
class OpenPersonFromGraphTest {

	private EscalationGraphView view;

	@BeforeEach
	void showTheGraph() throws Exception {
		view = (EscalationGraphView) page().showView(EscalationGraphView.ID);
		view.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		processEvents();
	}

	@AfterEach
	void hideTheGraph() {
		page().hideView(view);
		processEvents();
	}

	@Test
	void doubleClickingAPersonOpensTheOrganizationEditorOnThatPerson() {
		List<GraphNode> people = view.getCanvas().getScene().layout().nodes().stream()
				.filter(node -> node.kind() == GraphElementKind.RUNG && node.person() != null).toList();
		GraphNode first = people.get(0);
		GraphNode other = people.stream().filter(node -> node.person() != first.person()).findFirst().orElseThrow();

		doubleClick(first);

		OrganizationEditor editor = assertInstanceOf(OrganizationEditor.class, page().getActiveEditor(),
				"the organization editor opened");
		assertSame(first.person(), selected(editor), "with the person selected (on the People page)");

		page().activate(view);
		doubleClick(other);

		assertSame(editor, page().getActiveEditor(), "the same editor, activated");
		assertEquals(1, page().getEditorReferences().length);
		assertSame(other.person(), selected(editor));
		assertNotEquals(first.person(), selected(editor));
	}

	private static Object selected(OrganizationEditor editor) {
		return ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
	}

	private void doubleClick(GraphNode node) {
		GraphCanvas canvas = view.getCanvas();
		Point centre = canvas.centreOf(node);
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp, SWT.MouseDoubleClick }) {
			Event event = new Event();
			event.x = centre.x;
			event.y = centre.y;
			event.button = 1;
			canvas.notifyListeners(type, event);
		}
		processEvents();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import static org.advocacy.app.ProductFixture.stackBounds;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.CustomerAdvocacyPerspective;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.views.EngagementsView;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After Window &gt; Reset Perspective the Customer Advocacy perspective gives the editor the largest area: the
 * Engagements list above it, the details column (Properties, Escalation Graph, Get-Well Plan, Outline) narrower
 * on its right, Problems in a folder of its own below the Outline.
 */
@ExtendWith(OpenSample.class)
class CustomerAdvocacyLayoutTest {

	private static final String ESCALATION_GRAPH = "org.advocacy.ui.escalation.graph";
	private static final String GET_WELL_PLAN = "org.advocacy.ui.plan.views.getWellPlan";

	private IEditorPart editor;

	@BeforeEach
	void resetPerspectiveWithAnEditorOpen() throws Exception {
		IWorkbenchPage page = page();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(CustomerAdvocacyPerspective.ID));
		page.resetPerspective();
		processEvents();
		Engagement engagement = session().getRepository().getEngagements().get(1);
		editor = page.openEditor(EngagementEditorInput.of(session(), engagement), EngagementEditor.ID);
		processEvents();
	}

	@Test
	void theEditorIsTheLargestAreaAndWiderThanTheDetailsColumn() {
		Rectangle editorBounds = stackBounds(editor);
		Rectangle engagements = stackBounds(view(EngagementsView.ID));
		Rectangle properties = stackBounds(view(IPageLayout.ID_PROP_SHEET));
		Rectangle outline = stackBounds(view(IPageLayout.ID_OUTLINE));

		assertTrue(editorBounds.width > properties.width,
				"editor " + editorBounds + " is wider than the details folder " + properties);
		long editorArea = (long) editorBounds.width * editorBounds.height;
		for (Rectangle other : new Rectangle[] { engagements, properties, outline }) {
			assertTrue(editorArea > (long) other.width * other.height,
					"the editor " + editorBounds + " is larger than " + other);
		}
		assertTrue(engagements.y + engagements.height <= editorBounds.y, "the Engagements list is above the editor");
		assertTrue(properties.x >= editorBounds.x + editorBounds.width, "the details folder is right of the editor");
		assertTrue(outline.y >= properties.y + properties.height, "the Outline is below the details folder");
	}

	@Test
	void everyViewOfThePerspectiveIsThereWithTheDetailsViewsStackedWithProperties() throws Exception {
		IWorkbenchPage page = page();
		for (String id : new String[] { EngagementsView.ID, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROBLEM_VIEW, ESCALATION_GRAPH, GET_WELL_PLAN }) {
			assertNotNull(page.findViewReference(id), id + " is part of the perspective");
		}
		Rectangle properties = stackBounds(view(IPageLayout.ID_PROP_SHEET));
		assertEquals(properties, stackBounds(page.showView(ESCALATION_GRAPH)), "the graph is stacked with Properties");
		assertEquals(properties, stackBounds(page.showView(GET_WELL_PLAN)), "the plan is stacked with Properties");
		Rectangle outline = stackBounds(view(IPageLayout.ID_OUTLINE));
		assertFalse(outline.intersects(properties), "the Outline has a folder of its own");
	}

	@Test
	void problemsHasAFolderBelowTheOutlineNotBehindIt() throws Exception {
		Rectangle problems = stackBounds(page().showView(IPageLayout.ID_PROBLEM_VIEW));
		Rectangle editorBounds = stackBounds(editor);
		Rectangle outline = stackBounds(view(IPageLayout.ID_OUTLINE));

		assertFalse(problems.intersects(outline), "Problems is not stacked with the Outline");
		assertTrue(problems.y >= outline.y + outline.height, "Problems is below the Outline");
		assertTrue(problems.x >= editorBounds.x + editorBounds.width, "Problems leaves the editor its full height");
	}

	private static IViewPart view(String id) {
		IViewPart view = page().findView(id);
		assertNotNull(view, id + " is shown");
		return view;
	}
}

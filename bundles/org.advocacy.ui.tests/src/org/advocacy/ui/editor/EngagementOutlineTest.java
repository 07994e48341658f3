// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.open;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Criterion;
import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.editor.internal.OverviewPage;
import org.advocacy.ui.editor.internal.SituationSummaryPage;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The engagement editor's Outline: the engagement's structure, and selecting a node shows it in the editor. */
@ExtendWith(OpenSample.class)
class EngagementOutlineTest {

	@Test
	void theOutlineShowsTheStructureAndSelectingANodeSwitchesToThePageShowingIt() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getSituationSummary() != null && e.getSituationSummary().getChronology().size() > 1
						&& !e.getDisengagementCriteria().isEmpty())
				.findFirst().orElseThrow();
		EngagementEditor editor = open(engagement);
		ContentOutline view = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		processEvents();
		EngagementOutlinePage outline = (EngagementOutlinePage) view.getCurrentPage();
		assertSame(editor.getAdapter(IContentOutlinePage.class), outline, "the editor's own outline page");
		TreeViewer tree = outline.getViewer();

		TreeItem root = tree.getTree().getItem(0);
		assertSame(engagement, root.getData());
		List<Object> children = Arrays.stream(root.getItems()).map(TreeItem::getData).toList();
		assertTrue(children.contains(engagement.getSituationSummary()), "the summary is a node: " + children);
		assertTrue(children.containsAll(engagement.getDisengagementCriteria()), "so are the criteria");

		ChronologyEvent event = engagement.getSituationSummary().getChronology().get(1);
		tree.setSelection(new StructuredSelection(event), true);
		processEvents();
		assertEquals(SituationSummaryPage.ID, editor.getActivePageInstance().getId(), "the summary page shows it");
		Table chronology = ((SituationSummaryPage) editor.findPage(SituationSummaryPage.ID)).getChronology()
				.getViewer().getTable();
		assertEquals(1, chronology.getSelectionCount());
		assertSame(event, chronology.getSelection()[0].getData(), "its row is selected");

		Criterion criterion = engagement.getDisengagementCriteria().get(0);
		tree.setSelection(new StructuredSelection(criterion), true);
		processEvents();
		assertEquals(OverviewPage.ID, editor.getActivePageInstance().getId(), "the criteria are on the overview");

		int shownBefore = editor.getActivePage();
		tree.setSelection(new StructuredSelection(engagement.getSituationSummary()), true);
		processEvents();
		assertEquals(SituationSummaryPage.ID, editor.getActivePageInstance().getId());
		assertTrue(editor.getActivePage() != shownBefore);
	}

	@Test
	void revealGoesToTheFieldOnItsPageAndGivesItTheFocus() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getSituationSummary() != null).findFirst().orElseThrow();
		EngagementEditor editor = open(engagement);
		editor.setActivePage(SituationSummaryPage.ID);
		processEvents();

		assertTrue(editor.reveal(engagement, org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CUSTOMER_WORDS));
		processEvents();
		assertEquals(OverviewPage.ID, editor.getActivePageInstance().getId());
		assertSame(((OverviewPage) editor.findPage(OverviewPage.ID)).getWordsText(),
				org.eclipse.swt.widgets.Display.getCurrent().getFocusControl(), "the field has the focus");
	}
}

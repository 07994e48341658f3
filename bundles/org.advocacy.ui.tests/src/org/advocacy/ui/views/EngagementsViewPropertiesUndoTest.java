// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import static org.advocacy.ui.WorkbenchFixture.openSample;
import static org.advocacy.ui.WorkbenchFixture.page;
import static org.advocacy.ui.WorkbenchFixture.processEvents;
import static org.advocacy.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Engagement;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties of an engagement selected in the Engagements view follow changes and their undo made elsewhere. */
class EngagementsViewPropertiesUndoTest {

	@TempDir
	Path folder;

	@Test
	void propertiesOfTheSelectedEngagementFollowAChangeAndItsUndo() throws Exception {
		openSample(folder);
		EngagementsView view = (EngagementsView) page().showView(EngagementsView.ID);
		PropertySheet sheet = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET, null,
				IWorkbenchPage.VIEW_VISIBLE);
		page().activate(view);
		processEvents();
		Engagement engagement = (Engagement) view.getViewer().getElementAt(0);
		view.getViewer().setSelection(new StructuredSelection(engagement), true);
		processEvents();
		String before = engagement.getTitle();
		CommandStack stack = session().getEditingDomain().getCommandStack();

		stack.execute(FeatureCommands.set(session().getEditingDomain(), engagement,
				AdvocacyPackage.Literals.ENGAGEMENT__TITLE, "Title changed in the editor"));
		processEvents();
		assertEquals("Title changed in the editor", title(sheet));

		stack.undo();
		processEvents();
		assertEquals(before, title(sheet), "the undo shows in Properties at once");
	}

	private static String title(PropertySheet sheet) {
		Tree properties = (Tree) sheet.getCurrentPage().getControl();
		return Arrays.stream(properties.getItems()).filter(item -> item.getText(0).equals("Title")).findFirst()
				.map(item -> item.getText(1)).orElseThrow(() -> new AssertionError("no property Title"));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui;

import org.advocacy.ui.views.EngagementsView;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Customer Advocacy" perspective: the Engagements view across the top, editors below it, Properties beside
 * the editors.
 */
public class CustomerAdvocacyPerspective implements IPerspectiveFactory {

	/** The perspective's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(EngagementsView.ID, IPageLayout.TOP, 0.55f, editorArea);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.6f, editorArea);
		layout.addShowViewShortcut(EngagementsView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addPerspectiveShortcut(ID);
	}
}

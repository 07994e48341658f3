// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui;

import org.advocacy.ui.views.EngagementsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Customer Advocacy" perspective: the Engagements view across the top, editors below it, and beside the
 * editors a folder with Properties and the views about the selected engagement that other bundles stack there.
 */
public class CustomerAdvocacyPerspective implements IPerspectiveFactory {

	/** The perspective's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.perspective";

	/**
	 * The folder beside the editors where other bundles stack their views about the selected engagement
	 * (perspectiveExtensions: relative to {@link IPageLayout#ID_PROP_SHEET}, relationship "stack").
	 */
	public static final String DETAILS_FOLDER = "org.advocacy.ui.perspective.details";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(EngagementsView.ID, IPageLayout.TOP, 0.45f, editorArea);
		// Views about the selected engagement (escalation graph, get-well plan, ...) stack here with Properties.
		IFolderLayout details = layout.createFolder(DETAILS_FOLDER, IPageLayout.RIGHT, 0.42f, editorArea);
		details.addView(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(EngagementsView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addPerspectiveShortcut(ID);
	}
}

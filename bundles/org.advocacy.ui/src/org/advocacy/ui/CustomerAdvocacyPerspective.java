// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui;

import org.advocacy.ui.views.EngagementsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Customer Advocacy" perspective, built around the engagement editor where an advocate spends the day: the
 * Engagements list across the full width at the top (a third of the height), the editor below it taking the
 * largest area and the full height that is left, and to its right a narrower column with the views about the
 * selected engagement (Properties, Escalation Graph, Get-Well Plan, stacked by their bundles) above the Outline.
 * Other bundles add views through perspectiveExtensions relative to {@link #DETAILS_FOLDER} or
 * {@link #OUTLINE_FOLDER} (the Problems view goes below the Outline).
 */
public class CustomerAdvocacyPerspective implements IPerspectiveFactory {

	/** The perspective's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.perspective";

	/**
	 * The folder beside the editors where other bundles stack their views about the selected engagement
	 * (perspectiveExtensions: relative to {@link IPageLayout#ID_PROP_SHEET}, relationship "stack").
	 */
	public static final String DETAILS_FOLDER = "org.advocacy.ui.perspective.details";

	/** The folder below {@link #DETAILS_FOLDER} with the Outline of the active editor. */
	public static final String OUTLINE_FOLDER = "org.advocacy.ui.perspective.outline";

	/** The share of the window's height the Engagements list takes above the editor. */
	static final float ENGAGEMENTS_HEIGHT = 0.33f;

	/** The share of the lower part's width the editor takes; the details column gets the rest. */
	static final float EDITOR_WIDTH = 0.62f;

	/** The share of the details column's height the details folder takes above the Outline. */
	static final float DETAILS_HEIGHT = 0.55f;

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(EngagementsView.ID, IPageLayout.TOP, ENGAGEMENTS_HEIGHT, editorArea);
		// Views about the selected engagement (escalation graph, get-well plan, ...) stack here with Properties.
		IFolderLayout details = layout.createFolder(DETAILS_FOLDER, IPageLayout.RIGHT, EDITOR_WIDTH, editorArea);
		details.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout outline = layout.createFolder(OUTLINE_FOLDER, IPageLayout.BOTTOM, DETAILS_HEIGHT,
				DETAILS_FOLDER);
		outline.addView(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(EngagementsView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addPerspectiveShortcut(ID);
	}
}

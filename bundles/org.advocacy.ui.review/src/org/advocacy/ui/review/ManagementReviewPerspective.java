// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review;

import org.advocacy.ui.review.internal.CommitmentsView;
import org.advocacy.ui.review.internal.OpenEngagementsBoardView;
import org.advocacy.ui.review.internal.ReviewAgendaView;
import org.advocacy.ui.review.internal.ReviewMetricsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Management Review" perspective, for the directors and vice presidents at the weekly internal review and the
 * advocates who prepare it: the open engagements board and the agenda on the left, the five metrics as charts on
 * the right, the root-cause commitments and Properties below.
 */
public class ManagementReviewPerspective implements IPerspectiveFactory {

	/** The perspective's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.review.perspective";

	/** The id of the Engagements view of org.advocacy.ui, which click-through selects in. */
	public static final String ENGAGEMENTS_VIEW = "org.advocacy.ui.views.engagements";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		IFolderLayout left = layout.createFolder("org.advocacy.ui.review.left", IPageLayout.LEFT, 0.4f, editorArea);
		left.addView(OpenEngagementsBoardView.ID);
		IFolderLayout agenda = layout.createFolder("org.advocacy.ui.review.leftBottom", IPageLayout.BOTTOM, 0.45f,
				"org.advocacy.ui.review.left");
		agenda.addView(ReviewAgendaView.ID);
		layout.addView(ReviewMetricsView.ID, IPageLayout.RIGHT, 0.32f, editorArea);
		IFolderLayout bottom = layout.createFolder("org.advocacy.ui.review.bottom", IPageLayout.BOTTOM, 0.75f,
				ReviewMetricsView.ID);
		bottom.addView(CommitmentsView.ID);
		bottom.addView(ENGAGEMENTS_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		for (String view : new String[] { OpenEngagementsBoardView.ID, ReviewAgendaView.ID, ReviewMetricsView.ID,
				CommitmentsView.ID, ENGAGEMENTS_VIEW, IPageLayout.ID_PROP_SHEET }) {
			layout.addShowViewShortcut(view);
		}
		layout.addPerspectiveShortcut(ID);
		layout.addPerspectiveShortcut("org.advocacy.ui.perspective");
	}
}

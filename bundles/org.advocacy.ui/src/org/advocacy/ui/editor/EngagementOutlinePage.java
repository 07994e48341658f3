// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.util.List;

import org.advocacy.ui.emf.ItemProviderContentProvider;
import org.advocacy.ui.emf.ItemProviderLabelProvider;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of an engagement editor: the engagement's structure (criteria, effort and expenses, escalations, the
 * Situation Summary with its sections, the get-well plan with its phases and tasks, communications) as the EMF.Edit
 * item providers present it, following every change of the model. Selecting a node shows it in the editor page that
 * has a field or a row for it, and in the Properties view.
 */
final class EngagementOutlinePage extends ContentOutlinePage {

	private final EngagementEditor editor;

	EngagementOutlinePage(EngagementEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ItemProviderContentProvider(editor.getSession().getAdapterFactory()));
		viewer.setLabelProvider(new ItemProviderLabelProvider(editor.getSession().getAdapterFactory()));
		viewer.setInput(List.of(editor.getEngagement()));
		viewer.expandToLevel(2);
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof EObject object) {
			editor.show(object);
		}
	}

	/** @return the outline's tree viewer, for tests */
	TreeViewer getViewer() {
		return getTreeViewer();
	}
}

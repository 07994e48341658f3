// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import org.advocacy.model.ReviewItem;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * Offers the Review Agenda's selection to the workbench. An item of the engine's agenda that is not a draft yet
 * lives outside the repository, so Properties must not edit it: it is offered as its engagement instead. Items of
 * the draft and of the last review's record are offered as they are, for Properties to edit with commands.
 */
final class AgendaSelection implements ISelectionProvider {

	private final StructuredViewer viewer;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

	AgendaSelection(StructuredViewer viewer) {
		this.viewer = viewer;
		viewer.addSelectionChangedListener(event -> {
			SelectionChangedEvent mapped = new SelectionChangedEvent(this, getSelection());
			listeners.forEach(listener -> listener.selectionChanged(mapped));
		});
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public IStructuredSelection getSelection() {
		return new StructuredSelection(viewer.getStructuredSelection().stream()
				.map(element -> element instanceof ReviewItem item && item.eResource() == null ? item.getEngagement()
						: element)
				.toList());
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection selection) {
		viewer.setSelection(selection, true);
	}
}

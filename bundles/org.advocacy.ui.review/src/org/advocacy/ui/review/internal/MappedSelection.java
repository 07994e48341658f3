// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.util.function.Function;

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
 * Offers a viewer's selection to the workbench as the model objects its rows stand for, so that Properties edits
 * those objects with commands: each selected element is mapped to what is offered for it. Setting the selection
 * from outside selects the given elements in the viewer.
 */
final class MappedSelection implements ISelectionProvider {

	private final StructuredViewer viewer;
	private final Function<Object, Object> offered;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

	/**
	 * @param viewer  the viewer whose selection is offered
	 * @param offered what is offered for a selected element
	 */
	MappedSelection(StructuredViewer viewer, Function<Object, Object> offered) {
		this.viewer = viewer;
		this.offered = offered;
		viewer.addSelectionChangedListener(event -> {
			SelectionChangedEvent mapped = new SelectionChangedEvent(this, getSelection());
			listeners.forEach(listener -> listener.selectionChanged(mapped));
		});
	}

	/**
	 * The Review Agenda's selection: an item of the engine's agenda that is not a draft yet lives outside the
	 * repository, so Properties must not edit it: it is offered as its engagement instead. Items of the draft and of
	 * the last review's record are offered as they are, for Properties to edit with commands.
	 *
	 * @param viewer the agenda tree
	 * @return the agenda's selection provider
	 */
	static MappedSelection agenda(StructuredViewer viewer) {
		return new MappedSelection(viewer,
				element -> element instanceof ReviewItem item && item.eResource() == null ? item.getEngagement()
						: element);
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public IStructuredSelection getSelection() {
		return new StructuredSelection(viewer.getStructuredSelection().stream().map(offered).toList());
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

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import org.advocacy.layout.GraphNode;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.emf.ecore.EObject;

/**
 * The graph's selection for the workbench: the model object of the selected node (a person or the customer), so the
 * Properties view shows it through the EMF.Edit property sources.
 */
final class GraphSelectionProvider implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	void setNode(GraphNode node) {
		EObject element = node == null ? null : node.element();
		ISelection newSelection = element == null ? StructuredSelection.EMPTY : new StructuredSelection(element);
		if (!newSelection.equals(selection)) {
			setSelection(newSelection);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection newSelection) {
		selection = newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import org.advocacy.layout.GraphNode;
import org.advocacy.ui.SelectionPublisher;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The graph's selection for the workbench: the model object of the selected node (a person or the customer), so the
 * Properties view shows it through the EMF.Edit property sources.
 */
final class GraphSelectionProvider extends SelectionPublisher {

	void setNode(GraphNode node) {
		EObject element = node == null ? null : node.element();
		ISelection newSelection = element == null ? StructuredSelection.EMPTY : new StructuredSelection(element);
		if (!newSelection.equals(getSelection())) {
			setSelection(newSelection);
		}
	}
}

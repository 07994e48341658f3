// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import org.advocacy.model.Customer;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Person;
import org.eclipse.emf.ecore.EObject;

/**
 * A laid-out node: a person on a ladder, an alternate, the advocate or the customer.
 *
 * @param id          stable identifier within one graph
 * @param kind        what the node stands for
 * @param person      the person, or {@code null} for the customer node
 * @param customer    the customer for {@link GraphElementKind#CUSTOMER}, else {@code null}
 * @param area        the area whose ladder the node belongs to, or {@code null}
 * @param level       the ladder level ({@link GraphElementKind#RUNG} and {@link GraphElementKind#ALTERNATE}), or
 *                    {@code null}
 * @param coveredFor  for an alternate, the person on the ladder who is away; else {@code null}
 * @param bounds      where the node is drawn
 */
public record GraphNode(String id, GraphElementKind kind, Person person, Customer customer, FunctionalArea area,
		EscalationLevel level, Person coveredFor, GraphBounds bounds) {

	/** @return the model object the node shows: the person, or the customer */
	public EObject element() {
		return customer != null ? customer : person;
	}

	/** @return this node at other bounds */
	public GraphNode at(GraphBounds newBounds) {
		return new GraphNode(id, kind, person, customer, area, level, coveredFor, newBounds);
	}
}

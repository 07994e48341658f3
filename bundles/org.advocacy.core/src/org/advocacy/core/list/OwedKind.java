// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.list;

/** What kind of thing a person owes, as their list names it. */
public enum OwedKind {
	/** A task of a get-well plan the person owns. */
	TASK("Task"),
	/** An action item of a situation summary the person owns. */
	ACTION_ITEM("Action item"),
	/** A root-cause commitment the person is accountable for. */
	COMMITMENT("Commitment"),
	/** A customer update the person drafted and has not sent yet. */
	UPDATE("Update");

	private final String label;

	OwedKind(String label) {
		this.label = label;
	}

	/** @return the word the list shows, e.g. "Action item" */
	public String label() {
		return label;
	}
}

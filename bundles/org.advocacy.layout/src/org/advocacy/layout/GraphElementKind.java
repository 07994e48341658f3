// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

/** What a node of the organizational escalation graph stands for. */
public enum GraphElementKind {

	/** A person on a rung of an area's who-to-call ladder. */
	RUNG,

	/** The alternate who takes the calls of a person on the ladder who is away. */
	ALTERNATE,

	/** The customer advocate running the selected engagement. */
	ADVOCATE,

	/** The customer of the selected engagement. */
	CUSTOMER
}

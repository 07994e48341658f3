// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

/** What an edge of the organizational escalation graph means. */
public enum EdgeKind {

	/** From one rung of a ladder to the next one up: no answer here escalates there. */
	ESCALATES_TO,

	/** From a person who is away to the alternate who covers for them. */
	COVERED_BY,

	/** From the customer to the advocate who speaks for them. */
	ADVOCATED_BY,

	/** From the advocate to an area engaged on the selected engagement (an escalation to that area). */
	ENGAGES
}

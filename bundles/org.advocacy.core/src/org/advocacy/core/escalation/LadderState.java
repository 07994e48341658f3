// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

/** Where an escalation stands on its area's who-to-call ladder. */
public enum LadderState {

	/** Someone was called and the timeout has not passed yet: wait for the answer. */
	AWAITING_RESPONSE,

	/** Nobody was called yet, or the last person did not answer (recorded, or the timeout passed): call the next level now. */
	DUE_NOW,

	/** Someone answered: the ladder is stopped. */
	RESPONDED,

	/** The top of the ladder (normally the vice president) did not answer: flagged for management attention. */
	EXHAUSTED,

	/** The engagement is closed (returned to standard procedures or declined): nothing is due. */
	CLOSED
}

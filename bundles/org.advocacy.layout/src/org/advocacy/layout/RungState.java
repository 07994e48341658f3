// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

/** The live state of one rung of a ladder on the selected engagement, as the graph colours it. */
public enum RungState {

	/** Nobody at this level has been called. */
	IDLE,

	/** The current level: nobody answered below, call this person now. */
	CALL_NOW,

	/** The current level: called, waiting for the answer before the timeout. */
	AWAITING,

	/** Called and answered: the ladder stopped here. */
	RESPONDED,

	/** Called, and "no answer" was recorded. */
	NO_ANSWER,

	/** Called, and the call was redirected to someone else. */
	REDIRECTED,

	/** Called, and the timeout passed without an answer. */
	TIMED_OUT
}

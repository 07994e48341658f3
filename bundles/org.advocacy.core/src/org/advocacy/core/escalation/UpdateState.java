// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

/** Whether the customer has heard from the advocate as often as the service target promises. */
public enum UpdateState {

	/** The next update is not due yet. */
	ON_TRACK,

	/** The next update was due and has not been sent. */
	OVERDUE,

	/** The engagement is closed (returned to standard procedures or declined): no updates are due. */
	CLOSED
}

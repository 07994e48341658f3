// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify;

/** A customer update that may not go out now: on hold, needing to sit first, or sent or discarded already. */
public final class DraftNotSendableException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message why, and what the advocate can do */
	public DraftNotSendableException(String message) {
		super(message);
	}
}

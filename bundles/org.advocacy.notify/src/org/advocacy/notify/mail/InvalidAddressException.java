// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

/** An e-mail address in the repository or the settings that cannot be used; the message says whose and why. */
public final class InvalidAddressException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message whose address is wrong and why, for the person who must fix it */
	public InvalidAddressException(String message) {
		super(message);
	}
}

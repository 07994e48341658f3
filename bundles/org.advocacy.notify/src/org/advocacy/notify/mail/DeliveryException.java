// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

/**
 * The mail server did not accept a message. Nothing was delivered, so nothing may be recorded as sent; the watcher
 * tries again later.
 */
public final class DeliveryException extends Exception {

	private static final long serialVersionUID = 1L;

	private final boolean temporary;

	/**
	 * @param message   what went wrong, naming the server or the recipient
	 * @param temporary whether trying again may help without changing anything (the server was unreachable or
	 *                  answered with a temporary failure)
	 * @param cause     the underlying error
	 */
	public DeliveryException(String message, boolean temporary, Throwable cause) {
		super(message, cause);
		this.temporary = temporary;
	}

	/** @return whether trying again may help without changing the settings or the repository */
	public boolean isTemporary() {
		return temporary;
	}
}

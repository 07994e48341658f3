// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

/** Notification settings that cannot be used; the message says what to fix. */
public final class InvalidSettingsException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what is missing or wrong, for the person who maintains the settings */
	public InvalidSettingsException(String message) {
		super(message);
	}
}

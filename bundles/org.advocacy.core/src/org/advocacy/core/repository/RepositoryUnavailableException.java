// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * The repository could not be reached or the connection broke: a server down or restarting, a network problem,
 * a file on a disconnected drive. When it broke during a write, {@link #outcome()} says whether the write took
 * place: a store finds out (e.g. by reconnecting and reading the version) before reporting, so that the user is
 * told whether their change is saved; a write is never half done.
 */
public class RepositoryUnavailableException extends RepositoryException {

	private static final long serialVersionUID = 1L;

	/** Whether an interrupted write took place. */
	public enum WriteOutcome {
		/** No write was under way. */
		NO_WRITE,
		/** The write did not take place; the previous version is stored. */
		NOT_WRITTEN,
		/** The write took place before the connection broke; the new version is stored. */
		WRITTEN,
		/** The store could not find out (still unreachable); the version stored is the old or the new, never a mix. */
		UNKNOWN
	}

	private final WriteOutcome outcome;

	/**
	 * @param message what could not be reached and why, and for a write what became of it
	 * @param outcome whether an interrupted write took place
	 * @param cause   the underlying failure
	 */
	public RepositoryUnavailableException(String message, WriteOutcome outcome, Throwable cause) {
		super(message, cause);
		this.outcome = outcome;
	}

	/** @return whether an interrupted write took place */
	public WriteOutcome outcome() {
		return outcome;
	}
}

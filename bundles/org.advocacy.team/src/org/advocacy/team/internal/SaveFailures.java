// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.sql.SQLException;

import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.ForbiddenException;
import org.advocacy.core.repository.IncompatibleRepositoryException;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryUnavailableException;
import org.advocacy.core.repository.RepositoryUnavailableException.WriteOutcome;
import org.advocacy.core.repository.ServerLocation;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns the server's refusals and failures into the repository API's exceptions, in words naming the repository
 * and the document. "Forbidden" (the save path's {@value SqlStates#FORBIDDEN}, or no privilege at all for a
 * read-only role) and "version conflict" ({@value SqlStates#VERSION_CONFLICT}, a result rather than an exception)
 * are never confused.
 */
public final class SaveFailures {

	private SaveFailures() {
	}

	/** @return whether the failure is the save path's version conflict */
	public static boolean isVersionConflict(SQLException failure) {
		return SqlStates.VERSION_CONFLICT.equals(SqlStates.of(failure));
	}

	/**
	 * @param location where the repository lives
	 * @param what     what was being done, e.g. "list the engagements"
	 * @param failure  what the server or driver said
	 * @return the exception to throw
	 */
	public static RepositoryException readFailure(ServerLocation location, String what, SQLException failure) {
		return translate(location, what, null, failure, WriteOutcome.NO_WRITE);
	}

	/**
	 * @param location where the repository lives
	 * @param what     what was being written, e.g. "save the engagement …"
	 * @param document the document
	 * @param failure  what the server or driver said
	 * @param outcome  for a lost connection, whether the write took place (found out by the caller)
	 * @return the exception to throw
	 */
	public static RepositoryException writeFailure(ServerLocation location, String what, DocumentId document,
			SQLException failure, WriteOutcome outcome) {
		return translate(location, what, document, failure, outcome);
	}

	private static RepositoryException translate(ServerLocation location, String what, DocumentId document,
			SQLException failure, WriteOutcome outcome) {
		String state = SqlStates.of(failure);
		String reason = serverMessage(failure);
		if (SqlStates.FORBIDDEN.equals(state) || SqlStates.INSUFFICIENT_PRIVILEGE.equals(state)) {
			return new ForbiddenException("Not allowed to " + what + " in " + location.display() + ": " + reason,
					document, failure);
		}
		if (SqlStates.SCHEMA_MISMATCH.equals(state)) {
			return new IncompatibleRepositoryException("Cannot " + what + " in " + location.display() + ": " + reason
					+ hint(failure));
		}
		if (SqlStates.isConnectionLost(failure)) {
			return new RepositoryUnavailableException("Lost the connection to " + location.display() + " while trying to "
					+ what + " (" + reason + ")" + outcomeText(outcome), outcome, failure);
		}
		return new RepositoryException("Cannot " + what + " in " + location.display() + ": " + reason, failure);
	}

	private static String outcomeText(WriteOutcome outcome) {
		return switch (outcome) {
		case NO_WRITE -> "";
		case NOT_WRITTEN -> ". Nothing was saved: the repository keeps the previous version.";
		case WRITTEN -> ". The change was saved before the connection broke.";
		case UNKNOWN -> ". Whether it was saved is not known yet: the repository holds either the previous or the "
				+ "new version, never a mix.";
		};
	}

	private static String serverMessage(SQLException failure) {
		if (failure instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
			ServerErrorMessage message = psql.getServerErrorMessage();
			return message.getMessage();
		}
		return failure.getMessage();
	}

	private static String hint(SQLException failure) {
		if (failure instanceof PSQLException psql && psql.getServerErrorMessage() != null
				&& psql.getServerErrorMessage().getHint() != null) {
			return " (" + psql.getServerErrorMessage().getHint() + ")";
		}
		return "";
	}
}

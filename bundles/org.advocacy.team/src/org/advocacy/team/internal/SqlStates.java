// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.sql.SQLException;

/** The SQLSTATEs the team repository's server functions raise, and the server's own that clients tell apart. */
public final class SqlStates {

	/** Someone else saved or deleted the document since the caller loaded it. */
	public static final String VERSION_CONFLICT = "AV409";
	/** The caller's role does not allow the write. */
	public static final String FORBIDDEN = "AV403";
	/** The client was written for another schema version. */
	public static final String SCHEMA_MISMATCH = "AV426";
	/** No team of that name. */
	public static final String UNKNOWN_TEAM = "AV404";
	/** PostgreSQL: no privilege (a read-only role calling a writing function, or writing a table directly). */
	public static final String INSUFFICIENT_PRIVILEGE = "42501";
	/** PostgreSQL: the server is shutting down or restarting and terminated the session. */
	public static final String ADMIN_SHUTDOWN = "57P01";
	/** PostgreSQL: a unique constraint was violated. */
	public static final String UNIQUE_VIOLATION = "23505";

	private SqlStates() {
	}

	/** @return the SQLSTATE of the failure or of the first of its causes that has one, or an empty text */
	public static String of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return "";
	}

	/**
	 * @param failure a failure of a JDBC call
	 * @return whether it means the connection is gone (class 08, a terminated session, a server shutting down)
	 *         rather than a refusal of what was asked
	 */
	public static boolean isConnectionLost(SQLException failure) {
		String state = of(failure);
		return state.startsWith("08") || state.startsWith("57P") || state.equals("53300");
	}
}

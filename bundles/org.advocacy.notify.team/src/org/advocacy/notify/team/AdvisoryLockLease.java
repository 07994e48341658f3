// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.team;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.advocacy.notify.watch.SendingLease;

/**
 * The sending lease of a team repository: a PostgreSQL session advisory lock ({@code pg_try_advisory_lock}) on a
 * connection of its own. Advisory locks are per database, so one watcher per team repository sends. The server frees
 * the lock when the session ends — the watcher stops, its process dies, or its connection is cut — so a standby
 * watcher takes over at its next pass. A holder checks its connection before every pass and gives the lease up when
 * it was lost, since the server may already have handed the lock to another watcher.
 */
final class AdvisoryLockLease implements SendingLease {

	/** The advisory lock's key: "AdvcWtch", distinct from the schema migration's. */
	static final long LOCK_KEY = 0x4164_7663_5774_6368L;

	private static final int VALIDATION_TIMEOUT_SECONDS = 5;

	private final DataSource dataSource;
	private final String repository;
	private Connection connection;

	/**
	 * @param dataSource where the lease's own connection comes from
	 * @param repository the repository in words, for {@link #describe()}
	 */
	AdvisoryLockLease(DataSource dataSource, String repository) {
		this.dataSource = dataSource;
		this.repository = repository;
	}

	@Override
	public synchronized boolean tryAcquire() throws IOException {
		if (isHeld()) {
			return true;
		}
		Connection candidate = null;
		try {
			candidate = dataSource.getConnection();
			try (Statement statement = candidate.createStatement();
					ResultSet locked = statement.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_KEY + ")")) {
				locked.next();
				if (locked.getBoolean(1)) {
					connection = candidate;
					return true;
				}
			}
			candidate.close();
			return false;
		} catch (SQLException e) {
			closeQuietly(candidate);
			throw new IOException("Cannot check the sending lease of " + repository + ": " + e.getMessage(), e);
		}
	}

	/** @return whether the lock is held: its session is still connected; a lost session loses the lease */
	@Override
	public synchronized boolean isHeld() {
		if (connection == null) {
			return false;
		}
		try {
			if (connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
				return true;
			}
		} catch (SQLException e) {
			// treated as lost, below
		}
		closeQuietly(connection);
		connection = null;
		return false;
	}

	@Override
	public String describe() {
		return "advisory lock " + LOCK_KEY + " in " + repository;
	}

	@Override
	public synchronized void close() throws IOException {
		if (connection == null) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
		} catch (SQLException e) {
			// The session is gone, and its lock with it.
		} finally {
			closeQuietly(connection);
			connection = null;
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		} catch (SQLException ignored) {
			// closing a broken connection
		}
	}
}

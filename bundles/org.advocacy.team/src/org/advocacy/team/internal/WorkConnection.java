// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

/**
 * The connection a team repository does its reads and saves on, one caller at a time. A connection the server
 * dropped (a restart, a network failure) is replaced by a new one on the next use: a connection that failed is
 * dropped at once, and one that sat idle for a while is checked before it is used, so that the first save after a
 * server restart goes to the restarted server instead of failing.
 */
public final class WorkConnection implements AutoCloseable {

	/** Work done on the connection. */
	@FunctionalInterface
	public interface Work<T> {

		/**
		 * @param connection the connection, in auto-commit mode
		 * @return the result
		 * @throws SQLException when the server refuses or the connection breaks
		 */
		T run(Connection connection) throws SQLException;
	}

	private static final long IDLE_CHECK_NANOS = 2_000_000_000L;
	private static final int VALIDATION_TIMEOUT_SECONDS = 5;

	private final DataSource dataSource;
	private final ReentrantLock lock = new ReentrantLock();
	private Connection connection;
	private long lastUsed = System.nanoTime();

	/**
	 * @param dataSource where new connections come from
	 * @param first      the connection to start with
	 */
	public WorkConnection(DataSource dataSource, Connection first) {
		this.dataSource = dataSource;
		this.connection = first;
	}

	/**
	 * Runs work on the connection, reconnecting first when the previous connection was lost.
	 *
	 * @param work what to do
	 * @return its result
	 * @throws SQLException as the work throws it; a lost connection is dropped so the next call reconnects
	 */
	public <T> T run(Work<T> work) throws SQLException {
		lock.lock();
		try {
			if (connection != null && System.nanoTime() - lastUsed > IDLE_CHECK_NANOS
					&& !connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
				drop();
			}
			if (connection == null || connection.isClosed()) {
				connection = dataSource.getConnection();
			}
			try {
				return work.run(connection);
			} catch (SQLException e) {
				if (SqlStates.isConnectionLost(e)) {
					drop();
				}
				throw e;
			} finally {
				lastUsed = System.nanoTime();
			}
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Runs work in one transaction: committed when it returns, rolled back when it throws.
	 *
	 * @param work what to do
	 * @return its result
	 * @throws SQLException as the work throws it; nothing of it is then committed
	 */
	public <T> T inTransaction(Work<T> work) throws SQLException {
		return run(connection -> {
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				quietly(connection::rollback);
				throw e;
			} finally {
				quietly(() -> connection.setAutoCommit(true));
			}
		});
	}

	/** An action on a connection that may fail because the connection is already broken. */
	@FunctionalInterface
	private interface ConnectionAction {
		void run() throws SQLException;
	}

	private static void quietly(ConnectionAction action) {
		try {
			action.run();
		} catch (SQLException brokenConnection) {
			// the original failure is what the caller hears of
		}
	}

	private void drop() {
		try {
			connection.close();
		} catch (SQLException ignored) {
			// the connection is gone already
		}
		connection = null;
	}

	@Override
	public void close() {
		lock.lock();
		try {
			if (connection != null) {
				drop();
			}
		} finally {
			lock.unlock();
		}
	}
}

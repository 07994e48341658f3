// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Follows a team repository's changes on a connection of its own. The server's notifications (ids only) are
 * hints that something changed; what changed is always read as the watermark delta ({@link ChangeLog}), after each
 * notification and at least every poll interval, so a lost notification loses nothing. The connection waits in
 * {@link PGConnection#getNotifications(int)}; when it breaks — a server restart shows as SQLSTATE 57P01 while
 * {@code isClosed()} still answers {@code false} — the feed reports it, reconnects with a growing back-off, listens
 * again and catches up from the last watermark it delivered.
 */
public final class ChangeFeed implements AutoCloseable {

	/** The channel the server's trigger notifies. */
	public static final String CHANNEL = "advocacy_changes";

	/** Receives what the feed finds; called on the feed's thread, one call at a time. */
	public interface Receiver {

		/** @param delta documents changed since the last delivered watermark (never empty) */
		void changed(ChangeLog.Delta delta);

		/**
		 * @param connected whether the feed is connected now
		 * @param detail    why, for a status line
		 */
		void connectionChanged(boolean connected, String detail);
	}

	private static final int WAIT_MILLIS = 250;
	private static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(10);

	private final DataSource dataSource;
	private final Receiver receiver;
	private final Duration pollInterval;
	private final Thread thread;
	private volatile boolean closed;
	private long watermark;

	/**
	 * Starts following the repository.
	 *
	 * @param dataSource   where to connect (a connection of its own is kept open)
	 * @param since        the watermark to catch up from
	 * @param pollInterval how often to read the delta without a notification
	 * @param receiver     who hears of changes and of the connection's state
	 */
	public ChangeFeed(DataSource dataSource, long since, Duration pollInterval, Receiver receiver) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.receiver = Objects.requireNonNull(receiver, "receiver");
		this.pollInterval = pollInterval;
		this.watermark = since;
		this.thread = new Thread(this::run, "Advocacy team repository change feed");
		thread.setDaemon(true);
		thread.start();
	}

	/** @return the watermark after the last delivered change */
	public synchronized long watermark() {
		return watermark;
	}

	/** Stops the feed and closes its connection; waits for the feed's thread to end. */
	@Override
	public void close() {
		closed = true;
		if (Thread.currentThread() != thread) {
			try {
				thread.join(Duration.ofSeconds(5));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void run() {
		Duration backOff = Duration.ofMillis(250);
		boolean wasConnected = false;
		while (!closed) {
			try (Connection connection = dataSource.getConnection()) {
				listen(connection);
				receiver.connectionChanged(true, wasConnected ? "reconnected; catching up" : "following changes");
				wasConnected = true;
				backOff = Duration.ofMillis(250);
				follow(connection);
			} catch (SQLException e) {
				if (closed) {
					break;
				}
				receiver.connectionChanged(false,
						describe(e) + "; reconnecting in " + backOff.toMillis() + " ms");
				sleep(backOff);
				backOff = backOff.multipliedBy(2).compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF
						: backOff.multipliedBy(2);
			} catch (RuntimeException e) {
				receiver.connectionChanged(false, "the change feed stopped: " + e);
				throw e;
			}
		}
	}

	private static void listen(Connection connection) throws SQLException {
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + CHANNEL);
		}
	}

	/** Catches up, then waits for notifications, reading the delta after each and at every poll interval. */
	private void follow(Connection connection) throws SQLException {
		PGConnection notifications = connection.unwrap(PGConnection.class);
		deliverDelta(connection);
		long nextPoll = System.nanoTime() + pollInterval.toNanos();
		while (!closed) {
			PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
			if (received == null) {
				throw new SQLException("the server ended the notification stream", SqlStates.ADMIN_SHUTDOWN);
			}
			if (received.length > 0 || System.nanoTime() - nextPoll >= 0) {
				deliverDelta(connection);
				nextPoll = System.nanoTime() + pollInterval.toNanos();
			}
		}
	}

	private void deliverDelta(Connection connection) throws SQLException {
		ChangeLog.Delta delta = ChangeLog.since(connection, watermark());
		synchronized (this) {
			watermark = delta.watermark();
		}
		if (!delta.changes().isEmpty() && !closed) {
			receiver.changed(delta);
		}
	}

	private static String describe(SQLException failure) {
		return SqlStates.ADMIN_SHUTDOWN.equals(SqlStates.of(failure)) ? "the server restarted or shut down"
				: "the connection was lost (" + failure.getMessage() + ")";
	}

	private void sleep(Duration duration) {
		long end = System.nanoTime() + duration.toNanos();
		while (!closed && System.nanoTime() < end) {
			try {
				Thread.sleep(Math.min(WAIT_MILLIS, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}

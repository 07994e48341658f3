// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.team;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.advocacy.notify.watch.StatusFile;
import org.advocacy.notify.watch.WatcherStatus;

/**
 * The watcher's status in a team repository: the row of {@code advocacy.watcher_status} (schema script
 * {@code 006_watcher.sql}), written only through the server's {@code advocacy.publish_watcher_status} and readable
 * by every member, in the text format of the status file ({@link StatusFile#format}).
 */
final class StatusTable {

	private final DataSource dataSource;
	private final String repository;

	/**
	 * @param dataSource where connections come from
	 * @param repository the repository in words, for messages
	 */
	StatusTable(DataSource dataSource, String repository) {
		this.dataSource = dataSource;
		this.repository = repository;
	}

	void publish(WatcherStatus status) throws IOException {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement publish = connection.prepareStatement("SELECT advocacy.publish_watcher_status(?)")) {
			publish.setString(1, StatusFile.format(status));
			publish.execute();
		} catch (SQLException e) {
			throw new IOException("Cannot publish the watcher's status in " + repository + ": " + e.getMessage(), e);
		}
	}

	Optional<WatcherStatus> read() throws IOException {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement query = connection.prepareStatement("SELECT status FROM advocacy.watcher_status");
				ResultSet row = query.executeQuery()) {
			return row.next() ? Optional.of(StatusFile.parse(row.getString(1), "The watcher status in " + repository))
					: Optional.empty();
		} catch (SQLException e) {
			throw new IOException("Cannot read the watcher's status in " + repository + ": " + e.getMessage(), e);
		}
	}
}

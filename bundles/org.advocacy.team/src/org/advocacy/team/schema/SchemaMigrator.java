// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a team repository's schema up to date with the numbered SQL scripts shipped in this bundle. Each script
 * runs in its own transaction under a transaction-level advisory lock, so two administrators migrating at once
 * apply every script exactly once; the {@code advocacy.schema_migration} table records version, name and
 * checksum of each. A script whose text changed after it was applied, or a schema newer than this client, stops
 * the migration with a {@link SchemaException} before anything is written.
 */
public final class SchemaMigrator {

	/** The scripts in the order they apply; a new script is appended here with the next number. */
	private static final List<String> SCRIPTS = List.of("001_roles_and_teams.sql", "002_documents_and_history.sql",
			"003_save_path.sql", "004_change_feed.sql", "005_administration.sql", "006_watcher.sql");

	/** Key of the advisory lock serializing migrations ("AdvcSchm"). */
	private static final long MIGRATION_LOCK = 0x4164_7663_5363_686DL;

	private static final String BOOTSTRAP = """
			CREATE SCHEMA IF NOT EXISTS advocacy;
			CREATE TABLE IF NOT EXISTS advocacy.schema_migration (
				version integer PRIMARY KEY,
				name text NOT NULL,
				checksum text NOT NULL,
				applied_at timestamptz NOT NULL DEFAULT now(),
				applied_by name NOT NULL DEFAULT session_user)""";

	private final List<Migration> migrations;

	/** A migrator for the scripts shipped with this bundle. */
	public SchemaMigrator() {
		this(loadShippedScripts());
	}

	/** @param migrations the scripts, in version order (tests pass modified lists) */
	SchemaMigrator(List<Migration> migrations) {
		this.migrations = List.copyOf(migrations);
	}

	/** @return the schema version this client is written for: the number of its last script */
	public static int clientVersion() {
		return SCRIPTS.size();
	}

	/** @return the shipped scripts, in version order */
	public List<Migration> migrations() {
		return migrations;
	}

	/**
	 * Applies every script not applied yet. The connection's user must be a superuser or the database's owner
	 * with CREATEROLE: the first script creates the group roles.
	 *
	 * @param admin a connection of the repository's administrator; its auto-commit mode is restored afterwards
	 * @return the scripts applied now, empty when the schema was already up to date
	 * @throws SchemaException when the schema is newer than this client or an applied script has changed
	 * @throws SQLException    when a script fails; its transaction is rolled back and the scripts before it stay
	 */
	public List<Migration> migrate(Connection admin) throws SchemaException, SQLException {
		boolean autoCommit = admin.getAutoCommit();
		admin.setAutoCommit(false);
		List<Migration> applied = new ArrayList<>();
		try {
			Migration next;
			while ((next = applyNext(admin)) != null) {
				applied.add(next);
			}
			return applied;
		} finally {
			admin.setAutoCommit(autoCommit);
		}
	}

	/**
	 * Reads the version a repository's schema is at, checking it against this client.
	 *
	 * @param connection any connection to the repository
	 * @return the applied schema version, 0 for a database without the team repository's schema
	 * @throws SQLException when the version cannot be read
	 */
	public static int appliedVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet exists = statement.executeQuery("SELECT to_regclass('advocacy.schema_migration') IS NOT NULL")) {
			exists.next();
			if (!exists.getBoolean(1)) {
				return 0;
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet version = statement.executeQuery(
						"SELECT coalesce(max(version), 0) FROM advocacy.schema_migration")) {
			version.next();
			return version.getInt(1);
		}
	}

	private Migration applyNext(Connection admin) throws SchemaException, SQLException {
		try {
			try (Statement statement = admin.createStatement()) {
				statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
				statement.execute(BOOTSTRAP);
			}
			List<Migration> recorded = recordedMigrations(admin);
			verify(recorded);
			Migration next = migrations.size() > recorded.size() ? migrations.get(recorded.size()) : null;
			if (next != null) {
				try (Statement statement = admin.createStatement()) {
					statement.execute(next.sql());
					statement.execute("RESET ROLE");
				}
				record(admin, next);
			}
			admin.commit();
			return next;
		} catch (SQLException | SchemaException | RuntimeException e) {
			admin.rollback();
			throw e;
		}
	}

	private void verify(List<Migration> recorded) throws SchemaException {
		for (Migration applied : recorded) {
			if (applied.version() > migrations.size()) {
				throw new SchemaException("The team repository's schema is at version " + recorded.size()
						+ ", newer than this client's version " + migrations.size()
						+ ": update the Advocacy Workbench before migrating or saving.");
			}
			Migration shipped = migrations.get(applied.version() - 1);
			if (!shipped.checksum().equals(applied.checksum())) {
				throw new SchemaException("The schema script " + applied.name() + " was applied with checksum "
						+ applied.checksum() + " but this client ships it with checksum " + shipped.checksum()
						+ ": an applied script must never change; add a new script instead.");
			}
		}
	}

	private static List<Migration> recordedMigrations(Connection admin) throws SQLException {
		List<Migration> recorded = new ArrayList<>();
		try (Statement statement = admin.createStatement(); ResultSet rows = statement
				.executeQuery("SELECT version, name, checksum FROM advocacy.schema_migration ORDER BY version")) {
			while (rows.next()) {
				recorded.add(new Migration(rows.getInt(1), rows.getString(2), null, rows.getString(3)));
			}
		}
		return recorded;
	}

	private static void record(Connection admin, Migration migration) throws SQLException {
		try (PreparedStatement insert = admin.prepareStatement(
				"INSERT INTO advocacy.schema_migration (version, name, checksum) VALUES (?, ?, ?)")) {
			insert.setInt(1, migration.version());
			insert.setString(2, migration.name());
			insert.setString(3, migration.checksum());
			insert.executeUpdate();
		}
	}

	private static List<Migration> loadShippedScripts() {
		List<Migration> loaded = new ArrayList<>();
		for (String script : SCRIPTS) {
			try {
				loaded.add(Migration.load(script));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return loaded;
	}
}

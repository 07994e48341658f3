// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class SchemaMigratorTest {

	@Test
	void migratedRepositoryIsAtTheClientsVersionAndMigratingAgainAppliesNothing(TestDatabase database)
			throws Exception {
		try (Connection admin = database.superuserConnection()) {
			assertEquals(SchemaMigrator.clientVersion(), SchemaMigrator.appliedVersion(admin));
			assertEquals(List.of(), new SchemaMigrator().migrate(admin));
			assertEquals(SchemaMigrator.clientVersion(), count(admin, "SELECT count(*) FROM advocacy.schema_migration"));
		}
	}

	@Test
	void twoAdministratorsMigratingAnEmptyDatabaseAtOnceApplyEveryScriptOnce(TestDatabase database)
			throws Exception {
		String fresh = database.name() + "_fresh";
		try (Connection admin = database.superuserConnection(); Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + fresh + " TEMPLATE template0");
		}
		Callable<List<Migration>> migrate = () -> {
			try (Connection admin = database.server().superuserConnection(fresh)) {
				return new SchemaMigrator().migrate(admin);
			}
		};
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<Migration>>> results = new ArrayList<>();
			results.add(executor.submit(migrate));
			results.add(executor.submit(migrate));
			int applied = results.get(0).get().size() + results.get(1).get().size();
			assertEquals(SchemaMigrator.clientVersion(), applied);
		} finally {
			executor.shutdownNow();
		}
		try (Connection admin = database.server().superuserConnection(fresh)) {
			assertEquals(SchemaMigrator.clientVersion(), count(admin, "SELECT count(*) FROM advocacy.schema_migration"));
		}
	}

	@Test
	void anAppliedScriptWhoseTextChangedStopsTheMigration(TestDatabase database) throws Exception {
		List<Migration> changed = new ArrayList<>(new SchemaMigrator().migrations());
		Migration second = changed.get(1);
		String edited = second.sql() + "\n-- edited after it was applied\n";
		changed.set(1, new Migration(second.version(), second.name(), edited, Migration.checksum(edited)));
		try (Connection admin = database.superuserConnection()) {
			SchemaException failure = assertThrows(SchemaException.class, () -> new SchemaMigrator(changed).migrate(admin));
			assertTrue(failure.getMessage().contains(second.name()), failure.getMessage());
			assertTrue(failure.getMessage().contains("must never change"), failure.getMessage());
		}
	}

	@Test
	void aSchemaNewerThanTheClientIsRefusedWithItsVersion(TestDatabase database) throws Exception {
		List<Migration> older = new SchemaMigrator().migrations().subList(0, SchemaMigrator.clientVersion() - 1);
		try (Connection admin = database.superuserConnection()) {
			SchemaException failure = assertThrows(SchemaException.class, () -> new SchemaMigrator(older).migrate(admin));
			assertTrue(failure.getMessage().contains("newer than this client"), failure.getMessage());
			assertEquals(SchemaMigrator.clientVersion(), SchemaMigrator.appliedVersion(admin));
		}
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.team;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.advocacy.team.TeamAdministration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class its own team repository database on a real PostgreSQL server: one {@link PostgresServer} per
 * test run (started on first use, stopped when the run ends), a template database migrated once with the shipped
 * schema scripts, and a fresh copy of it for each test class, passed to tests and lifecycle methods as a
 * {@link TestDatabase} parameter. When the server cannot start, every test using it fails; none is skipped.
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(PostgresExtension.class);
	private static final String TEMPLATE = "advocacy_template";
	private static final AtomicInteger DATABASE_NUMBER = new AtomicInteger();

	@Override
	public void beforeAll(ExtensionContext context) throws SQLException {
		database(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == TestDatabase.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		try {
			return database(context);
		} catch (SQLException e) {
			throw new IllegalStateException("Could not create the test class's database: " + e.getMessage(), e);
		}
	}

	private static TestDatabase database(ExtensionContext context) throws SQLException {
		ExtensionContext classContext = classContext(context);
		TestDatabase database = classContext.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
		if (database == null) {
			database = createDatabase(server(context), classContext.getRequiredTestClass());
			classContext.getStore(NAMESPACE).put(TestDatabase.class, database);
		}
		return database;
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
			current = current.getParent().get();
		}
		return current;
	}

	private static TestDatabase createDatabase(ServerResource server, Class<?> testClass) throws SQLException {
		String name = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_"
				+ DATABASE_NUMBER.incrementAndGet();
		try (Connection connection = server.server().superuserConnection("postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
		}
		return new TestDatabase(server.server(), name);
	}

	private static ServerResource server(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(ServerResource.class,
				key -> ServerResource.start(), ServerResource.class);
	}

	/** The run's one server, closed by JUnit when the run ends. */
	private record ServerResource(PostgresServer server) implements AutoCloseable {

		static ServerResource start() {
			PostgresServer server = PostgresServer.start();
			try {
				migrateTemplate(server);
			} catch (Exception e) {
				server.close();
				throw new IllegalStateException("Could not migrate the template database: " + e.getMessage(), e);
			}
			return new ServerResource(server);
		}

		private static void migrateTemplate(PostgresServer server) throws Exception {
			try (Connection connection = server.superuserConnection("postgres");
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + TEMPLATE);
			}
			try (Connection connection = server.superuserConnection(TEMPLATE)) {
				new TeamAdministration(connection).migrate();
			}
		}

		@Override
		public void close() {
			server.close();
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import org.advocacy.team.RepositoryTransfer;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.team.TeamRepository;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.mail.SmtpServer;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code advocacy watch postgresql://…}: the watcher run from the command line against a team repository on a real
 * PostgreSQL server, signing in with a password file as a service would, and its status read by another run.
 */
@ExtendWith(PostgresExtension.class)
class TeamWatchCommandTest {

	/** pgjdbc's system property naming the password file (else {@code PGPASSFILE}, else {@code ~/.pgpass}). */
	private static final String PASSWORD_FILE_PROPERTY = "org.postgresql.pgpassfile";
	private static final Clock AT_NOW = Clock.fixed(StandardSample.NOW, ZoneOffset.UTC);

	@TempDir
	Path folder;

	private final CommandLineRun commandLine = new CommandLineRun();
	private String location;

	@BeforeEach
	void signInWithAPasswordFile(TestDatabase database) throws SQLException, IOException {
		String login = database.createUser("Support", Role.MANAGER);
		Path passwords = Files.writeString(folder.resolve("pgpass"), "127.0.0.1:" + database.server().port() + ":"
				+ database.name() + ":" + login + ":" + TestDatabase.PASSWORD + "\n");
		System.setProperty(PASSWORD_FILE_PROPERTY, passwords.toString());
		location = "postgresql://127.0.0.1:" + database.server().port() + "/" + database.name() + "?user=" + login
				+ "&sslmode=disable";
	}

	@AfterEach
	void forgetThePasswordFile() {
		System.clearProperty(PASSWORD_FILE_PROPERTY);
	}

	@Test
	void watchesATeamRepositoryOnceAndAnotherRunReadsItsStatus(TestDatabase database) throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			Path file = StandardSample.write(folder, sample -> {
				sample.setNotificationSettings(WatchCommandTest.settings(smtp.port(), ""));
				WatchCommandTest.escalateAnOpenCase(sample);
			});
			try (TeamRepository repository = database.openAsSuperuser("test import")) {
				RepositoryTransfer.importFile(file, repository, "Support");
			}
			assertEquals(1, run("watch", "--status", location), "no watcher has run yet");
			assertTrue(commandLine.errors().contains("No watcher has run on"), commandLine.errors());

			run("watch", location, "--once");
			String first = commandLine.output();
			int sent = WatchCommandTest.settled(smtp, 1).size();
			assertTrue(first.contains("State:      SENDING"), first + commandLine.errors());
			assertTrue(first.contains("Sent:       " + sent + " in the last pass"), first);
			run("watch", location, "--once");
			assertEquals(sent, WatchCommandTest.settled(smtp, sent).size(), "nothing is sent twice");

			assertEquals(0, run("watch", "--status", location), commandLine.errors());
			String status = commandLine.output();
			assertTrue(status.contains("State:      SENDING"), status);
			assertTrue(status.contains("Sent:       0 in the last pass"), status);
			assertTrue(status.contains(database.name()), "the status names the repository: " + status);
		}
	}

	private int run(String... arguments) {
		return commandLine.run(AT_NOW, Map.of(), arguments);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

import org.advocacy.core.repository.Credentials;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.RepositoryUnavailableException;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** sslmode=verify-full: the connection is encrypted and the server's certificate and name are checked. */
@ExtendWith(PostgresExtension.class)
class TlsTest {

	@TempDir
	Path folder;

	@Test
	void verifyFullConnectsOverTlsToTheServerTheRootCertificateVouchesFor(TestDatabase database) throws Exception {
		String user = database.createUser("Support", Role.ADVOCATE);
		ServerLocation location = location(database, "localhost", database.server().certificate());
		try (TeamRepository repository = new TeamRepository(location, options(user))) {
			assertEquals(user, repository.user().name());
			try (Connection connection = TeamConnector.dataSource(location, credentials(user)).getConnection();
					Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
				row.next();
				assertTrue(row.getBoolean(1), "the session is encrypted");
				assertTrue(row.getString(2).startsWith("TLS"), row.getString(2));
			}
		}
	}

	@Test
	void verifyFullRefusesAServerItsRootCertificateDoesNotVouchFor(TestDatabase database) throws Exception {
		String user = database.createUser("Support", Role.ADVOCATE);
		Path stranger = folder.resolve("stranger.crt");
		Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
				"-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout",
				folder.resolve("stranger.key").toString(), "-out", stranger.toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		assertEquals(0, openssl.waitFor());
		RepositoryUnavailableException refused = assertThrows(RepositoryUnavailableException.class,
				() -> new TeamRepository(location(database, "localhost", stranger), options(user)).close());
		assertTrue(refused.getMessage().toLowerCase().contains("ssl") || refused.getMessage().contains("certificat"),
				refused.getMessage());
	}

	private static ServerLocation location(TestDatabase database, String host, Path rootCertificate) {
		return ServerLocation.parse("postgresql://" + host + ":" + database.server().port() + "/" + database.name()
				+ "?sslmode=verify-full&sslrootcert=" + rootCertificate);
	}

	private static OpenOptions options(String user) {
		return new OpenOptions("tls test", Clock.systemUTC(), (where, problem) -> Optional.of(credentials(user)));
	}

	private static Credentials credentials(String user) {
		return new Credentials(user, TestDatabase.PASSWORD.toCharArray());
	}
}

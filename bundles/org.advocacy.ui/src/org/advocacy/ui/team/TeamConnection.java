// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.core.repository.ServerLocation;

/**
 * What the user says to connect to a team repository: the PostgreSQL server, the database, the login, and whether
 * the connection is encrypted and the server's certificate verified (TLS, on by default). Never a password: that
 * lives in Eclipse secure storage ({@link TeamPasswords}).
 *
 * @param host            the server's host name or address
 * @param port            the server's port (PostgreSQL's default is 5432)
 * @param database        the database holding the team repository
 * @param user            the login
 * @param tls             whether to encrypt and verify the server ({@code sslmode=verify-full}); else
 *                        {@code sslmode=disable}
 * @param rootCertificate the certificate of the authority that signed the server's certificate, or empty for
 *                        PostgreSQL's default ({@code ~/.postgresql/root.crt})
 */
public record TeamConnection(String host, int port, String database, String user, boolean tls,
		String rootCertificate) {

	/** PostgreSQL's port. */
	public static final int DEFAULT_PORT = 5432;

	private static final String SSL_MODE = "sslmode";
	private static final String SSL_ROOT_CERTIFICATE = "sslrootcert";
	private static final String USER = "user";

	/** Trims what was typed; a missing certificate is empty. */
	public TeamConnection {
		host = host == null ? "" : host.strip();
		database = database == null ? "" : database.strip();
		user = user == null ? "" : user.strip();
		rootCertificate = rootCertificate == null ? "" : rootCertificate.strip();
	}

	/**
	 * @return the repository's location: {@code postgresql://host:port/database?user=…&sslmode=…}
	 * @throws IllegalArgumentException naming what is missing or wrong
	 */
	public ServerLocation location() {
		if (user.isEmpty()) {
			throw new IllegalArgumentException("A team repository needs the user to sign in as");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(USER, user);
		parameters.put(SSL_MODE, tls ? "verify-full" : "disable");
		if (tls && !rootCertificate.isEmpty()) {
			parameters.put(SSL_ROOT_CERTIFICATE, rootCertificate);
		}
		return new ServerLocation("postgresql", List.of(new ServerLocation.Host(host, port)), database, parameters);
	}

	/**
	 * @param location a location made by {@link #location()} (e.g. from the recent list)
	 * @return the connection it names; TLS unless the location disables it
	 */
	public static TeamConnection of(ServerLocation location) {
		ServerLocation.Host host = location.hosts().get(0);
		String mode = location.parameter(SSL_MODE);
		return new TeamConnection(host.name(), host.port() == -1 ? DEFAULT_PORT : host.port(), location.database(),
				location.parameter(USER), !"disable".equals(mode), location.parameter(SSL_ROOT_CERTIFICATE));
	}

	/** @return how the user reads it: {@code dana on db.example.com:5432/advocacy} */
	public String describe() {
		return user + " on " + host + ":" + port + "/" + database + (tls ? "" : " (without TLS)");
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a team repository lives: a libpq-style URI {@code postgresql://[user@]host[:port][,host2[:port2]…]/database
 * [?parameter=value&…]}. The parameters are pgjdbc's connection properties, so TLS is
 * {@code ?sslmode=verify-full&sslrootcert=/path/to/root.crt} and a read-only replica for dashboards is
 * {@code postgresql://primary,replica/advocacy?targetServerType=preferSecondary}. A password in the URI is refused:
 * it would end up in shell histories and recent-repository lists; pgjdbc reads {@code ~/.pgpass}, or the caller
 * passes one.
 *
 * @param hosts      the servers, at least one
 * @param database   the database name
 * @param user       the login role, or {@code null} for the operating-system user's name
 * @param parameters pgjdbc connection properties in the order given
 */
public record TeamRepositoryAddress(List<Server> hosts, String database, String user, Map<String, String> parameters) {

	/** The URI scheme, also accepted as {@code postgres}. */
	public static final String SCHEME = "postgresql";

	/** The port PostgreSQL listens on unless told otherwise. */
	public static final int DEFAULT_PORT = 5432;

	/**
	 * One server of the address.
	 *
	 * @param host name or address
	 * @param port TCP port
	 */
	public record Server(String host, int port) {
	}

	/** Validates and copies the parts. */
	public TeamRepositoryAddress {
		if (hosts.isEmpty()) {
			throw new IllegalArgumentException("a team repository address needs a host");
		}
		Objects.requireNonNull(database, "database");
		hosts = List.copyOf(hosts);
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/** @return whether the text looks like a team repository address rather than a file path */
	public static boolean isTeamAddress(String text) {
		return text.startsWith(SCHEME + "://") || text.startsWith("postgres://");
	}

	/**
	 * Parses an address.
	 *
	 * @param uri such as {@code postgresql://db.example.com/advocacy?sslmode=verify-full}
	 * @return the address
	 * @throws IllegalArgumentException naming what is wrong with the text
	 */
	public static TeamRepositoryAddress parse(String uri) {
		if (!isTeamAddress(uri)) {
			throw new IllegalArgumentException("'" + uri + "' is not a team repository address: it must start with "
					+ SCHEME + "://");
		}
		String rest = uri.substring(uri.indexOf("://") + 3);
		int query = rest.indexOf('?');
		Map<String, String> parameters = query < 0 ? Map.of() : parseQuery(uri, rest.substring(query + 1));
		String beforeQuery = query < 0 ? rest : rest.substring(0, query);
		int slash = beforeQuery.indexOf('/');
		if (slash < 0 || slash == beforeQuery.length() - 1) {
			throw new IllegalArgumentException("'" + uri + "' names no database: write " + SCHEME + "://host/database");
		}
		String authority = beforeQuery.substring(0, slash);
		String database = decode(beforeQuery.substring(slash + 1));
		String user = null;
		int at = authority.lastIndexOf('@');
		if (at >= 0) {
			user = decode(authority.substring(0, at));
			if (user.contains(":")) {
				throw new IllegalArgumentException("'" + uri.replaceAll(":[^:@/]*@", ":***@") + "' contains a password: "
						+ "keep it out of addresses (use ~/.pgpass, PGPASSWORD or the password prompt)");
			}
			authority = authority.substring(at + 1);
		}
		return new TeamRepositoryAddress(parseHosts(uri, authority), database, user, parameters);
	}

	/**
	 * Creates a data source for this address; nothing connects yet.
	 *
	 * @param user     the login role to use when the address names none, may be {@code null}
	 * @param password the password, or {@code null} to let pgjdbc read {@code ~/.pgpass}
	 * @return the data source
	 * @throws IllegalArgumentException when a parameter is not a pgjdbc connection property
	 */
	public PGSimpleDataSource dataSource(String user, char[] password) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(hosts.stream().map(Server::host).toArray(String[]::new));
		dataSource.setPortNumbers(hosts.stream().mapToInt(Server::port).toArray());
		dataSource.setDatabaseName(database);
		String login = this.user != null ? this.user : user != null ? user : System.getProperty("user.name");
		dataSource.setUser(login);
		if (password != null) {
			dataSource.setPassword(new String(password));
		}
		dataSource.setApplicationName("Advocacy Workbench");
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			try {
				dataSource.setProperty(parameter.getKey(), parameter.getValue());
			} catch (SQLException e) {
				throw new IllegalArgumentException("'" + parameter.getKey() + "' is not a PostgreSQL connection "
						+ "parameter this client knows (" + e.getMessage() + ")", e);
			}
		}
		return dataSource;
	}

	/** @return the address as a URI, without a password */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(SCHEME).append("://");
		if (user != null) {
			text.append(user).append('@');
		}
		text.append(String.join(",", hosts.stream()
				.map(server -> server.port() == DEFAULT_PORT ? server.host() : server.host() + ":" + server.port())
				.toList()));
		text.append('/').append(database);
		if (!parameters.isEmpty()) {
			text.append('?').append(String.join("&",
					parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
		}
		return text.toString();
	}

	private static List<Server> parseHosts(String uri, String authority) {
		List<Server> servers = new ArrayList<>();
		for (String hostAndPort : authority.split(",")) {
			if (hostAndPort.isBlank()) {
				throw new IllegalArgumentException("'" + uri + "' names no host");
			}
			int colon = hostAndPort.lastIndexOf(':');
			boolean bracketedIpv6 = hostAndPort.endsWith("]");
			if (colon < 0 || bracketedIpv6) {
				servers.add(new Server(hostAndPort, DEFAULT_PORT));
				continue;
			}
			String port = hostAndPort.substring(colon + 1);
			try {
				servers.add(new Server(hostAndPort.substring(0, colon), Integer.parseInt(port)));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + uri + "' has the port '" + port + "', which is not a number", e);
			}
		}
		return servers;
	}

	private static Map<String, String> parseQuery(String uri, String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("'" + uri + "' has the parameter '" + pair + "' without a value");
			}
			String name = decode(pair.substring(0, equals));
			if (name.equalsIgnoreCase("password")) {
				throw new IllegalArgumentException("a team repository address must not contain a password: use "
						+ "~/.pgpass, PGPASSWORD or the password prompt");
			}
			parameters.put(name, decode(pair.substring(equals + 1)));
		}
		return parameters;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}
}

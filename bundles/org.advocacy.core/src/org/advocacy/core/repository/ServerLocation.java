// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A repository on a server, {@code scheme://host[:port][,host[:port]...]/database[?name=value&...]}, e.g.
 * {@code postgresql://db.example.com/advocacy?sslmode=verify-full}. Several hosts name a primary and its replicas
 * (the driver picks one by the parameters, e.g. {@code targetServerType=preferSecondary}). Parameters go to the
 * store unchanged; a {@code password} parameter is accepted but never shown by {@link #display()}.
 *
 * @param scheme     the scheme in lower case, e.g. {@code postgresql}
 * @param hosts      one or more hosts, each with its port or -1 for the store's default
 * @param database   the database name
 * @param parameters the query parameters, decoded, in the order given
 */
public record ServerLocation(String scheme, List<Host> hosts, String database, Map<String, String> parameters)
		implements RepositoryLocation {

	/**
	 * One server of a location.
	 *
	 * @param name the host name or IP address (IPv6 without brackets)
	 * @param port the port, or -1 for the store's default
	 */
	public record Host(String name, int port) {

		/** @throws IllegalArgumentException if the name is blank or the port out of range */
		public Host {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("A server location needs a host name");
			}
			if (port != -1 && (port < 1 || port > 65_535)) {
				throw new IllegalArgumentException("Port " + port + " of " + name + " is not between 1 and 65535");
			}
		}

		@Override
		public String toString() {
			String shown = name.contains(":") ? "[" + name + "]" : name;
			return port == -1 ? shown : shown + ":" + port;
		}
	}

	/** Checks the parts and takes unmodifiable copies. */
	public ServerLocation {
		scheme = Objects.requireNonNull(scheme, "scheme").toLowerCase(Locale.ROOT);
		if (hosts == null || hosts.isEmpty()) {
			throw new IllegalArgumentException("A " + scheme + " location needs at least one host");
		}
		hosts = List.copyOf(hosts);
		if (database == null || database.isBlank()) {
			throw new IllegalArgumentException("A " + scheme + " location needs a database name: " + scheme
					+ "://host[:port]/database");
		}
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/**
	 * @param text {@code scheme://host[:port][,host[:port]...]/database[?name=value&...]}
	 * @return the location
	 * @throws IllegalArgumentException naming the text and what is wrong with it
	 */
	public static ServerLocation parse(String text) {
		int separator = text.indexOf("://");
		if (separator <= 0) {
			throw new IllegalArgumentException("'" + text + "' is not a server URI like postgresql://host/database");
		}
		String scheme = text.substring(0, separator);
		String rest = text.substring(separator + 3);
		int slash = rest.indexOf('/');
		if (slash < 0) {
			throw new IllegalArgumentException("'" + redact(text) + "' names no database: " + scheme
					+ "://host[:port]/database");
		}
		String authority = rest.substring(0, slash);
		if (authority.contains("@")) {
			throw new IllegalArgumentException("'" + redact(text) + "' contains a user name or password; give the "
					+ "user as ?user=name and keep passwords in the password store or ~/.pgpass, not in the location");
		}
		String path = rest.substring(slash + 1);
		int question = path.indexOf('?');
		String database = decode(question < 0 ? path : path.substring(0, question));
		Map<String, String> parameters = question < 0 ? Map.of() : parameters(path.substring(question + 1), text);
		try {
			return new ServerLocation(scheme, hosts(authority), database, parameters);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + redact(text) + "': " + e.getMessage(), e);
		}
	}

	private static List<Host> hosts(String authority) {
		List<Host> hosts = new ArrayList<>();
		for (String part : authority.split(",", -1)) {
			String name;
			String port = null;
			if (part.startsWith("[")) {
				int close = part.indexOf(']');
				if (close < 0) {
					throw new IllegalArgumentException("the IPv6 address " + part + " lacks its closing ']'");
				}
				name = part.substring(1, close);
				if (part.length() > close + 1) {
					if (part.charAt(close + 1) != ':') {
						throw new IllegalArgumentException("unexpected text after " + part.substring(0, close + 1));
					}
					port = part.substring(close + 2);
				}
			} else {
				int colon = part.lastIndexOf(':');
				name = colon < 0 ? part : part.substring(0, colon);
				port = colon < 0 ? null : part.substring(colon + 1);
			}
			hosts.add(new Host(name, port == null ? -1 : port(port, name)));
		}
		return hosts;
	}

	private static int port(String text, String host) {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("the port of " + host + " must be a number, not '" + text + "'", e);
		}
	}

	private static Map<String, String> parameters(String query, String text) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			if (name.isBlank()) {
				throw new IllegalArgumentException("'" + redact(text) + "' has a parameter without a name");
			}
			parameters.put(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
		}
		return parameters;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String redact(String text) {
		return text.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
	}

	/** @return the value of a parameter, or {@code null} */
	public String parameter(String name) {
		return parameters.get(name);
	}

	@Override
	public String text() {
		return format(false);
	}

	@Override
	public String display() {
		return format(true);
	}

	private String format(boolean hidePassword) {
		String query = parameters.entrySet().stream()
				.map(entry -> encode(entry.getKey()) + "="
						+ (hidePassword && entry.getKey().equalsIgnoreCase("password") ? "***"
								: encode(entry.getValue())))
				.collect(Collectors.joining("&"));
		return scheme + "://" + hosts.stream().map(Host::toString).collect(Collectors.joining(",")) + "/"
				+ encode(database) + (query.isEmpty() ? "" : "?" + query);
	}

	@Override
	public String toString() {
		return display();
	}
}

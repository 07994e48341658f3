// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a repository lives, as the user typed it: a path to an {@code *.advocacy} file, or a server URI such as
 * {@code postgresql://host[:port]/database[?parameters]}. The location picks the store that opens it (see
 * {@link RepositoryProviders}); it holds no credentials.
 */
public sealed interface RepositoryLocation permits FileLocation, ServerLocation {

	/**
	 * Reads a location: text that starts with a URI scheme other than {@code file:} (letters, digits, {@code +},
	 * {@code -} or {@code .} followed by {@code ://}) is a {@link ServerLocation}; {@code file:} URIs and everything
	 * else are paths of a {@link FileLocation}.
	 *
	 * @param text a path or a server URI
	 * @return the location
	 * @throws IllegalArgumentException naming the text and what is wrong with it
	 */
	static RepositoryLocation parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A repository location is required: a *.advocacy file or "
					+ "postgresql://host[:port]/database");
		}
		String trimmed = text.strip();
		int separator = trimmed.indexOf("://");
		if (separator > 0 && trimmed.substring(0, separator).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
			String scheme = trimmed.substring(0, separator).toLowerCase(Locale.ROOT);
			if (!scheme.equals("file")) {
				return ServerLocation.parse(trimmed);
			}
		}
		try {
			Path path = trimmed.startsWith("file:") ? Path.of(java.net.URI.create(trimmed)) : Path.of(trimmed);
			return new FileLocation(path);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + text + "' is neither a file path nor a repository URI: "
					+ e.getMessage(), e);
		}
	}

	/** @return the scheme that picks the store: {@code file} for files, else the URI's scheme in lower case */
	String scheme();

	/** @return the location as text that {@link #parse(String)} reads back to an equal location */
	String text();

	/** @return the location for people: never contains a password */
	String display();
}

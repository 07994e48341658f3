// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A repository kept in one {@code *.advocacy} file, the embedded default.
 *
 * @param file the file, made absolute and normalized
 */
public record FileLocation(Path file) implements RepositoryLocation {

	/** Makes the path absolute and normalized, so that equal files give equal locations. */
	public FileLocation {
		file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
	}

	@Override
	public String scheme() {
		return "file";
	}

	@Override
	public String text() {
		return file.toString();
	}

	@Override
	public String display() {
		return file.toString();
	}
}

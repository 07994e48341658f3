// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.file.internal;

import org.advocacy.core.repository.FileLocation;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryLocation;
import org.advocacy.core.repository.RepositoryProvider;

/** Opens {@code *.advocacy} files; built into {@link org.advocacy.core.repository.RepositoryProviders}. */
public final class FileRepositoryProvider implements RepositoryProvider {

	/** The one instance. */
	public static final FileRepositoryProvider INSTANCE = new FileRepositoryProvider();

	private FileRepositoryProvider() {
	}

	@Override
	public String name() {
		return "repository file";
	}

	@Override
	public boolean supports(RepositoryLocation location) {
		return location instanceof FileLocation;
	}

	@Override
	public Repository open(RepositoryLocation location, OpenOptions options) throws RepositoryException {
		return new FileRepository((FileLocation) location, options);
	}
}

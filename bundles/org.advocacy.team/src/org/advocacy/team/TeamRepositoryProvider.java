// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryLocation;
import org.advocacy.core.repository.RepositoryProvider;
import org.advocacy.core.repository.RepositoryProviders;
import org.advocacy.core.repository.ServerLocation;

/**
 * Opens {@code postgresql://} (and {@code postgres://}) locations as {@link TeamRepository}s. Programs that
 * include this bundle call {@link #register()} once at start-up (the command line and the workbench do), so that
 * {@code RepositoryProviders.open} picks it for such locations.
 */
public final class TeamRepositoryProvider implements RepositoryProvider {

	private static RepositoryProviders.Registration registration;

	/** Registers the team store with {@link RepositoryProviders}, once. */
	public static synchronized void register() {
		if (registration == null) {
			registration = RepositoryProviders.register(new TeamRepositoryProvider());
		}
	}

	@Override
	public String name() {
		return "PostgreSQL team repository";
	}

	@Override
	public boolean supports(RepositoryLocation location) {
		return location instanceof ServerLocation
				&& (location.scheme().equals("postgresql") || location.scheme().equals("postgres"));
	}

	@Override
	public Repository open(RepositoryLocation location, OpenOptions options) throws RepositoryException {
		if (!supports(location)) {
			throw new RepositoryException(location.display() + " is not a postgresql:// location");
		}
		return new TeamRepository((ServerLocation) location, options);
	}
}

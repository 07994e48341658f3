// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.advocacy.core.repository.file.internal.FileRepositoryProvider;

/**
 * The stores this program can open, and the one entry point that opens a repository from its location. A small
 * registry of its own rather than {@link java.util.ServiceLoader} or OSGi services, so that it works the same in
 * the workbench, the command line and plain Java tests: a store's bundle registers its provider when it starts and
 * closes the registration when it stops. The provider registered last wins when several support a location; the
 * file store ({@link FileRepositoryProvider}) opens files unless another provider claims them.
 */
public final class RepositoryProviders {

	private static final List<RepositoryProvider> PROVIDERS = new CopyOnWriteArrayList<>();

	private RepositoryProviders() {
	}

	/** A provider's registration; closing it removes the provider. */
	public interface Registration extends AutoCloseable {

		@Override
		void close();
	}

	/**
	 * @param provider the store to offer
	 * @return the registration, to close when the provider's bundle stops
	 */
	public static Registration register(RepositoryProvider provider) {
		Objects.requireNonNull(provider, "provider");
		PROVIDERS.add(0, provider);
		return () -> PROVIDERS.remove(provider);
	}

	/**
	 * @param location a location
	 * @return the provider that opens it
	 * @throws RepositoryException naming the location when no installed store supports it
	 */
	public static RepositoryProvider providerFor(RepositoryLocation location) throws RepositoryException {
		for (RepositoryProvider provider : PROVIDERS) {
			if (provider.supports(location)) {
				return provider;
			}
		}
		if (FileRepositoryProvider.INSTANCE.supports(location)) {
			return FileRepositoryProvider.INSTANCE;
		}
		throw new RepositoryException("Cannot open " + location.display() + ": no installed store supports '"
				+ location.scheme() + "' locations. A team repository needs the org.advocacy.team bundle; a file "
				+ "repository is a path to a *.advocacy file.");
	}

	/**
	 * Opens a repository with the store its location picks.
	 *
	 * @param location where the repository lives
	 * @param options  the client's name, clock and credentials
	 * @return the open repository; the caller closes it
	 * @throws RepositoryException naming the location and why it cannot be opened
	 */
	public static Repository open(RepositoryLocation location, OpenOptions options) throws RepositoryException {
		return providerFor(location).open(location, options);
	}

	/**
	 * Opens a repository from a location typed by a user.
	 *
	 * @param location a path or a server URI (see {@link RepositoryLocation#parse})
	 * @param options  the client's name, clock and credentials
	 * @return the open repository; the caller closes it
	 * @throws IllegalArgumentException when the text is not a location
	 * @throws RepositoryException      naming the location and why it cannot be opened
	 */
	public static Repository open(String location, OpenOptions options) throws RepositoryException {
		return open(RepositoryLocation.parse(location), options);
	}
}

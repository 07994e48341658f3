// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * Opens repositories of one kind of store. The file store is built in; other stores register a provider with
 * {@link RepositoryProviders#register} when their bundle starts (from its activator or a declarative service) or,
 * in plain Java, before the first {@code open}. Core never depends on their bundles.
 */
public interface RepositoryProvider {

	/** @return the store's name for messages, e.g. "PostgreSQL team repository" */
	String name();

	/**
	 * @param location a location
	 * @return whether this provider opens it (usually by its {@link RepositoryLocation#scheme()})
	 */
	boolean supports(RepositoryLocation location);

	/**
	 * @param location a location this provider {@link #supports}
	 * @param options  the client's name, clock and credentials
	 * @return the open repository; the caller closes it
	 * @throws RepositoryException naming the location and why it cannot be opened
	 */
	Repository open(RepositoryLocation location, OpenOptions options) throws RepositoryException;
}

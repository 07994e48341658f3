// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.provider.AdvocacyItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * One open repository file in the workbench: its resource, the item-provider adapter factory that labels it,
 * and the editing domain through which every change is made as an undoable command.
 * <p>
 * The session's editing domain is the one domain of the file: every editor and view that changes this repository
 * executes its commands on {@link #getEditingDomain()}'s command stack, so there is one undo history per file,
 * views see every change at once, and the file is dirty exactly when the command stack says a save is needed.
 */
public final class RepositorySession {

	private final Path file;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain editingDomain;
	private final Resource resource;

	private RepositorySession(Path file, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain,
			Resource resource) {
		this.file = file;
		this.adapterFactory = adapterFactory;
		this.editingDomain = domain;
		this.resource = resource;
	}

	/**
	 * Opens a repository file.
	 *
	 * @param file the {@code *.advocacy} file
	 * @return the session
	 * @throws RepositoryLoadException naming the file, line and reason when it cannot be opened
	 */
	public static RepositorySession open(Path file) throws RepositoryLoadException {
		ComposedAdapterFactory adapterFactory = createAdapterFactory();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(),
				RepositoryStore.newResourceSet());
		// Lets AdapterFactoryEditingDomain.getEditingDomainFor(object) find the domain, e.g. for Properties.
		domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		try {
			Resource resource = new RepositoryStore().load(domain.getResourceSet(), file);
			return new RepositorySession(file.toAbsolutePath(), adapterFactory, domain, resource);
		} catch (RepositoryLoadException e) {
			adapterFactory.dispose();
			throw e;
		}
	}

	/** @return the adapter factory for the Advocacy model, resources and anything else (reflectively) */
	public static ComposedAdapterFactory createAdapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new AdvocacyItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}

	/** @return the repository file */
	public Path getFile() {
		return file;
	}

	/** @return the root object of the repository */
	public AdvocacyRepository getRepository() {
		return (AdvocacyRepository) resource.getContents().get(0);
	}

	/** @return the item-provider factory; viewers showing this repository use it */
	public ComposedAdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	/** @return the editing domain through which changes are made */
	public AdapterFactoryEditingDomain getEditingDomain() {
		return editingDomain;
	}

	/** @return whether commands were executed (or undone) since the file was opened or last saved */
	public boolean isDirty() {
		return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
	}

	/**
	 * Saves the repository atomically and marks the command stack's save point.
	 *
	 * @throws IOException if writing fails; the file on disk then keeps its previous content
	 */
	public void save() throws IOException {
		resource.save(Map.of());
		((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
	}

	/** Releases the item providers; the session is unusable afterwards. */
	public void close() {
		adapterFactory.dispose();
		resource.unload();
	}
}

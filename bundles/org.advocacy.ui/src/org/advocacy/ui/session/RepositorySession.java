// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.io.IOException;
import java.nio.file.Path;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.provider.AdvocacyItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
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
 * <p>
 * A session on a team repository ({@link TeamSession}) behaves the same for every editor and view; it differs in
 * how it is saved and in that it is never changed on disk.
 */
public class RepositorySession {

	private final Path file;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain editingDomain;
	private final Resource resource;
	private DiskStamp savedStamp;
	private DiskStamp keptStamp;

	/**
	 * @param file           the repository file, or for a session without one the path that names it to editor inputs
	 * @param adapterFactory the item providers
	 * @param domain         the session's one editing domain
	 * @param resource       the resource holding the repository root
	 * @param read           the file's stamp when it was read ({@link DiskStamp#MISSING} without a file)
	 */
	protected RepositorySession(Path file, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain,
			Resource resource, DiskStamp read) {
		this.file = file;
		this.adapterFactory = adapterFactory;
		this.editingDomain = domain;
		this.resource = resource;
		this.savedStamp = read;
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
		AdapterFactoryEditingDomain domain = createEditingDomain(adapterFactory, new BasicCommandStack());
		try {
			DiskStamp read = DiskStamp.of(file.toAbsolutePath());
			Resource resource = new RepositoryStore().load(domain.getResourceSet(), file);
			return new RepositorySession(file.toAbsolutePath(), adapterFactory, domain, resource, read);
		} catch (RepositoryLoadException e) {
			adapterFactory.dispose();
			throw e;
		}
	}

	/**
	 * @param adapterFactory the item providers
	 * @param stack          the command stack
	 * @return an editing domain on a new resource set that keeps UUIDs, findable from its objects (e.g. for
	 *         Properties)
	 */
	protected static AdapterFactoryEditingDomain createEditingDomain(ComposedAdapterFactory adapterFactory,
			BasicCommandStack stack) {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, stack,
				RepositoryStore.newResourceSet());
		// Lets AdapterFactoryEditingDomain.getEditingDomainFor(object) find the domain, e.g. for Properties.
		domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		return domain;
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

	/**
	 * @return where the repository lives, as the user reads it and as the workbench remembers it for the next
	 *         start: the file's path, or a team repository's location (without a password)
	 */
	public String getLocationText() {
		return file.toString();
	}

	/**
	 * @return why the user may not change this repository, or {@code null} when they may (a file: always; a team
	 *         repository: by their role)
	 */
	public String getReadOnlyReason() {
		return null;
	}

	/**
	 * @param object an object of this repository, such as the one an editor edits
	 * @return why the user may not change the document it belongs to, or {@code null} when they may (a team
	 *         repository: an advocate may change engagements and customers, not the organization or the reference data)
	 */
	public String getReadOnlyReason(EObject object) {
		return getReadOnlyReason();
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
	 * Saves the repository atomically through {@link RepositoryStore} and marks the command stack's save point. It
	 * does not ask about changes made to the file by someone else: callers check {@link #isChangedOnDisk()} first.
	 *
	 * @throws IOException if writing fails; the file on disk then keeps its previous content
	 */
	public void save() throws IOException {
		new RepositoryStore().save(getRepository(), file);
		((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
		savedStamp = DiskStamp.of(file);
		keptStamp = null;
	}

	/**
	 * @return whether the file on disk was changed (by another program or another workbench) since this session
	 *         read or last saved it; a file that was deleted does not count, saving writes it again
	 */
	public boolean isChangedOnDisk() {
		DiskStamp now = DiskStamp.of(file);
		return !now.equals(DiskStamp.MISSING) && !now.equals(savedStamp);
	}

	/**
	 * @return whether the file changed on disk in a way the user has not yet decided about; after
	 *         {@link #keepMine()} only a further change counts
	 */
	public boolean hasUndecidedDiskChange() {
		return isChangedOnDisk() && !DiskStamp.of(file).equals(keptStamp);
	}

	/**
	 * Records that the user keeps this session's content over the file's current content on disk: the change is
	 * not reported again by {@link #hasUndecidedDiskChange()}, but {@link #isChangedOnDisk()} stays true until the
	 * next save (which should ask before overwriting).
	 */
	public void keepMine() {
		keptStamp = DiskStamp.of(file);
	}

	/** Releases the item providers; the session is unusable afterwards. */
	public void close() {
		adapterFactory.dispose();
		resource.unload();
	}
}

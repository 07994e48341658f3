// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import org.advocacy.core.persistence.AdvocacyResource;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * A caller's working copy of a repository: one {@link AdvocacyRepository} root in one resource of the caller's
 * resource set (its editing domain's), shaped exactly like a repository file, so every engine, editor and command
 * works on it unchanged. It holds the documents loaded so far (a file store loads all of them, a team store the
 * catalog and organization first and bodies on demand) and, per document, the version it was loaded or last saved
 * at: the version a save expects to replace.
 * <p>
 * Stores create it ({@link #create}) and keep its versions ({@link #recordVersion}, {@link #forget}); callers read
 * it and change its objects through commands. Not thread-safe: use it from the thread that owns the editing
 * domain.
 */
public final class RepositoryModel {

	private final RepositoryLocation location;
	private final Resource resource;
	private final Map<DocumentId, Long> versions = new HashMap<>();

	/**
	 * @param location where the repository lives
	 * @param resource the resource holding the repository root as its only content; it keeps UUIDs
	 */
	public RepositoryModel(RepositoryLocation location, Resource resource) {
		this.location = Objects.requireNonNull(location, "location");
		this.resource = Objects.requireNonNull(resource, "resource");
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof AdvocacyRepository)) {
			throw new IllegalArgumentException("A working model's resource holds exactly one Advocacy repository");
		}
	}

	/**
	 * Creates an empty working model for a store to fill: a resource that keeps UUIDs (an
	 * {@link AdvocacyResource}), named by the location, holding a new repository root with the given UUID.
	 *
	 * @param resourceSet the caller's resource set
	 * @param location    where the repository lives
	 * @param rootId      the UUID of the repository root (the catalog document's id)
	 * @return the model
	 */
	public static RepositoryModel create(ResourceSet resourceSet, RepositoryLocation location, String rootId) {
		URI uri = location instanceof FileLocation file ? URI.createFileURI(file.file().toString())
				: URI.createURI(location.text().replace("?", "%3F"));
		AdvocacyResource resource = new AdvocacyResource(uri);
		resourceSet.getResources().add(resource);
		AdvocacyRepository root = AdvocacyFactory.eINSTANCE.createAdvocacyRepository();
		resource.getContents().add(root);
		resource.setID(root, rootId);
		return new RepositoryModel(location, resource);
	}

	/** @return where the repository lives */
	public RepositoryLocation location() {
		return location;
	}

	/** @return the resource holding the repository root */
	public Resource resource() {
		return resource;
	}

	/** @return the repository root */
	public AdvocacyRepository root() {
		return (AdvocacyRepository) resource.getContents().get(0);
	}

	/** @return the catalog document's id (the UUID of the root) */
	public DocumentId catalogId() {
		return new DocumentId(DocumentKind.CATALOG, ObjectIds.require(root()));
	}

	/**
	 * @param id a document
	 * @return its root object in this model, if loaded
	 */
	public java.util.Optional<EObject> document(DocumentId id) {
		return Documents.find(root(), id);
	}

	/**
	 * @param id a document
	 * @return the version this model's copy was loaded or last saved at; empty when the store has not recorded one
	 *         (not loaded, or created here and not saved yet)
	 */
	public OptionalLong version(DocumentId id) {
		Long version = versions.get(id);
		return version == null ? OptionalLong.empty() : OptionalLong.of(version);
	}

	/** @return the documents whose versions are recorded */
	public Set<DocumentId> recorded() {
		return Collections.unmodifiableSet(versions.keySet());
	}

	/**
	 * For stores: the model's copy of a document now stands for the given stored version (after loading or saving
	 * it, or after the caller merged that version into it).
	 *
	 * @param id      the document
	 * @param version the stored version
	 */
	public void recordVersion(DocumentId id, long version) {
		versions.put(Objects.requireNonNull(id, "id"), version);
	}

	/**
	 * For stores: the document is no longer stored (deleted) or no longer in this model.
	 *
	 * @param id the document
	 */
	public void forget(DocumentId id) {
		versions.remove(id);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentContent;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.Documents;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ManagementReview;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A repository file as it is on disk, parsed into a resource set of its own that no editor sees: what a save
 * writes from (with one document replaced), what versions and headers are taken from, and the "original" and
 * "theirs" of a merge. It is changed only by this store's own saves, which write it right away.
 */
final class DiskImage {

	private final Resource resource;
	private FileStamp stamp;
	/** Content hashes of documents, computed when first asked for; a document's entry goes when it changes. */
	private final Map<DocumentId, Long> versions = new HashMap<>();

	private DiskImage(Resource resource, FileStamp stamp) {
		this.resource = resource;
		this.stamp = stamp;
	}

	/**
	 * Reads a file: the bytes once, stamped and parsed, so stamp and content always belong together.
	 *
	 * @param file the repository file
	 * @return its image
	 * @throws RepositoryLoadException naming the file, line and reason when the content is refused
	 * @throws IOException             when it cannot be read
	 */
	static DiskImage read(Path file) throws IOException {
		for (int attempt = 0;; attempt++) {
			long modified = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
			byte[] content = Files.readAllBytes(file);
			if (Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS) != modified && attempt < 3) {
				continue; // replaced while reading: read the new content
			}
			Resource resource = new RepositoryStore().load(RepositoryStore.newResourceSet(), file, content);
			return new DiskImage(resource, FileStamp.of(content, modified));
		}
	}

	/** @return the stamp of the file content this image holds */
	FileStamp stamp() {
		return stamp;
	}

	/** @return the resource, whose URI is the file */
	Resource resource() {
		return resource;
	}

	/** @return the repository root */
	AdvocacyRepository root() {
		return (AdvocacyRepository) resource.getContents().get(0);
	}

	/** @return a document's root object in the file, if it is there */
	Optional<EObject> find(DocumentId id) {
		return Documents.find(root(), id);
	}

	/**
	 * @param id a document of the file
	 * @return its version: the hash of its content
	 */
	long version(DocumentId id) {
		return versions.computeIfAbsent(id, key -> DocumentContent.hash(key.kind(),
				find(key).orElseThrow(() -> new IllegalArgumentException(key + " is not in the file"))));
	}

	/**
	 * Records that the file was rewritten from this image after a document changed.
	 *
	 * @param newStamp the stamp of what was written
	 * @param changed  the document that changed
	 */
	void written(FileStamp newStamp, DocumentId changed) {
		stamp = newStamp;
		versions.remove(changed);
	}

	/** @param known versions read from the header cache, for the same file content */
	void knowVersions(Map<DocumentId, Long> known) {
		versions.putAll(known);
	}

	/** @return every document of the file */
	List<DocumentId> documents() {
		List<DocumentId> ids = new ArrayList<>();
		for (DocumentKind kind : DocumentKind.values()) {
			for (EObject root : Documents.all(root(), kind)) {
				ids.add(Documents.idOf(root));
			}
		}
		return ids;
	}

	/** @return summaries of the catalog, the organization and the management reviews */
	List<DocumentSummary> otherDocuments() {
		List<DocumentSummary> summaries = new ArrayList<>();
		AdvocacyRepository root = root();
		summaries.add(summary(root));
		if (root.getOrganization() != null) {
			summaries.add(summary(root.getOrganization()));
		}
		for (ManagementReview review : root.getReviews()) {
			summaries.add(summary(review));
		}
		return summaries;
	}

	private DocumentSummary summary(EObject root) {
		DocumentId id = Documents.idOf(root);
		return new DocumentSummary(id, version(id), Documents.label(root), null, null);
	}

	/** @return the document id of a document root of the file */
	static DocumentId idOf(EObject documentRoot) {
		return Documents.idOf(documentRoot);
	}
}

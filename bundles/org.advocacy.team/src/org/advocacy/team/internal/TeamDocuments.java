// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import org.advocacy.core.persistence.LoadProblemTranslator;
import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentKind;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The codec of the team repository's documents: each document is an XMI fragment (encoding {@value #ENCODING})
 * written and read by the same hardened {@code AdvocacyResource} as repository files — UUIDs on every object,
 * DOCTYPE declarations and with them every entity refused. A document lives in a resource whose URI is
 * {@code advocacy-team:/documents/<id>}, so a reference to an object of another document is written as
 * {@code <other id>#<object UUID>} and reloads as a proxy that only this repository's documents can resolve: the
 * resource set reads nothing but documents of the store it was made for, and a stored document that names any
 * other URI (a file, a web address) is refused when it is decoded.
 */
public final class TeamDocuments {

	/** The value of the document table's encoding column for XMI fragments. */
	public static final String ENCODING = "xmi";

	private static final String SCHEME = "advocacy-team";
	private static final String PATH_PREFIX = "/documents/";
	private static final Pattern DOCUMENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** Where a resource set made by {@link #newResourceSet(Source)} reads documents it has to resolve. */
	@FunctionalInterface
	public interface Source {

		/**
		 * @param id a document's id
		 * @return the document's stored text
		 * @throws IOException when the document does not exist or may not be read
		 */
		String body(String id) throws IOException;
	}

	private TeamDocuments() {
	}

	/**
	 * @param id a document's id
	 * @return the URI of its resource
	 * @throws IllegalArgumentException when the id is not a UUID as the files write them
	 */
	public static URI uriOf(String id) {
		if (!DOCUMENT_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("'" + id + "' is not a document id");
		}
		return URI.createURI(SCHEME + ":" + PATH_PREFIX + id);
	}

	/**
	 * @param uri a URI
	 * @return the id of the document it names, or {@code null} when it names none of this repository
	 */
	public static String idOf(URI uri) {
		URI document = uri.trimFragment();
		if (!SCHEME.equals(document.scheme()) || document.hasAuthority() || document.hasQuery()
				|| !document.path().startsWith(PATH_PREFIX)) {
			return null;
		}
		String id = document.path().substring(PATH_PREFIX.length());
		return DOCUMENT_ID.matcher(id).matches() ? id : null;
	}

	/**
	 * @param source where documents the set has to resolve come from
	 * @return a resource set for one session's documents: the Advocacy package and resource factory registered
	 *         locally, and reading nothing but this repository's documents
	 */
	public static ResourceSet newResourceSet(Source source) {
		ResourceSet resourceSet = RepositoryStore.newResourceSet();
		resourceSet.setURIConverter(new DocumentsOnlyURIConverter(source));
		return resourceSet;
	}

	/**
	 * Reads a stored document into a new resource of the set, refusing hostile or broken text.
	 *
	 * @param resourceSet a set from {@link #newResourceSet(Source)}
	 * @param id          the document's id
	 * @param kind        the kind the row says it is
	 * @param body        the stored text
	 * @return the loaded resource
	 * @throws RepositoryLoadException naming the document, line and reason when the text is malformed, declares a
	 *                                 DOCTYPE, is not the kind it claims, or refers outside the repository; the
	 *                                 broken resource is removed from the set again
	 */
	public static Resource decode(ResourceSet resourceSet, String id, DocumentKind kind, String body)
			throws RepositoryLoadException {
		Resource resource = resourceSet.getResource(uriOf(id), false);
		if (resource == null) {
			resource = resourceSet.createResource(uriOf(id));
		} else {
			resource.unload();
		}
		try (InputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))) {
			resource.load(in, Map.of());
			checkRoot(resource, id, kind);
			checkReferencesStayInside(resource, id, kind);
			return resource;
		} catch (RepositoryLoadException e) {
			discard(resourceSet, resource);
			throw e;
		} catch (IOException | RuntimeException e) {
			discard(resourceSet, resource);
			throw LoadProblemTranslator.translate(describe(id, kind), e);
		}
	}

	private static void discard(ResourceSet resourceSet, Resource resource) {
		resource.unload();
		resourceSet.getResources().remove(resource);
	}

	private static void checkRoot(Resource resource, String id, DocumentKind kind) throws RepositoryLoadException {
		if (resource.getContents().size() != 1) {
			throw problem(id, kind, "a document must hold exactly one root object, this one holds "
					+ resource.getContents().size());
		}
		EObject root = resource.getContents().get(0);
		if (Kinds.ofRoot(root) != kind) {
			throw problem(id, kind, "the document holds a " + root.eClass().getName() + ", not a "
					+ Kinds.databaseName(kind));
		}
		if (!id.equals(resource.getURIFragment(root))) {
			throw problem(id, kind, "the document's root has the id " + resource.getURIFragment(root)
					+ " instead of the document's own id");
		}
	}

	/** Every reference to another document must name a document of this repository, nothing else. */
	private static void checkReferencesStayInside(Resource resource, String id, DocumentKind kind)
			throws RepositoryLoadException {
		for (TreeIterator<EObject> objects = resource.getAllContents(); objects.hasNext();) {
			EObject object = objects.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || !object.eIsSet(reference)) {
					continue;
				}
				for (Iterator<?> targets = unresolved(object, reference); targets.hasNext();) {
					if (targets.next() instanceof InternalEObject target && target.eIsProxy()
							&& idOf(target.eProxyURI()) == null) {
						throw problem(id, kind, "the document refers to "
								+ target.eProxyURI() + ", outside the team repository; such references are refused");
					}
				}
			}
		}
	}

	private static Iterator<?> unresolved(EObject object, EReference reference) {
		Object value = object.eGet(reference, false);
		if (value instanceof InternalEList<?> list) {
			return list.basicIterator();
		}
		return Collections.singletonList(value).iterator();
	}

	private static RepositoryLoadException problem(String id, DocumentKind kind, String reason) {
		return new RepositoryLoadException(describe(id, kind), 0, 0, reason, null);
	}

	/** The document in words, standing where a file's path stands in messages about files. */
	private static Path describe(String id, DocumentKind kind) {
		return Path.of("team repository " + Kinds.databaseName(kind) + " " + id);
	}

	/** Serves the store's documents, and refuses every other URI. */
	private static final class DocumentsOnlyURIConverter extends ExtensibleURIConverterImpl {

		private final Source source;

		DocumentsOnlyURIConverter(Source source) {
			this.source = source;
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			String id = requireDocument(uri);
			return new ByteArrayInputStream(source.body(id).getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("Team documents are saved through the team repository, not to " + uri);
		}

		@Override
		public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
			requireDocument(uri);
			return Map.of();
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return idOf(uri) != null;
		}

		private static String requireDocument(URI uri) throws IOException {
			String id = idOf(uri);
			if (id == null) {
				throw new IOException("Refusing to read " + uri
						+ ": a team repository's documents may only refer to other documents of the same repository");
			}
			return id;
		}
	}
}

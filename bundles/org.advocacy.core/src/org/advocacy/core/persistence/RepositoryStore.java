// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Opens, creates and saves Advocacy repository files. This is the one entry point for persistence: the
 * workbench and the command line both go through it, so every caller gets the same safety guarantees (see
 * {@link AdvocacyResource}) and the same clear error messages (see {@link LoadProblemTranslator}).
 */
public final class RepositoryStore {

	/**
	 * Creates a resource set set up for Advocacy repositories: the model package and the resource factory are
	 * registered locally (no dependency on the plug-in registry, so it works headless and in plain Java), and
	 * only local files can be read through it, so a hostile file cannot make the workbench fetch other files or
	 * URLs while resolving references.
	 *
	 * @return a new resource set
	 */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(AdvocacyPackage.eNS_URI, AdvocacyPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(AdvocacyResource.FILE_EXTENSION, new AdvocacyResourceFactory());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new AdvocacyResourceFactory());
		resourceSet.setURIConverter(new LocalFilesOnlyURIConverter());
		return resourceSet;
	}

	/**
	 * Loads a repository file into a fresh resource set.
	 *
	 * @param file the {@code *.advocacy} file
	 * @return the loaded resource, whose single root is an {@link AdvocacyRepository}
	 * @throws RepositoryLoadException naming the file, line and reason if the file is missing, malformed,
	 *                                 truncated, hostile or not an Advocacy repository
	 */
	public Resource load(Path file) throws RepositoryLoadException {
		return load(newResourceSet(), file);
	}

	/**
	 * Loads a repository file into the given resource set (an editor's editing domain, for instance). On
	 * failure the broken resource is removed from the set again, and the file on disk is never written.
	 *
	 * @param resourceSet the set to load into, normally from {@link #newResourceSet()}
	 * @param file        the {@code *.advocacy} file
	 * @return the loaded resource
	 * @throws RepositoryLoadException naming the file, line and reason
	 */
	public Resource load(ResourceSet resourceSet, Path file) throws RepositoryLoadException {
		Path absolute = file.toAbsolutePath();
		if (!Files.isRegularFile(absolute)) {
			throw new RepositoryLoadException(absolute, 0, 0, "the file does not exist or is not a regular file",
					new NoSuchFileException(absolute.toString()));
		}
		return load(resourceSet, absolute, resource -> resource.load(Map.of()));
	}

	/**
	 * Loads repository content that was read from a file beforehand (e.g. to stamp exactly the bytes that are
	 * parsed), with the same safety and error messages as {@link #load(ResourceSet, Path)}.
	 *
	 * @param resourceSet the set to load into
	 * @param file        the file the content was read from: the resource's URI and the name in messages
	 * @param content     the file's bytes
	 * @return the loaded resource
	 * @throws RepositoryLoadException naming the file, line and reason
	 */
	public Resource load(ResourceSet resourceSet, Path file, byte[] content) throws RepositoryLoadException {
		return load(resourceSet, file.toAbsolutePath(),
				resource -> resource.load(new ByteArrayInputStream(content), Map.of()));
	}

	/** Reads a resource's content. */
	@FunctionalInterface
	private interface Reading {
		void read(Resource resource) throws IOException;
	}

	private static Resource load(ResourceSet resourceSet, Path absolute, Reading reading)
			throws RepositoryLoadException {
		Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
		try {
			reading.read(resource);
		} catch (IOException | RuntimeException e) {
			resource.unload();
			resourceSet.getResources().remove(resource);
			throw LoadProblemTranslator.translate(absolute, e);
		}
		checkRoot(resource, absolute);
		return resource;
	}

	/**
	 * Loads a repository file and returns its root object.
	 *
	 * @param file the {@code *.advocacy} file
	 * @return the repository
	 * @throws RepositoryLoadException naming the file, line and reason
	 */
	public AdvocacyRepository loadRepository(Path file) throws RepositoryLoadException {
		return (AdvocacyRepository) load(file).getContents().get(0);
	}

	/**
	 * Creates a new resource for the given file holding the repository, without writing anything yet.
	 *
	 * @param resourceSet the set to create the resource in
	 * @param file        where the repository will be saved
	 * @param repository  the root object
	 * @return the new resource
	 */
	public Resource create(ResourceSet resourceSet, Path file, AdvocacyRepository repository) {
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(repository);
		return resource;
	}

	/**
	 * Saves a repository into a file atomically: the file either keeps its previous content or gets the complete
	 * new content.
	 *
	 * @param repository the root object
	 * @param file       the target file
	 * @throws IOException if writing fails; the previous file is then unchanged
	 */
	public void save(AdvocacyRepository repository, Path file) throws IOException {
		Resource resource = repository.eResource();
		if (resource == null) {
			resource = create(newResourceSet(), file, repository);
		} else {
			resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
		}
		resource.save(Map.of());
	}

	/**
	 * Saves a new repository into a file that must not exist yet, atomically: the file appears with its whole content
	 * or not at all, and a file of the same name, even one created meanwhile, is never replaced.
	 *
	 * @param repository a root object not yet in a resource
	 * @param file       the new file
	 * @throws java.nio.file.FileAlreadyExistsException when the file exists; it is left as it is
	 * @throws IOException                              if writing fails; no file is then created
	 */
	public void saveNew(AdvocacyRepository repository, Path file) throws IOException {
		Resource resource = create(newResourceSet(), file, repository);
		AtomicFiles.writeNew(file, out -> resource.save(out, Map.of()));
	}

	private static void checkRoot(Resource resource, Path file) throws RepositoryLoadException {
		if (resource.getContents().isEmpty()) {
			throw new RepositoryLoadException(file, 0, 0, "the file contains no repository", null);
		}
		EObject root = resource.getContents().get(0);
		if (!(root instanceof AdvocacyRepository) || resource.getContents().size() > 1) {
			throw new RepositoryLoadException(file, 0, 0,
					"the file must hold exactly one Advocacy repository, but holds " + describeRoots(resource), null);
		}
	}

	private static String describeRoots(Resource resource) {
		return resource.getContents().stream().map(object -> object.eClass().getName()).toList().toString();
	}

	/**
	 * Reads only local repository files, so resolving a reference in a hostile file never reaches the network
	 * or reads arbitrary files.
	 */
	private static final class LocalFilesOnlyURIConverter extends ExtensibleURIConverterImpl {

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			requireLocalFile(uri);
			return super.createInputStream(uri, options);
		}

		@Override
		public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
			requireLocalFile(uri);
			return super.contentDescription(uri, options);
		}

		private void requireLocalFile(URI uri) throws IOException {
			URI normalized = normalize(uri);
			if (!normalized.isFile() || !AdvocacyResource.FILE_EXTENSION.equals(normalized.fileExtension())) {
				throw new IOException(
						"Refusing to read " + uri + ": a repository may only refer to local *.advocacy files");
			}
		}
	}
}

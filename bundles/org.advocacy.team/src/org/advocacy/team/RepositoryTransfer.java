// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import java.io.IOException;
import java.nio.file.Path;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.FileLocation;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Moves a whole repository between a {@code *.advocacy} file and a team repository: {@code advocacy team import}
 * and {@code export}. A file imported and exported again is equal to the original ({@code EcoreUtil.equals}): the
 * same objects with the same UUIDs, in the same order.
 */
public final class RepositoryTransfer {

	private RepositoryTransfer() {
	}

	/**
	 * Imports a repository file into an empty team repository, in one transaction.
	 *
	 * @param file       the {@code *.advocacy} file
	 * @param repository the team repository
	 * @param team       the team the engagements and reviews go to
	 * @return how many documents were stored
	 * @throws RepositoryLoadException naming the file, line and reason when the file cannot be read
	 * @throws RepositoryException     when the repository refuses (nothing is imported then)
	 */
	public static int importFile(Path file, TeamRepository repository, String team)
			throws RepositoryLoadException, RepositoryException {
		Resource resource = new RepositoryStore().load(file);
		return repository.importAll(new RepositoryModel(new FileLocation(file), resource), team);
	}

	/**
	 * Reads every document of a repository the user may read into one working model: the catalog and the
	 * organization, then the customers, engagements and reviews in the order they were stored.
	 *
	 * @param repository  any repository
	 * @param resourceSet where the model goes
	 * @return the model, every reference between its documents resolved
	 * @throws RepositoryException when the repository cannot be read
	 */
	public static RepositoryModel loadAll(Repository repository, ResourceSet resourceSet) throws RepositoryException {
		RepositoryModel model = repository.openModel(resourceSet);
		for (DocumentKind kind : new DocumentKind[] { DocumentKind.CUSTOMER, DocumentKind.ENGAGEMENT,
				DocumentKind.REVIEW }) {
			repository.loadAll(model, kind);
		}
		EcoreUtil.resolveAll(model.resource());
		return model;
	}

	/**
	 * Exports every document the user may read into a repository file, written atomically.
	 *
	 * @param repository the repository
	 * @param file       the file to write
	 * @throws RepositoryException when the repository cannot be read
	 * @throws IOException         when the file cannot be written (it then keeps its previous content)
	 */
	public static void exportFile(Repository repository, Path file) throws RepositoryException, IOException {
		RepositoryModel model = loadAll(repository, RepositoryStore.newResourceSet());
		new RepositoryStore().save(model.root(), file);
	}
}

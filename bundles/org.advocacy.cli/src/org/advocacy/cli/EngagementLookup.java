// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.nio.file.Path;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.FileLocation;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.Watermark;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.team.RepositoryTransfer;

/**
 * Reads what a command needs from any repository location: a whole repository, or one engagement by its case
 * number. Files are read as they are; from a team repository only the documents needed are loaded.
 */
final class EngagementLookup {

	private EngagementLookup() {
	}

	/**
	 * @param context  the command's context
	 * @param location a file or a team repository URI
	 * @return every document the user may read, in one model
	 * @throws RepositoryException     when the repository cannot be opened or read
	 * @throws RepositoryLoadException naming the line when a file cannot be read
	 */
	static AdvocacyRepository wholeRepository(CliContext context, String location)
			throws RepositoryException, RepositoryLoadException {
		if (context.location(location) instanceof FileLocation file) {
			return context.store().loadRepository(file.file());
		}
		try (Repository repository = context.open(location)) {
			return RepositoryTransfer.loadAll(repository, RepositoryStore.newResourceSet()).root();
		}
	}

	/**
	 * @param context  the command's context
	 * @param location a file or a team repository URI
	 * @param key      a case number such as {@code ADV-0042}
	 * @return the engagement with its customer, in a model with the repository's catalog and organization
	 * @throws IllegalArgumentException naming the repository when there is no such engagement
	 */
	static Engagement byKey(CliContext context, String location, String key)
			throws RepositoryException, RepositoryLoadException {
		if (context.location(location) instanceof FileLocation file) {
			return byKey(context.store().loadRepository(file.file()), key, file.file());
		}
		try (Repository repository = context.open(location)) {
			RepositoryModel model = repository.openModel(RepositoryStore.newResourceSet());
			return (Engagement) repository.load(model, DocumentId.engagement(header(repository, key).id()));
		}
	}

	/**
	 * @param repository a repository loaded from a file
	 * @param key        a case number such as {@code ADV-0042}
	 * @param file       the file it was loaded from, for the message
	 * @return the engagement
	 * @throws IllegalArgumentException naming the file when there is no such engagement
	 */
	static Engagement byKey(AdvocacyRepository repository, String key, Path file) {
		return repository.getEngagements().stream().filter(engagement -> key.equalsIgnoreCase(engagement.getKey()))
				.findFirst().orElseThrow(() -> new IllegalArgumentException(
						"There is no engagement " + key + " in " + file.toAbsolutePath() + "."));
	}

	/**
	 * @param repository an open repository
	 * @param key        a case number
	 * @return the header of the engagement with that case number
	 * @throws IllegalArgumentException naming the repository when there is none the user may read
	 */
	static EngagementHeader header(Repository repository, String key) throws RepositoryException {
		return repository.listHeaders(Watermark.BEGINNING).engagements().stream()
				.filter(header -> key.equalsIgnoreCase(header.key())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("There is no engagement " + key + " in "
						+ repository.location().display() + " that you may read."));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.Engagement;
import org.advocacy.team.RepositoryTransfer;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.team.TeamRepository;
import org.advocacy.tests.harness.team.TestDatabase;

/** The sample repository imported into a test database, and working models of it. */
public final class SampleTeam {

	/** The instant the sample is generated at. */
	public static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");

	private SampleTeam() {
	}

	/**
	 * Writes a sample repository file and imports it into the database as the superuser.
	 *
	 * @param database    the test database
	 * @param team        the team its engagements go to (created when missing)
	 * @param engagements how many engagements
	 * @return the file imported
	 * @throws Exception when generating or importing fails
	 */
	public static Path importSample(TestDatabase database, String team, int engagements) throws Exception {
		Path file = Files.createTempFile("advocacy-sample-", ".advocacy");
		new RepositoryStore().save(
				new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW).generate(engagements), file);
		database.createTeam(team);
		try (TeamRepository repository = database.openAsSuperuser("test import")) {
			RepositoryTransfer.importFile(file, repository, team);
		}
		return file;
	}

	/**
	 * The login names of two advocates of one team, who work on its engagements at the same time.
	 *
	 * @param alice the first advocate's login name
	 * @param bob   the second advocate's login name
	 */
	public record TwoAdvocates(String alice, String bob) {
	}

	/**
	 * Imports the sample as {@link #importSample} does and creates two advocates of the team.
	 *
	 * @param database    the test database
	 * @param team        the team its engagements go to (created when missing)
	 * @param engagements how many engagements
	 * @return the two advocates' login names
	 * @throws Exception when generating, importing or creating the users fails
	 */
	public static TwoAdvocates importSampleForTwoAdvocates(TestDatabase database, String team, int engagements)
			throws Exception {
		importSample(database, team, engagements);
		String alice = database.createUser(team, Role.ADVOCATE);
		return new TwoAdvocates(alice, database.createUser(team, Role.ADVOCATE));
	}

	/**
	 * @param repository an open repository
	 * @return a working model with the catalog and organization
	 * @throws RepositoryException when it cannot be read
	 */
	public static RepositoryModel model(TeamRepository repository) throws RepositoryException {
		return repository.openModel(RepositoryStore.newResourceSet());
	}

	/**
	 * @param repository an open repository
	 * @param model      a working model of it
	 * @param index      which of the engagements the user may read, in stored order
	 * @return that engagement, loaded into the model
	 * @throws RepositoryException when it cannot be read
	 */
	public static Engagement loadEngagement(TeamRepository repository, RepositoryModel model, int index)
			throws RepositoryException {
		DocumentSummary summary = repository.listDocuments(DocumentKind.ENGAGEMENT).get(index);
		return (Engagement) repository.load(model, summary.id());
	}

	/** Deletes a file made by {@link #importSample}. */
	public static void delete(Path file) throws IOException {
		Files.deleteIfExists(file);
	}
}

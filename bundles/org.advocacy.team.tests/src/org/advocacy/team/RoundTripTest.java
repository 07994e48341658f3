// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.team.testing.PostgresExtension;
import org.advocacy.team.testing.TestDatabase;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A repository file imported into a team repository and exported again is the same repository. */
@ExtendWith(PostgresExtension.class)
class RoundTripTest {

	private static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");

	@TempDir
	Path folder;

	@Test
	void theSampleRepositoryComesBackEqualWithItsUuids(TestDatabase database) throws Exception {
		Path original = folder.resolve("sample.advocacy");
		RepositoryStore store = new RepositoryStore();
		store.save(new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW).generate(40), original);

		Path exported = folder.resolve("exported.advocacy");
		database.createTeam("Support EMEA");
		try (TeamRepository repository = database.openAsSuperuser("round trip test")) {
			int stored = RepositoryTransfer.importFile(original, repository, "Support EMEA");
			assertTrue(stored > 40, "documents stored: " + stored);
			RepositoryTransfer.exportFile(repository, exported);
		}

		AdvocacyRepository before = store.loadRepository(original);
		AdvocacyRepository after = store.loadRepository(exported);
		assertTrue(EcoreUtil.equals(before, after), "the exported repository differs from the imported one");
		assertEquals(uuids(before), uuids(after));
	}

	private static java.util.List<String> uuids(AdvocacyRepository repository) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		org.eclipse.emf.ecore.xmi.XMLResource resource = (org.eclipse.emf.ecore.xmi.XMLResource) repository.eResource();
		ids.add(resource.getID(repository));
		repository.eAllContents().forEachRemaining(object -> ids.add(resource.getID(object)));
		return ids;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.team.RepositoryTransfer;
import org.advocacy.team.TeamRepository;
import org.advocacy.tests.harness.team.TestDatabase;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/** File → team repository → file, compared with {@link EcoreUtil#equals} and object by object UUID. */
public final class RoundTrip {

	private static final String TEAM = "Support EMEA";

	private RoundTrip() {
	}

	/**
	 * Writes a sample file, imports it into the (empty) test database, exports it again and compares.
	 *
	 * @param database    an empty test database
	 * @param folder      where the files go
	 * @param engagements the sample's size
	 * @throws Exception when a step fails
	 */
	public static void assertFileComesBackEqual(TestDatabase database, Path folder, int engagements)
			throws Exception {
		Path original = folder.resolve("original.advocacy");
		RepositoryStore store = new RepositoryStore();
		store.save(new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, SampleTeam.NOW)
				.generate(engagements), original);
		Path exported = folder.resolve("exported.advocacy");
		database.createTeam(TEAM);
		try (TeamRepository repository = database.openAsSuperuser("round trip test")) {
			int stored = RepositoryTransfer.importFile(original, repository, TEAM);
			assertTrue(stored > engagements, "documents stored: " + stored);
			RepositoryTransfer.exportFile(repository, exported);
		}
		AdvocacyRepository before = store.loadRepository(original);
		AdvocacyRepository after = store.loadRepository(exported);
		assertEquals(uuids(before), uuids(after), "the same objects with the same UUIDs in the same order");
		assertTrue(EcoreUtil.equals(before, after), "the exported repository differs from the imported one");
	}

	private static List<String> uuids(AdvocacyRepository repository) {
		List<String> ids = new ArrayList<>();
		XMLResource resource = (XMLResource) repository.eResource();
		ids.add(resource.getID(repository));
		repository.eAllContents().forEachRemaining(object -> ids.add(resource.getID(object)));
		return ids;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.tests.harness.StandardSample;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading repository files: round trip, UUIDs, atomic save. */
class RepositoryStoreTest {

	@TempDir
	Path folder;

	private final RepositoryStore store = new RepositoryStore();

	@Test
	void savedRepositoryLoadsBackEqual() throws IOException {
		AdvocacyRepository sample = sample();
		Path file = folder.resolve("sample.advocacy");
		store.save(EcoreUtil.copy(sample), file);

		AdvocacyRepository loaded = store.loadRepository(file);

		assertTrue(EcoreUtil.equals(sample, loaded), "the loaded repository differs from the saved one");
	}

	@Test
	void everyObjectIsSavedWithAUuidThatSurvivesReload() throws IOException {
		Path file = folder.resolve("sample.advocacy");
		store.save(sample(), file);
		Resource first = store.load(file);
		Engagement engagement = ((AdvocacyRepository) first.getContents().get(0)).getEngagements().get(3);
		String id = ((XMLResource) first).getID(engagement);

		Resource second = store.load(file);

		assertNotNull(id);
		assertTrue(id.length() >= 20, "expected a UUID, got " + id);
		Engagement reloaded = (Engagement) second.getEObject(id);
		assertEquals(engagement.getKey(), reloaded.getKey());
	}

	@Test
	void savingAgainKeepsIdentifiersStable() throws IOException {
		Path file = folder.resolve("sample.advocacy");
		store.save(sample(), file);
		Resource resource = store.load(file);
		String before = Files.readString(file);

		resource.save(null);

		assertEquals(before, Files.readString(file));
	}

	@Test
	void failedSaveLeavesThePreviousFileIntactAndNoTemporaryFiles() throws IOException {
		Path file = folder.resolve("sample.advocacy");
		store.save(sample(), file);
		byte[] before = Files.readAllBytes(file);
		Resource resource = store.load(file);
		AdvocacyRepository repository = (AdvocacyRepository) resource.getContents().get(0);
		// A reference to an object outside any resource makes EMF abort the save half-way through writing.
		Engagement orphan = AdvocacyFactory.eINSTANCE.createEngagement();
		repository.getEngagements().get(repository.getEngagements().size() - 1).getRelatedEngagements().add(orphan);
		repository.getEngagements().get(0).setState(EngagementState.RETURNED_TO_SOP);

		assertThrows(IOException.class, () -> resource.save(null));

		assertArrayEquals(before, Files.readAllBytes(file), "the previous version must survive a failed save");
		assertEquals(List.of(file), listFolder(), "no temporary file may be left behind");
	}

	@Test
	void saveCreatesMissingFolders() throws IOException {
		Path file = folder.resolve("team/emea/repository.advocacy");

		store.save(sample(), file);

		assertTrue(Files.isRegularFile(file));
		assertFalse(store.loadRepository(file).getEngagements().isEmpty());
	}

	private List<Path> listFolder() throws IOException {
		try (var files = Files.list(folder)) {
			return files.toList();
		}
	}

	private static AdvocacyRepository sample() {
		return StandardSample.generate();
	}
}

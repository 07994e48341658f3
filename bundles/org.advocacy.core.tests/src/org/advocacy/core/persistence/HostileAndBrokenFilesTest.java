// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad repository file fails with a message naming the file, the line and the reason, and the file
 * on disk is never touched.
 */
class HostileAndBrokenFilesTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String NAMESPACE = "http://www.advocacy.org/model/1.0";

	@TempDir
	Path folder;

	private final RepositoryStore store = new RepositoryStore();

	@Test
	void externalEntitiesAreNeverResolved() throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
		String content = HEADER + "<!DOCTYPE r [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<advocacy:AdvocacyRepository xmlns:advocacy=\"" + NAMESPACE + "\" name=\"&leak;\"/>\n";

		RepositoryLoadException failure = loadFails("xxe.advocacy", content);

		assertEquals(2, failure.getLine());
		assertTrue(failure.getReason().contains("DOCTYPE"), failure.getMessage());
		assertFalse(failure.getMessage().contains("TOP-SECRET"));
	}

	@Test
	void billionLaughsIsRefusedBeforeAnyExpansion() throws IOException {
		StringBuilder entities = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"");
			String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
			entities.append(previous.repeat(10)).append("\">\n");
		}
		entities.append("]>\n");
		String content = HEADER + entities + "<advocacy:AdvocacyRepository xmlns:advocacy=\"" + NAMESPACE
				+ "\" name=\"&lol9;\"/>\n";

		RepositoryLoadException failure = loadFails("lolz.advocacy", content);

		assertEquals(2, failure.getLine());
		assertTrue(failure.getReason().contains("DOCTYPE"), failure.getMessage());
	}

	@Test
	void truncatedFileNamesTheLineWhereItEnds() throws IOException {
		Path good = folder.resolve("good.advocacy");
		store.save(new SampleRepositoryGenerator(1, Instant.parse("2026-11-20T10:00:00Z")).generate(12), good);
		String full = Files.readString(good);
		String truncated = full.substring(0, full.length() / 2);
		long expectedLine = truncated.lines().count();

		RepositoryLoadException failure = loadFails("truncated.advocacy", truncated);

		assertTrue(failure.getReason().contains("truncated"), failure.getMessage());
		assertTrue(Math.abs(failure.getLine() - expectedLine) <= 1,
				"expected the problem near line " + expectedLine + " but got " + failure.getLine());
	}

	@Test
	void malformedXmlNamesLineAndColumn() throws IOException {
		String content = HEADER + "<advocacy:AdvocacyRepository xmlns:advocacy=\"" + NAMESPACE + "\">\n"
				+ "  <segments name=\"Strategic\" <broken/>\n" + "</advocacy:AdvocacyRepository>\n";

		RepositoryLoadException failure = loadFails("malformed.advocacy", content);

		assertEquals(3, failure.getLine());
		assertTrue(failure.getColumn() > 0);
		assertTrue(failure.getReason().contains("not well-formed"), failure.getMessage());
	}

	@Test
	void wrongNamespaceSaysItIsNotAnAdvocacyRepository() throws IOException {
		String content = HEADER + "<crm:Account xmlns:crm=\"http://example.com/crm\" name=\"Acme\"/>\n";

		RepositoryLoadException failure = loadFails("other.advocacy", content);

		assertEquals(2, failure.getLine());
		assertTrue(failure.getReason().contains("not an Advocacy repository"), failure.getMessage());
		assertTrue(failure.getReason().contains("http://example.com/crm"), failure.getMessage());
	}

	@Test
	void unknownFieldIsNamed() throws IOException {
		String content = HEADER + "<advocacy:AdvocacyRepository xmlns:advocacy=\"" + NAMESPACE + "\"\n"
				+ "    name=\"x\" favouriteColour=\"blue\"/>\n";

		RepositoryLoadException failure = loadFails("unknown.advocacy", content);

		assertTrue(failure.getReason().contains("favouriteColour"), failure.getMessage());
		assertEquals(3, failure.getLine());
	}

	@Test
	void emptyFileIsReported() throws IOException {
		RepositoryLoadException failure = loadFails("empty.advocacy", "");

		assertTrue(failure.getMessage().contains("empty.advocacy"), failure.getMessage());
	}

	@Test
	void missingFileIsReported() {
		Path missing = folder.resolve("nowhere.advocacy");

		RepositoryLoadException failure = assertThrows(RepositoryLoadException.class, () -> store.load(missing));

		assertTrue(failure.getMessage().contains("nowhere.advocacy"));
		assertTrue(failure.getReason().contains("does not exist"));
	}

	@Test
	void rootThatIsNotARepositoryIsRejected() throws IOException {
		String content = HEADER + "<advocacy:Customer xmlns:advocacy=\"" + NAMESPACE + "\" name=\"Acme\"/>\n";

		RepositoryLoadException failure = loadFails("customer.advocacy", content);

		assertTrue(failure.getReason().contains("exactly one Advocacy repository"), failure.getMessage());
	}

	@Test
	void referencesToOtherFilesOrUrlsAreNotFollowed() throws IOException {
		String content = HEADER + "<advocacy:AdvocacyRepository xmlns:advocacy=\"" + NAMESPACE + "\" name=\"x\">\n"
				+ "  <engagements key=\"ADV-1\">\n"
				+ "    <relatedEngagements href=\"http://attacker.example/steal.advocacy#x\"/>\n"
				+ "  </engagements>\n" + "</advocacy:AdvocacyRepository>\n";
		Path file = Files.writeString(folder.resolve("refs.advocacy"), content);
		ResourceSet resourceSet = RepositoryStore.newResourceSet();

		var repository = (org.advocacy.model.AdvocacyRepository) store.load(resourceSet, file).getContents().get(0);
		var related = repository.getEngagements().get(0).getRelatedEngagements().get(0);

		assertTrue(related.eIsProxy(), "a reference to another location must stay an unresolved proxy");
		for (var other : resourceSet.getResources().subList(1, resourceSet.getResources().size())) {
			assertTrue(other.getContents().isEmpty(), "nothing may have been read from " + other.getURI());
		}
	}

	@Test
	void danglingReferencesAreNamedWithTheirLine() throws IOException {
		StringBuilder engagements = new StringBuilder();
		for (int i = 0; i < 2_000; i++) {
			engagements.append("  <engagements key=\"ADV-").append(i).append("\" customer=\"_gone").append(i)
					.append("\"/>\n");
		}
		String content = HEADER + "<advocacy:AdvocacyRepository xmlns:advocacy=\"" + NAMESPACE + "\" name=\"x\">\n"
				+ engagements + "</advocacy:AdvocacyRepository>\n";

		RepositoryLoadException failure = loadFails("dangling.advocacy", content);

		assertEquals(3, failure.getLine());
		assertTrue(failure.getReason().contains("_gone0"), failure.getMessage());
	}

	/** Writes the content, expects loading to fail naming the file, and checks the file was not touched. */
	private RepositoryLoadException loadFails(String name, String content) throws IOException {
		Path file = Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
		FileTime modified = Files.getLastModifiedTime(file);
		byte[] before = Files.readAllBytes(file);

		RepositoryLoadException failure = assertThrows(RepositoryLoadException.class, () -> store.load(file));

		assertTrue(failure.getMessage().startsWith("Cannot open repository " + file.toAbsolutePath()),
				failure.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "loading must never change the file");
		assertEquals(modified, Files.getLastModifiedTime(file));
		assertEquals(0, folder.toFile().list((dir, entry) -> entry.startsWith(".")).length,
				"loading must not leave temporary files");
		return failure;
	}
}

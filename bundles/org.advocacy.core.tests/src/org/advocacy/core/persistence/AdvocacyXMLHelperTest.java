// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Instants and dates read from a repository file mean exactly what the model's factory makes of them, whether they
 * take the fast path (the form the repository saves) or not.
 */
class AdvocacyXMLHelperTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String NAMESPACE = "http://www.advocacy.org/model/1.0";

	@TempDir
	Path folder;

	private final RepositoryStore store = new RepositoryStore();

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-20T14:30:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
			"0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z" })
	void canonicalInstantsAreTheInstantsTheyDenote(String text) {
		assertEquals(Instant.parse(text), AdvocacyXMLHelper.canonicalInstant(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-20T14:30:00.250Z", "2026-11-20T14:30Z", "2026-11-20T15:30:00+01:00",
			" 2026-11-20T14:30:00Z", "2026-11-20t14:30:00Z", "2026-+1-20T14:30:00Z", "2026-02-30T10:00:00Z",
			"2026-11-20T24:00:00Z", "2026-12-31T23:59:60Z", "+12026-11-20T14:30:00Z", "" })
	void everyOtherFormIsLeftToTheFactory(String text) {
		assertNull(AdvocacyXMLHelper.canonicalInstant(text));
	}

	@Test
	void instantsInOtherFormsLoadAsTheFactoryReadsThem() throws IOException {
		AdvocacyRepository loaded = load("""
				<engagements key="ADV-1" openedAt="2026-11-20T14:30:00.250Z" closedAt="2026-11-21T09:00:00Z"/>""");

		Engagement engagement = loaded.getEngagements().get(0);
		assertEquals(Instant.parse("2026-11-20T14:30:00.250Z"), engagement.getOpenedAt());
		assertEquals(Instant.parse("2026-11-21T09:00:00Z"), engagement.getClosedAt());
	}

	@Test
	void anImpossibleInstantIsReportedWithItsLine() throws IOException {
		Path file = write("""
				<engagements key="ADV-1"
				    openedAt="2026-02-30T10:00:00Z"/>""");

		RepositoryLoadException failure = assertThrows(RepositoryLoadException.class, () -> store.load(file));

		assertEquals(4, failure.getLine());
		assertTrue(failure.getReason().contains("2026-02-30T10:00:00Z"), failure.getMessage());
	}

	@Test
	void repeatedDatesShareOneValue() throws IOException {
		AdvocacyRepository loaded = load("""
				<engagements key="ADV-1">
				  <effortEntries date="2026-11-19" hours="1.0"/>
				  <effortEntries date="2026-11-19" hours="2.0"/>
				</engagements>""");

		var entries = loaded.getEngagements().get(0).getEffortEntries();
		assertEquals(java.time.LocalDate.of(2026, 11, 19), entries.get(0).getDate());
		assertSame(entries.get(0).getDate(), entries.get(1).getDate());
	}

	@Test
	void savedInstantsWithFractionsOfASecondSurviveAReload() throws IOException {
		AdvocacyRepository repository = AdvocacyFactory.eINSTANCE.createAdvocacyRepository();
		Engagement engagement = AdvocacyFactory.eINSTANCE.createEngagement();
		engagement.setOpenedAt(Instant.parse("2026-11-20T14:30:00.123456789Z"));
		engagement.setClosedAt(Instant.parse("2026-11-20T16:00:00Z"));
		repository.getEngagements().add(engagement);
		Path file = folder.resolve("fractions.advocacy");
		store.save(repository, file);

		Engagement reloaded = store.loadRepository(file).getEngagements().get(0);

		assertEquals(engagement.getOpenedAt(), reloaded.getOpenedAt());
		assertEquals(engagement.getClosedAt(), reloaded.getClosedAt());
	}

	private AdvocacyRepository load(String body) throws IOException {
		return store.loadRepository(write(body));
	}

	private Path write(String body) throws IOException {
		return Files.writeString(folder.resolve("values.advocacy"), HEADER + "<advocacy:AdvocacyRepository xmlns:xmi="
				+ "\"http://www.omg.org/XMI\" xmlns:advocacy=\"" + NAMESPACE + "\" xmi:version=\"2.0\" name=\"x\">\n"
				+ body + "\n</advocacy:AdvocacyRepository>\n");
	}
}

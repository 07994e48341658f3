// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Audience;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.StatusColour;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository file written before engagements had a colour override, plans lost their stored colour and
 * communications got several audiences still opens, means what it meant, and is saved in the current form.
 * <p>
 * The fixture {@code sample-written-by-10b0097.advocacy} is the six-engagement sample as the workbench of commit
 * 10b0097 wrote it ({@code SampleRepositoryGenerator(20260301, 2026-03-11T10:15:30Z).generate(6)} saved by
 * {@code RepositoryStore}), unchanged: ADV-0002 and ADV-0003 are red and ADV-0004 yellow with a rationale; the green
 * ones have a rationale only (green was the default and never written); the plans carry a stored colour; the
 * communications have one audience each, Management not written.
 */
class OlderRepositoryFilesTest {

	private static final String FIXTURE = "sample-written-by-10b0097.advocacy";

	private final RepositoryStore store = new RepositoryStore();

	@TempDir
	Path folder;

	private Path fixture() throws IOException {
		Path file = folder.resolve(FIXTURE);
		try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private static Map<String, Engagement> byKey(AdvocacyRepository repository) {
		return repository.getEngagements().stream().collect(Collectors.toMap(Engagement::getKey, Function.identity()));
	}

	@Test
	void aColourPickedByHandBecomesAnOverrideWithItsRationaleAsTheReason() throws Exception {
		Map<String, Engagement> engagements = byKey(store.loadRepository(fixture()));

		assertEquals(6, engagements.size());
		ColourOverride red = engagements.get("ADV-0002").getColourOverride();
		assertEquals(StatusColour.RED, red.getColour());
		assertTrue(red.getReason().startsWith("Red: milestone 'Milestone: corrective action in production'"),
				red.getReason());
		assertEquals(StatusColour.RED, engagements.get("ADV-0003").getColourOverride().getColour());
		ColourOverride yellow = engagements.get("ADV-0004").getColourOverride();
		assertEquals(StatusColour.YELLOW, yellow.getColour());
		assertTrue(yellow.getReason().startsWith("Assessing: chronology being built"), yellow.getReason());
		for (String green : List.of("ADV-0001", "ADV-0005", "ADV-0006")) {
			assertNull(engagements.get(green).getColourOverride(), green + " was green: the engine's colour stands");
		}
		EngagementColour shown = new EngagementColours(Instant.parse("2026-03-11T10:15:30Z"))
				.of(engagements.get("ADV-0004"));
		assertTrue(shown.overridden());
		assertEquals(StatusColour.YELLOW, shown.colour());
	}

	@Test
	void everyCommunicationKeepsItsAudienceAndManagementStaysTheDefault() throws Exception {
		List<CustomerCommunication> communications = store.loadRepository(fixture()).getEngagements().stream()
				.flatMap(engagement -> engagement.getCommunications().stream()).toList();

		String raw = Files.readString(fixture(), StandardCharsets.UTF_8);
		assertEquals(count(raw, "<communications[^>]*\\saudience=\"Engineer\""),
				count(communications, Audience.ENGINEER));
		assertTrue(count(communications, Audience.MANAGEMENT) > 0);
		assertTrue(communications.stream().allMatch(communication -> communication.getAudiences().size() == 1));
	}

	private static long count(List<CustomerCommunication> communications, Audience audience) {
		return communications.stream().filter(communication -> communication.getAudiences().contains(audience)).count();
	}

	private static long count(String text, String regex) {
		return Pattern.compile(regex).matcher(text).results().count();
	}

	@Test
	void theOlderFileValidatesAndIsSavedInTheCurrentForm() throws Exception {
		AdvocacyRepository loaded = store.loadRepository(fixture());
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(loaded);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> diagnostic.getChildren().toString());

		Path saved = folder.resolve("saved.advocacy");
		store.save(loaded, saved);
		String content = Files.readString(saved, StandardCharsets.UTF_8);
		assertFalse(content.contains("statusRationale="), "no stored colour is written any more");
		assertFalse(Pattern.compile("<communications[^>]*\\saudience=\"").matcher(content).find(),
				"a communication's audiences are written as a list");
		assertTrue(content.contains("<colourOverride "), content.substring(0, 200));
		assertTrue(EcoreUtil.equals(loaded, store.loadRepository(saved)), "the current form reads back the same");
	}

	@Test
	void aStatusOnAnythingElseIsStillAnUnknownField() throws IOException {
		Path file = folder.resolve("person-status.advocacy");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<advocacy:AdvocacyRepository xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:advocacy=\"http://www.advocacy.org/model/1.0\" name=\"x\">\n"
				+ "  <customers name=\"Acme\" status=\"Red\"/>\n</advocacy:AdvocacyRepository>\n");

		RepositoryLoadException failure = assertThrows(RepositoryLoadException.class, () -> store.load(file));

		assertTrue(failure.getReason().contains("unknown field 'status'"), failure.getMessage());
		assertEquals(3, failure.getLine());
	}
}

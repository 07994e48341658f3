// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.advocacy.core.exports.CustomerUpdateDraft;
import org.advocacy.core.exports.ExecutiveStatusReport;
import org.advocacy.core.exports.PlainTextReportWriter;
import org.advocacy.core.review.AgendaItem;
import org.advocacy.core.review.EngagementBoard;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.review.ReviewPack;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Audience;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.Engagement;
import org.advocacy.model.Person;
import org.advocacy.model.StatusColour;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.Test;

/**
 * One engagement, one colour code: the engine says Yellow; the advocate overrides it to Red with a reason; every
 * headless surface — the one-page executive status, the customer update draft for management, the review agenda,
 * the open engagements board and the review pack — says Red with the override's reason. Without the override, every
 * surface says Yellow with the engine's rationale again. (The workbench's surfaces are checked by the UI tests, the
 * command line's exports by the CLI tests.)
 */
class ColourCodeEverywhereTest {

	private static final Instant NOW = StandardSample.NOW;

	private final AdvocacyRepository repository = StandardSample.generate();
	private final Engagement engagement = repository.getEngagements().stream()
			.filter(candidate -> candidate.getClosedAt() == null && candidate.getColourOverride() == null)
			.filter(candidate -> new EngagementColours(NOW).colourOf(candidate) == StatusColour.YELLOW)
			.findFirst().orElseThrow();

	@Test
	void theOverrideWinsEverywhereWithItsReasonAndTheEngineColourComesBackWithoutIt() {
		EngagementColour engine = new EngagementColours(NOW).of(engagement);
		assertFalse(engine.overridden());
		Person advocate = engagement.getAdvocate();
		ColourOverride red = AdvocacyFactory.eINSTANCE.createColourOverride();
		red.setColour(StatusColour.RED);
		red.setReason("The customer's CIO threatened to cancel the renewal");
		red.setSetBy(advocate);
		red.setSetAt(NOW.minusSeconds(600));
		engagement.setColourOverride(red);

		assertEverySurfaceSays(StatusColour.RED, "Red (set by " + advocate.getName()
				+ "): The customer's CIO threatened to cancel the renewal");

		engagement.setColourOverride(null);

		assertTrue(engine.rationale().startsWith("Yellow"), engine.rationale());
		assertEverySurfaceSays(StatusColour.YELLOW, engine.rationale());
	}

	private void assertEverySurfaceSays(StatusColour colour, String rationale) {
		EngagementColours colours = new EngagementColours(NOW);
		assertEquals(new EngagementColour(colour, rationale, colour == StatusColour.RED), colours.of(engagement));
		String colourLine = "Colour code: " + colour.getLiteral() + " \u2014 " + rationale;

		String onePager = new ExecutiveStatusReport(colours).write(engagement, new PlainTextReportWriter());
		assertTrue(onePager.contains(colourLine), onePager);

		String draft = new CustomerUpdateDraft(engagement, Audience.MANAGEMENT, NOW, ZoneOffset.UTC).toPlainText();
		assertTrue(draft.contains(colourLine), draft);

		ReviewAgenda agenda = new ReviewAgendaPlanner().prepare(repository, NOW);
		AgendaItem item = Stream.of(agenda.newEngagements(), agenda.updates(), agenda.toConfirmClosed())
				.flatMap(List::stream).filter(listed -> listed.engagement() == engagement).findFirst().orElseThrow();
		assertEquals(colour, item.status());

		EngagementBoard.Card card = EngagementBoard.of(repository, agenda).cards().stream()
				.filter(shown -> shown.engagement() == engagement).findFirst().orElseThrow();
		assertEquals(colour, card.colour().colour());
		assertEquals(rationale, card.colour().rationale());

		String pack = new ReviewPack(repository, NOW, ZoneOffset.UTC).write(new PlainTextReportWriter(), List.of());
		assertTrue(pack.lines().anyMatch(line -> line.startsWith(engagement.getKey()) && line.contains(rationale)),
				"the open engagements table of the pack");
		assertTrue(pack.contains(colourLine), "the one-pager in the pack");
	}
}

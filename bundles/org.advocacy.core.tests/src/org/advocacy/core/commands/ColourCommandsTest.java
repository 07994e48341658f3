// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.Engagement;
import org.advocacy.model.Person;
import org.advocacy.model.StatusColour;
import org.advocacy.tests.harness.StandardSample;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * The advocate overrides the engine's colour, changes the override keeping its reason, and gives the colour back to
 * the engine — each one command that undoes and redoes exactly, and the one colour source follows.
 */
class ColourCommandsTest {

	private static final Instant NOW = StandardSample.NOW;

	private final AdvocacyRepository repository = StandardSample.generate();
	private final EditingDomain domain = CommandCheck.domain();
	private final Engagement engagement = repository.getEngagements().stream()
			.filter(candidate -> candidate.getClosedAt() == null && candidate.getColourOverride() == null)
			.filter(candidate -> new EngagementColours(NOW).colourOf(candidate) != StatusColour.RED).findFirst()
			.orElseThrow();
	private final Person advocate = engagement.getAdvocate();

	@Test
	void overridingRecordsWhoAndWhenAndKeepsTheReasonWhenTheColourChanges() {
		CommandCheck.executesUndoesAndRedoes(domain, repository,
				ColourCommands.override(domain, engagement, StatusColour.RED, advocate, NOW));
		ColourOverride red = engagement.getColourOverride();
		assertEquals(StatusColour.RED, red.getColour());
		assertSame(advocate, red.getSetBy());
		assertEquals(NOW, red.getSetAt());
		assertEquals("Override Colour to Red", domain.getCommandStack().getUndoCommand().getLabel());
		red.setReason("The CIO threatened to cancel the renewal");

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				ColourCommands.override(domain, engagement, StatusColour.YELLOW, null, NOW.plusSeconds(60)));
		assertEquals(StatusColour.YELLOW, engagement.getColourOverride().getColour());
		assertEquals("The CIO threatened to cancel the renewal", engagement.getColourOverride().getReason());
		EngagementColour shown = new EngagementColours(NOW).of(engagement);
		assertTrue(shown.overridden());
		assertTrue(shown.rationale().endsWith("The CIO threatened to cancel the renewal"), shown.rationale());
	}

	@Test
	void choosingNoColourGivesItBackToTheEngineAndTheSameChoiceChangesNothing() {
		EngagementColour engine = new EngagementColours(NOW).of(engagement);
		domain.getCommandStack().execute(ColourCommands.override(domain, engagement, StatusColour.RED, advocate, NOW));
		assertFalse(ColourCommands.override(domain, engagement, StatusColour.RED, advocate, NOW.plusSeconds(5))
				.canExecute(), "the same colour again changes nothing");

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				ColourCommands.override(domain, engagement, null, advocate, NOW));

		assertNull(engagement.getColourOverride());
		assertFalse(new EngagementColours(NOW).of(engagement).overridden());
		assertEquals(engine, new EngagementColours(NOW).of(engagement));
		assertFalse(ColourCommands.override(domain, engagement, null, advocate, NOW).canExecute());
	}
}

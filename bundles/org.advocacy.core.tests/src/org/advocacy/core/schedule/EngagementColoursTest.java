// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import static org.advocacy.core.tests.ModelBuilder.finishToStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Person;
import org.advocacy.model.PlanTask;
import org.advocacy.model.StatusColour;
import org.advocacy.model.Urgency;
import org.junit.jupiter.api.Test;

/**
 * One source for an engagement's colour code: the advocate's override with its reason, else the engine's colour
 * from the get-well plan, else from where the engagement is in its life cycle.
 */
class EngagementColoursTest {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;
	/** Monday 15 December 2025, noon in London. */
	private static final Instant MONDAY = Instant.parse("2025-12-15T12:00:00Z");

	private final PlanFixture fixture = PlanFixture.onHolidayCalendar();
	private final Engagement engagement = FACTORY.createEngagement();

	private EngagementColour colour() {
		return new EngagementColours(MONDAY).of(engagement);
	}

	private void engagementWithPlan() {
		engagement.setState(EngagementState.EXECUTING_PLAN);
		engagement.setGetWellPlan(fixture.plan);
	}

	@Test
	void aPlanUnderWayTakesThePlansColourAndRationale() {
		engagementWithPlan();
		PlanTask migrate = fixture.task("Migrate data", 5, LocalDate.of(2025, 12, 8));
		migrate.setCommitmentDate(LocalDate.of(2025, 12, 12));

		EngagementColour colour = colour();

		assertEquals(StatusColourRules.standard().assess(CriticalPathScheduler.schedule(fixture.plan), MONDAY),
				new PlanStatus(colour.colour(), colour.rationale()));
		assertEquals(StatusColour.RED, colour.colour(), colour.rationale());
		assertFalse(colour.overridden());
	}

	@Test
	void theAdvocatesOverrideWinsAndNamesWhoSetItAndWhy() {
		engagementWithPlan();
		fixture.task("Migrate data", 5, LocalDate.of(2025, 12, 15));
		Person dana = FACTORY.createPerson();
		dana.setName("Dana Ortiz");
		ColourOverride override = FACTORY.createColourOverride();
		override.setColour(StatusColour.YELLOW);
		override.setReason("The customer's CFO escalated to our CEO");
		override.setSetBy(dana);
		engagement.setColourOverride(override);

		EngagementColour colour = colour();

		assertEquals(StatusColour.YELLOW, colour.colour());
		assertEquals("Yellow (set by Dana Ortiz): The customer's CFO escalated to our CEO", colour.rationale());
		assertTrue(colour.overridden());
	}

	@Test
	void anOverrideWithoutAReasonSaysSo() {
		ColourOverride override = FACTORY.createColourOverride();
		override.setColour(StatusColour.RED);
		engagement.setColourOverride(override);

		assertEquals("Red (set by the advocate; no reason given)", colour().rationale());
	}

	@Test
	void aPlanThatCannotBeScheduledIsYellowAndSaysWhy() {
		engagementWithPlan();
		PlanTask first = fixture.task("First", 2, LocalDate.of(2025, 12, 15));
		PlanTask second = fixture.task("Second", 2);
		finishToStart(first, second);
		finishToStart(second, first);

		EngagementColour colour = colour();

		assertEquals(StatusColour.YELLOW, colour.colour());
		assertTrue(colour.rationale().startsWith("Yellow: the get-well plan cannot be scheduled: "), colour.rationale());
	}

	@Test
	void withoutAPlanTheLifeCycleDecides() {
		engagement.setUrgency(Urgency.URGENT_24X7);
		engagement.setState(EngagementState.REQUESTED);
		assertEquals(StatusColour.RED, colour().colour(), "an urgent request not taken on yet");
		engagement.setUrgency(Urgency.BUSINESS_HOURS);
		assertEquals(StatusColour.YELLOW, colour().colour(), "a request not assessed yet");
		engagement.setState(EngagementState.ASSESSING);
		assertEquals(StatusColour.YELLOW, colour().colour());
		engagement.setState(EngagementState.ENGAGED);
		assertEquals(StatusColour.GREEN, colour().colour());
		engagement.setGetWellPlan(fixture.plan);
		assertEquals(StatusColour.GREEN, colour().colour(), "a plan without tasks has nothing to judge");
	}

	@Test
	void closedAndDeclinedEngagementsAreGreenWhateverTheirPlan() {
		engagementWithPlan();
		fixture.task("Never finished", 5, LocalDate.of(2025, 11, 3)).setCommitmentDate(LocalDate.of(2025, 11, 7));
		for (EngagementState closed : new EngagementState[] { EngagementState.RETURNED_TO_SOP,
				EngagementState.DECLINED }) {
			engagement.setState(closed);
			assertEquals(StatusColour.GREEN, colour().colour(), closed.getLiteral());
		}
	}

	@Test
	void oneAssessmentPerEngagementPerSnapshot() {
		engagement.setState(EngagementState.ASSESSING);
		EngagementColours colours = new EngagementColours(MONDAY);

		EngagementColour first = colours.of(engagement);
		engagement.setState(EngagementState.ENGAGED);

		assertSame(first, colours.of(engagement), "the same snapshot answers the same");
		assertEquals(StatusColour.GREEN, new EngagementColours(MONDAY).colourOf(engagement),
				"a new snapshot sees the change");
	}
}

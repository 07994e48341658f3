// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import static org.advocacy.core.calendar.Calendars.at;
import static org.advocacy.core.escalation.EscalationFixture.BERLIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.advocacy.core.commands.ClockPauseCommands;
import org.advocacy.core.commands.Edit;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ClockPause;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Urgency;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * The customer-update clock paused while we wait on the customer: paused time does not count towards the update
 * cadence, but a pause counts for at most five business days (configurable), after which the clock runs again and
 * the pause is flagged; pausing and resuming are commands that undo and redo exactly.
 */
class ClockPausesTest {

	/** Monday 9 March 2026, 09:00 in Berlin. */
	private static final Instant MONDAY_0900 = at(BERLIN, "2026-03-09T09:00");
	private static final Instant MONDAY_0930 = at(BERLIN, "2026-03-09T09:30");
	/** Five business days after Monday 09:30: the next Monday, 09:30. */
	private static final Instant LIMIT = at(BERLIN, "2026-03-16T09:30");

	private final EscalationFixture fixture = new EscalationFixture();
	/** Urgent: the Strategic segment's update every 2 hours, 24x7. */
	private final Engagement engagement = fixture.engagement("ADV-P1", Urgency.URGENT_24X7, MONDAY_0900);
	private final CustomerUpdates updates = new CustomerUpdates();

	private ClockPause pause(Instant start, Instant end, String reason) {
		ClockPause pause = AdvocacyFactory.eINSTANCE.createClockPause();
		pause.setStart(start);
		pause.setEnd(end);
		pause.setReason(reason);
		engagement.getPauses().add(pause);
		return pause;
	}

	@Test
	void aResumedPauseMovesTheNextUpdateByItsLength() {
		assertEquals(MONDAY_0900.plus(Duration.ofHours(2)), updates.evaluate(engagement, MONDAY_0930).nextDueAt());

		pause(MONDAY_0930, MONDAY_0930.plus(Duration.ofHours(1)), "Waiting for the log files");

		UpdateStatus status = updates.evaluate(engagement, MONDAY_0930.plus(Duration.ofHours(2)));
		assertEquals(MONDAY_0900.plus(Duration.ofHours(3)), status.nextDueAt());
		assertFalse(status.isOverdue());
		assertFalse(status.reason().contains("paused"), "the pause is over: " + status.reason());
	}

	@Test
	void aPauseBeforeTheLastUpdateDoesNotMoveTheNextOne() {
		pause(MONDAY_0900.minus(Duration.ofHours(5)), MONDAY_0900.minus(Duration.ofHours(4)), "Old pause");

		assertEquals(MONDAY_0900.plus(Duration.ofHours(2)), updates.evaluate(engagement, MONDAY_0930).nextDueAt());
	}

	@Test
	void whilePausedNothingIsOverdueAndTheReasonSaysWhatWeWaitFor() {
		pause(MONDAY_0930, null, "Waiting for the customer's change window");

		UpdateStatus status = updates.evaluate(engagement, MONDAY_0930.plus(Duration.ofDays(2)));

		assertFalse(status.isOverdue());
		assertEquals(LIMIT.plus(Duration.ofMinutes(90)), status.nextDueAt(), "due once the limit restarts the clock");
		assertTrue(status.reason().endsWith(" The clock is paused since 2026-03-09 09:30, waiting on the customer: "
				+ "Waiting for the customer's change window; it runs again when resumed, at the latest from "
				+ "2026-03-16 09:30."), status.reason());
	}

	@Test
	void aPauseLongerThanFiveBusinessDaysIsFlaggedAndTheClockRunsAgain() {
		pause(MONDAY_0930, null, "Waiting for the customer's change window");

		UpdateStatus atTheLimit = updates.evaluate(engagement, LIMIT);
		assertFalse(atTheLimit.isOverdue());
		assertTrue(new ClockPauses().tooLong(engagement, LIMIT).isEmpty(), "exactly five business days is allowed");

		Instant later = LIMIT.plus(Duration.ofHours(2));
		UpdateStatus neglected = updates.evaluate(engagement, later);
		assertTrue(neglected.isOverdue(), "a paused clock cannot hide neglect");
		assertTrue(neglected.reason().contains("The update clock has been paused since 2026-03-09 09:30 (Waiting for "
				+ "the customer's change window) for longer than 5 business days; it runs again from 2026-03-16 09:30: "
				+ "update the customer, or resume the clock."), neglected.reason());
		assertEquals(1, new ClockPauses().tooLong(engagement, later).size());
	}

	@Test
	void aResumedPauseThatLastedTooLongCountsOnlyUpToTheLimitAndStaysFlagged() {
		pause(MONDAY_0930, LIMIT.plus(Duration.ofDays(3)), "Waiting for a maintenance window");

		UpdateStatus status = updates.evaluate(engagement, LIMIT.plus(Duration.ofDays(3)));

		assertEquals(LIMIT.plus(Duration.ofMinutes(90)), status.nextDueAt());
		assertTrue(status.isOverdue());
		assertTrue(new ClockPauses().tooLong(engagement, LIMIT.plus(Duration.ofDays(30))).get(0)
				.contains("was paused since 2026-03-09 09:30 (Waiting for a maintenance window) for longer than 5 "
						+ "business days; it ran again from 2026-03-16 09:30."));
	}

	@Test
	void theLimitIsConfigurableAndCountsBusinessDaysOfTheCalendar() {
		pause(MONDAY_0930, null, "Logs");
		ClockPauses twoDays = new ClockPauses(2);

		assertTrue(twoDays.tooLong(engagement, at(BERLIN, "2026-03-11T09:30")).isEmpty());
		assertEquals(1, twoDays.tooLong(engagement, at(BERLIN, "2026-03-11T09:31")).size());
		assertFalse(new CustomerUpdates(twoDays).evaluate(engagement, at(BERLIN, "2026-03-11T09:31")).isOverdue(),
				"ninety minutes of the cadence were left when the clock stopped");
		assertTrue(new CustomerUpdates(twoDays).evaluate(engagement, at(BERLIN, "2026-03-11T11:01")).isOverdue());
		assertThrows(IllegalArgumentException.class, () -> new ClockPauses(0));

		engagement.getPauses().clear();
		pause(at(BERLIN, "2026-03-13T10:00"), null, "Over a weekend");
		assertTrue(twoDays.tooLong(engagement, at(BERLIN, "2026-03-17T09:59")).isEmpty(),
				"Friday to Tuesday is two business days");
	}

	@Test
	void pausingAndResumingAreCommandsThatUndoAndRedo() {
		EditingDomain domain = CommandCheck.domain();
		Edit pause = ClockPauseCommands.pause(domain, engagement, "  Waiting for the log files ", fixture.advocate,
				MONDAY_0930);
		CommandCheck.executesUndoesAndRedoes(domain, fixture.repository, pause.command());
		ClockPause paused = ClockPauses.active(engagement);
		assertEquals("Waiting for the log files", paused.getReason());
		assertSame(fixture.advocate, paused.getPausedBy());
		assertEquals(MONDAY_0930, paused.getStart());

		Instant resumed = MONDAY_0930.plus(Duration.ofHours(4));
		CommandCheck.executesUndoesAndRedoes(domain, fixture.repository,
				ClockPauseCommands.resume(domain, engagement, resumed).command());
		assertEquals(resumed, paused.getEnd());
		assertNull(ClockPauses.active(engagement));
	}

	@Test
	void aPauseWithoutReasonTwoPausesAtOnceAndAResumeWithoutPauseAreRefused() {
		EditingDomain domain = CommandCheck.domain();
		assertTrue(ClockPauseCommands.pause(domain, engagement, " ", null, MONDAY_0930).refusal()
				.contains("Say what we are waiting on the customer for"));
		assertEquals("The update clock is not paused.",
				ClockPauseCommands.resume(domain, engagement, MONDAY_0930).refusal());

		pause(MONDAY_0930, null, "Logs");
		assertEquals("The update clock is paused already; resume it first.",
				ClockPauseCommands.pause(domain, engagement, "More logs", null, MONDAY_0930).refusal());
		assertEquals("The clock cannot run again before it was paused.",
				ClockPauseCommands.resume(domain, engagement, MONDAY_0900).refusal());

		engagement.setState(EngagementState.RETURNED_TO_SOP);
		engagement.getPauses().clear();
		assertFalse(ClockPauseCommands.pause(domain, engagement, "Logs", null, MONDAY_0930).accepted());
	}
}

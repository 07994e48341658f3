// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import static org.advocacy.core.schedule.PlanFixture.dec;
import static org.advocacy.core.schedule.PlanFixture.jan;
import static org.advocacy.core.tests.ModelBuilder.finishToStart;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.PlanTask;
import org.advocacy.model.Risk;
import org.advocacy.model.RiskLevel;
import org.advocacy.model.StatusColour;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The colour code with the line a sponsor reads. On the holiday calendar, "Migrate data" runs Mon 15 to Fri 19
 * Dec, "Verify reports" Mon 22 and Tue 23 Dec, and the milestone "Go-live" falls on Tue 23 Dec; all are
 * critical. Unless a test says otherwise, every commitment is met and the assessment is made on Mon 15 Dec.
 */
class StatusColourRulesTest {

	private static final LocalDate MONDAY_15_DEC = dec(15);

	private PlanFixture fixture = PlanFixture.onHolidayCalendar();
	private PlanTask migrate;
	private PlanTask verify;
	private PlanTask goLive;

	@BeforeEach
	void plan() {
		migrate = fixture.task("Migrate data", 5, dec(15));
		verify = fixture.task("Verify reports", 2);
		goLive = fixture.milestone("Go-live");
		finishToStart(migrate, verify);
		finishToStart(verify, goLive);
		migrate.setCommitmentDate(dec(19));
		verify.setCommitmentDate(dec(23));
		goLive.setCommitmentDate(dec(23));
	}

	@Test
	void greenWhenOnTrackNamesTheNextMilestone() {
		assertStatus(StatusColour.GREEN, "Green: on track; 0 of 3 tasks complete, next milestone 'Go-live' on 23 Dec",
				MONDAY_15_DEC);
	}

	@Test
	void greenWhenEverythingIsCompleteEvenIfItFinishedLate() {
		for (PlanTask task : new PlanTask[] { migrate, verify, goLive }) {
			task.setPercentComplete(100);
			task.setCommitmentDate(dec(16));
		}

		assertStatus(StatusColour.GREEN, "Green: all 3 tasks complete", jan(5));
	}

	@Test
	void redWhenAMilestoneIsScheduledPastItsCommitment() {
		goLive.setCommitmentDate(dec(12));
		verify.setCommitmentDate(dec(12));

		// Go-live on Tue 23 Dec; after Fri 12 Dec come Mon 15 to Fri 19, Mon 22, Tue 23: 7 working days
		assertStatus(StatusColour.RED, "Red: milestone 'Go-live' is 7 working days past its committed date of 12 Dec",
				MONDAY_15_DEC);
	}

	@Test
	void redWhenThePlanFinishesAfterItsCommittedFinish() {
		PlanTask handOver = fixture.task("Hand over to support", 1);
		finishToStart(goLive, handOver);
		handOver.setCommitmentDate(dec(23));

		// the hand-over follows Go-live on Tue 23 the next working day, Wed 24
		assertStatus(StatusColour.RED,
				"Red: the plan now finishes on 24 Dec, 1 working day after its committed finish of 23 Dec",
				MONDAY_15_DEC);
	}

	@Test
	void redWhenACriticalTaskIsFarPastItsCommitment() {
		migrate.setCommitmentDate(dec(12));

		// Fri 19 Dec is 5 working days after Fri 12 Dec: the default red threshold
		assertStatus(StatusColour.RED,
				"Red: critical task 'Migrate data' is 5 working days past its committed date of 12 Dec", MONDAY_15_DEC);
	}

	@Test
	void yellowWhenACriticalTaskIsALittlePastItsCommitment() {
		migrate.setCommitmentDate(dec(15));

		assertStatus(StatusColour.YELLOW,
				"Yellow: critical task 'Migrate data' is 4 working days past its committed date of 15 Dec",
				MONDAY_15_DEC);
	}

	@Test
	void theRedThresholdCanBeChanged() {
		migrate.setCommitmentDate(dec(15));

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(StatusColour.RED, new StatusColourRules(4).assess(schedule, MONDAY_15_DEC).colour());
		assertEquals(StatusColour.YELLOW, new StatusColourRules(5).assess(schedule, MONDAY_15_DEC).colour());
	}

	@Test
	void redWhenACriticalTaskIsOverdueWithoutProgress() {
		assertStatus(StatusColour.RED,
				"Red: critical task 'Migrate data' was due to finish on 19 Dec and has not started", dec(22));
	}

	@Test
	void yellowWhenACriticalTaskIsOverdueWithSomeProgress() {
		migrate.setPercentComplete(60);

		assertStatus(StatusColour.YELLOW,
				"Yellow: critical task 'Migrate data' was due to finish on 19 Dec and is 60% complete", dec(22));
	}

	@Test
	void yellowWhenACriticalTaskShouldHaveStartedAndHasNot() {
		assertStatus(StatusColour.YELLOW,
				"Yellow: critical task 'Migrate data' was due to start on 15 Dec and has not started", dec(17));
	}

	@Test
	void yellowWhenAMilestoneIsBehindItsBaselineButWithinItsCommitment() {
		goLive.setBaselineFinish(dec(19));

		assertStatus(StatusColour.YELLOW, "Yellow: milestone 'Go-live' is 2 working days behind its baseline of 19 Dec",
				MONDAY_15_DEC);
	}

	@Test
	void yellowWhileAHighLikelihoodHighImpactRiskIsOpen() {
		addRisk("Key engineer may be pulled onto another escalation", RiskLevel.HIGH, RiskLevel.HIGH);

		assertStatus(StatusColour.YELLOW,
				"Yellow: a high-likelihood, high-impact risk is open: 'Key engineer may be pulled onto another escalation'",
				MONDAY_15_DEC);
	}

	@Test
	void aLesserRiskKeepsThePlanGreen() {
		addRisk("Change freeze may be extended", RiskLevel.HIGH, RiskLevel.MEDIUM);

		assertEquals(StatusColour.GREEN, assess(MONDAY_15_DEC).colour());
	}

	@Test
	void redOutranksYellow() {
		addRisk("Key engineer may be pulled onto another escalation", RiskLevel.HIGH, RiskLevel.HIGH);
		goLive.setBaselineFinish(dec(19));
		goLive.setCommitmentDate(dec(22));

		assertStatus(StatusColour.RED, "Red: milestone 'Go-live' is 1 working day past its committed date of 22 Dec",
				MONDAY_15_DEC);
	}

	@Test
	void datesOutsideTheCurrentYearShowTheYear() {
		migrate.setPercentComplete(100);
		verify.setPercentComplete(50);

		assertStatus(StatusColour.YELLOW,
				"Yellow: critical task 'Verify reports' was due to finish on 23 Dec 2025 and is 50% complete", jan(5));
	}

	@Test
	void anInstantIsReadAsADateInThePlanCalendarsTimeZone() {
		fixture = PlanFixture.onHolidayCalendar(ZoneId.of("Pacific/Auckland"));
		plan();
		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		// noon UTC on Mon 15 Dec is already 01:00 on Tue 16 Dec in Auckland, so "Migrate data" is late starting
		PlanStatus status = StatusColourRules.standard().assess(schedule, Instant.parse("2025-12-15T12:00:00Z"));

		assertEquals(StatusColour.YELLOW, status.colour(), status.rationale());
	}

	private void addRisk(String description, RiskLevel likelihood, RiskLevel impact) {
		Risk risk = AdvocacyFactory.eINSTANCE.createRisk();
		risk.setDescription(description);
		risk.setLikelihood(likelihood);
		risk.setImpact(impact);
		fixture.plan.getRisks().add(risk);
	}

	private PlanStatus assess(LocalDate today) {
		return StatusColourRules.standard().assess(CriticalPathScheduler.schedule(fixture.plan), today);
	}

	private void assertStatus(StatusColour colour, String rationale, LocalDate today) {
		PlanStatus status = assess(today);
		assertEquals(rationale, status.rationale());
		assertEquals(colour, status.colour());
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.time.LocalDate;
import java.time.ZoneId;

import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;

/**
 * Small get-well plans for hand-worked scheduling examples: one phase, "Stabilize", that the tasks are added to. The
 * holiday calendar works Monday to Friday with Thursday 25 and Friday 26 December 2025 and Thursday 1 January 2026
 * off, so its working days around Christmas are: Mon 15, Tue 16, Wed 17, Thu 18, Fri 19, Mon 22, Tue 23, Wed 24,
 * Mon 29, Tue 30, Wed 31 Dec, Fri 2 Jan.
 */
final class PlanFixture {

	final GetWellPlan plan;
	private final PhaseOfValue phase;

	private PlanFixture(BusinessCalendar calendar) {
		plan = ModelBuilder.plan(null, "Get-well plan: Northwind", calendar);
		phase = ModelBuilder.phase(plan, "Stabilize");
	}

	/** @return an empty plan on the holiday calendar (time zone Europe/London) */
	static PlanFixture onHolidayCalendar() {
		return onHolidayCalendar(ZoneId.of("Europe/London"));
	}

	/** @return an empty plan on the holiday calendar in the given time zone */
	static PlanFixture onHolidayCalendar(ZoneId zone) {
		return new PlanFixture(ModelBuilder.calendar("London office", zone.getId(), null, null, ModelBuilder.WEEKDAYS,
				dec(25), dec(26), jan(1)));
	}

	/** @return an empty plan without calendar: every day is a working day */
	static PlanFixture withoutCalendar() {
		return new PlanFixture(null);
	}

	PlanTask task(String name, int durationDays) {
		return ModelBuilder.task(phase, name, durationDays);
	}

	PlanTask task(String name, int durationDays, LocalDate start) {
		return ModelBuilder.task(phase, name, start, durationDays, null);
	}

	PlanTask milestone(String name) {
		return ModelBuilder.milestone(phase, name);
	}

	static LocalDate dec(int day) {
		return LocalDate.of(2025, 12, day);
	}

	static LocalDate jan(int day) {
		return LocalDate.of(2026, 1, day);
	}
}

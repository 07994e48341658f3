// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.DependencyType;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Holiday;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.model.Weekday;

/**
 * Small get-well plans for hand-worked scheduling examples. The holiday calendar works Monday to Friday with
 * Thursday 25 and Friday 26 December 2025 and Thursday 1 January 2026 off, so its working days around Christmas
 * are: Mon 15, Tue 16, Wed 17, Thu 18, Fri 19, Mon 22, Tue 23, Wed 24, Mon 29, Tue 30, Wed 31 Dec, Fri 2 Jan.
 */
final class PlanFixture {

	static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	final GetWellPlan plan = FACTORY.createGetWellPlan();
	private final PhaseOfValue phase = FACTORY.createPhaseOfValue();

	private PlanFixture(BusinessCalendar calendar) {
		plan.setName("Get-well plan: Northwind");
		plan.setCalendar(calendar);
		phase.setName("Stabilize");
		plan.getPhases().add(phase);
	}

	/** @return an empty plan on the holiday calendar (time zone Europe/London) */
	static PlanFixture onHolidayCalendar() {
		return onHolidayCalendar(ZoneId.of("Europe/London"));
	}

	/** @return an empty plan on the holiday calendar in the given time zone */
	static PlanFixture onHolidayCalendar(ZoneId zone) {
		BusinessCalendar calendar = FACTORY.createBusinessCalendar();
		calendar.setName("London office");
		calendar.setTimeZone(zone);
		calendar.getWorkingDays()
				.addAll(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY));
		for (LocalDate date : new LocalDate[] { LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
				LocalDate.of(2026, 1, 1) }) {
			Holiday holiday = FACTORY.createHoliday();
			holiday.setDate(date);
			holiday.setName("Holiday");
			calendar.getHolidays().add(holiday);
		}
		return new PlanFixture(calendar);
	}

	/** @return an empty plan without calendar: every day is a working day */
	static PlanFixture withoutCalendar() {
		return new PlanFixture(null);
	}

	PlanTask task(String name, int durationDays) {
		PlanTask task = FACTORY.createPlanTask();
		task.setName(name);
		task.setDurationDays(durationDays);
		phase.getTasks().add(task);
		return task;
	}

	PlanTask task(String name, int durationDays, LocalDate start) {
		PlanTask task = task(name, durationDays);
		task.setStart(start);
		return task;
	}

	PlanTask milestone(String name) {
		PlanTask task = task(name, 0);
		task.setMilestone(true);
		return task;
	}

	static TaskDependency link(PlanTask predecessor, PlanTask successor, DependencyType type, int lagDays) {
		TaskDependency dependency = FACTORY.createTaskDependency();
		dependency.setPredecessor(predecessor);
		dependency.setType(type);
		dependency.setLagDays(lagDays);
		successor.getDependencies().add(dependency);
		return dependency;
	}

	static TaskDependency finishToStart(PlanTask predecessor, PlanTask successor) {
		return link(predecessor, successor, DependencyType.FINISH_TO_START, 0);
	}

	static LocalDate dec(int day) {
		return LocalDate.of(2025, 12, day);
	}

	static LocalDate jan(int day) {
		return LocalDate.of(2026, 1, day);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import static org.advocacy.core.schedule.PlanFixture.dec;
import static org.advocacy.core.tests.ModelBuilder.finishToStart;
import static org.advocacy.core.tests.ModelBuilder.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.advocacy.model.DependencyType;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.junit.jupiter.api.Test;

/** Plans whose dependencies cannot be put in order are rejected with the tasks named. */
class TaskGraphTest {

	private final PlanFixture fixture = PlanFixture.onHolidayCalendar();

	@Test
	void aPlanWithoutCycleHasNone() {
		PlanTask kickOff = fixture.task("Kick-off", 1, dec(22));
		finishToStart(kickOff, fixture.task("Migrate data", 2));

		assertEquals(Optional.empty(), TaskGraph.findCycle(fixture.plan));
	}

	@Test
	void aCycleIsFoundInDependencyOrderAndRejectedByName() {
		PlanTask kickOff = fixture.task("Kick-off", 1, dec(22));
		PlanTask migrate = fixture.task("Migrate data", 2);
		PlanTask verify = fixture.task("Verify reports", 1);
		PlanTask signOff = fixture.task("Customer sign-off", 1);
		finishToStart(kickOff, migrate);
		finishToStart(migrate, verify);
		finishToStart(verify, signOff);
		link(signOff, migrate, DependencyType.START_TO_START, 0);

		assertEquals(Optional.of(List.of(migrate, verify, signOff)), TaskGraph.findCycle(fixture.plan));
		UnschedulablePlanException rejected = assertThrows(UnschedulablePlanException.class,
				() -> CriticalPathScheduler.schedule(fixture.plan));
		assertTrue(rejected.getMessage().startsWith(
				"The plan's dependencies form a cycle: Migrate data → Verify reports → Customer sign-off → Migrate data"),
				rejected.getMessage());
		assertEquals(List.of(migrate, verify, signOff), rejected.getTasks());
	}

	@Test
	void aCycleOfTwoTasksIsNamedFromTheTaskListedFirst() {
		PlanTask migrate = fixture.task("Migrate data", 2, dec(22));
		PlanTask verify = fixture.task("Verify reports", 1);
		finishToStart(verify, migrate);
		finishToStart(migrate, verify);

		UnschedulablePlanException rejected = assertThrows(UnschedulablePlanException.class,
				() -> CriticalPathScheduler.schedule(fixture.plan));

		assertTrue(rejected.getMessage()
				.startsWith("The plan's dependencies form a cycle: Migrate data → Verify reports → Migrate data"),
				rejected.getMessage());
	}

	@Test
	void aTaskThatDependsOnItselfIsACycleOfOne() {
		PlanTask migrate = fixture.task("Migrate data", 2, dec(22));
		finishToStart(migrate, migrate);

		assertEquals(Optional.of(List.of(migrate)), TaskGraph.findCycle(fixture.plan));
	}

	@Test
	void tasksDownstreamOfACycleAreNotPartOfIt() {
		PlanTask migrate = fixture.task("Migrate data", 2, dec(22));
		PlanTask verify = fixture.task("Verify reports", 1);
		PlanTask report = fixture.task("Report to customer", 1);
		finishToStart(verify, report);
		finishToStart(verify, migrate);
		finishToStart(migrate, verify);

		assertEquals(Optional.of(List.of(migrate, verify)), TaskGraph.findCycle(fixture.plan));
	}

	@Test
	void aDependencyOnATaskOfAnotherPlanIsReportedByName() {
		PlanFixture otherPlan = PlanFixture.onHolidayCalendar();
		PlanTask foreign = otherPlan.task("Replace firewall", 3, dec(15));
		PlanTask migrate = fixture.task("Migrate data", 2, dec(22));
		PlanTask verify = fixture.task("Verify reports", 1);
		finishToStart(migrate, verify);
		TaskDependency outside = finishToStart(foreign, verify);

		assertEquals(List.of(outside), TaskGraph.findDependenciesOutside(fixture.plan));
		UnschedulablePlanException rejected = assertThrows(UnschedulablePlanException.class,
				() -> CriticalPathScheduler.schedule(fixture.plan));
		assertEquals("Some tasks depend on tasks that are not part of this plan: 'Verify reports' depends on "
				+ "'Replace firewall', which is not in this plan.", rejected.getMessage());
		assertEquals(List.of(verify), rejected.getTasks());
	}

	@Test
	void aDependencyWithoutPredecessorIsReported() {
		PlanTask migrate = fixture.task("Migrate data", 2, dec(22));
		TaskDependency empty = finishToStart(null, migrate);

		assertEquals(List.of(empty), TaskGraph.findDependenciesOutside(fixture.plan));
		UnschedulablePlanException rejected = assertThrows(UnschedulablePlanException.class,
				() -> CriticalPathScheduler.schedule(fixture.plan));
		assertEquals("Some tasks depend on tasks that are not part of this plan: 'Migrate data' depends on no task.",
				rejected.getMessage());
	}

	@Test
	void aPlanWithoutAnyStartDateCannotBeScheduledUnlessGivenOne() {
		PlanTask migrate = fixture.task("Migrate data", 2);

		UnschedulablePlanException rejected = assertThrows(UnschedulablePlanException.class,
				() -> CriticalPathScheduler.schedule(fixture.plan));

		assertEquals("The plan 'Get-well plan: Northwind' cannot be scheduled: no task has a start date. "
				+ "Give at least one task a start date.", rejected.getMessage());
		assertEquals(dec(22), CriticalPathScheduler.schedule(fixture.plan, dec(22)).of(migrate).earlyStart());
	}

	@Test
	void aPlanWithoutTasksCannotBeScheduled() {
		UnschedulablePlanException rejected = assertThrows(UnschedulablePlanException.class,
				() -> CriticalPathScheduler.schedule(fixture.plan, dec(22)));

		assertEquals("The plan 'Get-well plan: Northwind' has no tasks to schedule.", rejected.getMessage());
	}
}

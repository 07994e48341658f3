// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The get-well plans of the shipped sample repository schedule as the sample was written: the scheduler and the
 * generator agree on the date conventions, so a user opening the sample sees the dates it stores.
 */
class SamplePlansTest {

	private static final Instant NOW = Instant.parse("2026-03-11T10:15:30Z");

	private static List<Engagement> engagementsWithPlan;

	@BeforeAll
	static void generate() {
		engagementsWithPlan = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW)
				.generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT).getEngagements().stream()
				.filter(engagement -> engagement.getGetWellPlan() != null).toList();
	}

	@TestFactory
	Stream<DynamicTest> everySamplePlanSchedulesToItsStoredDatesWithACriticalPath() {
		assertFalse(engagementsWithPlan.isEmpty());
		return engagementsWithPlan.stream().map(engagement -> DynamicTest.dynamicTest(engagement.getKey(), () -> {
			GetWellPlan plan = engagement.getGetWellPlan();
			PlanSchedule schedule = CriticalPathScheduler.schedule(plan);

			assertFalse(schedule.criticalPath().isEmpty());
			PlanTask last = schedule.criticalPath().get(schedule.criticalPath().size() - 1);
			assertEquals(schedule.plannedFinish(), schedule.of(last).earlyFinish());
			for (PlanTask task : schedule.tasks()) {
				TaskSchedule scheduled = schedule.of(task);
				assertEquals(task.getStart(), scheduled.earlyStart(), task.getName());
				assertEquals(task.getFinish(), scheduled.earlyFinish(), task.getName());
				assertTrue(scheduled.totalFloat() >= 0, task.getName());
			}
			assertNotNull(StatusColourRules.standard().assess(schedule, NOW).rationale());
		}));
	}
}

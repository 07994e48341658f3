// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.util.concurrent.TimeUnit;

import org.advocacy.core.schedule.CriticalPathScheduler;
import org.advocacy.core.schedule.PlanSchedule;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.tests.harness.SyntheticPlans;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The critical-path method on a 10,000-task / 20,000-link get-well plan (target ≤ 5 ms), against a baseline that
 * only reads every task's duration and every link's lag from the model: the ratio is the cost of scheduling on
 * top of touching the plan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CriticalPathBenchmark {

	private GetWellPlan plan;

	/** Builds the synthetic plan once. */
	@Setup(Level.Trial)
	public void buildPlan() {
		plan = SyntheticPlans.large(10_000, 20_000, 42);
	}

	/** @return the sum of durations and lags: the baseline */
	@Benchmark
	public long baseline() {
		long sum = 0;
		for (PhaseOfValue phase : plan.getPhases()) {
			for (PlanTask task : phase.getTasks()) {
				sum += task.getDurationDays();
				for (TaskDependency dependency : task.getDependencies()) {
					sum += dependency.getLagDays() + dependency.getPredecessor().getDurationDays();
				}
			}
		}
		return sum;
	}

	/** @return the schedule */
	@Benchmark
	public PlanSchedule schedule() {
		return CriticalPathScheduler.schedule(plan);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import static org.advocacy.tests.harness.StandardSample.NOW;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.review.EngagementSnapshot;
import org.advocacy.core.review.MetricsFilter;
import org.advocacy.core.review.ReviewMetrics;
import org.advocacy.core.review.ReviewMetricsCalculator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.Expense;
import org.advocacy.tests.harness.StandardSample;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The five review metrics over 100,000 engagements (target ≤ 100 ms), against a baseline that reads every value
 * the metrics read (opening and closing, state, reason, customer segment, business unit, product line, the hours
 * and rate of every effort entry, the amount of every expense) and adds nothing up: the floor that walking the
 * model sets. Reading the repository into a snapshot and computing the metrics from it are reported separately as
 * well, since a view computes from one snapshot many times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReviewMetricsBenchmark {

	private AdvocacyRepository repository;
	private EngagementSnapshot snapshot;
	private final ReviewMetricsCalculator calculator = new ReviewMetricsCalculator();

	/** Generates the 100k-engagement repository once. */
	@Setup(Level.Trial)
	public void generate() {
		repository = StandardSample.generate(100_000);
		snapshot = calculator.snapshot(repository);
		Heap.settle();
	}

	/** @return a checksum over every value the metrics read: the baseline */
	@Benchmark
	public long baseline() {
		long sum = 0;
		for (Engagement engagement : repository.getEngagements()) {
			Instant closed = engagement.getClosedAt();
			Customer customer = engagement.getCustomer();
			sum += engagement.getOpenedAt().getEpochSecond() + (closed == null ? 0 : closed.getEpochSecond())
					+ engagement.getState().getValue() + present(engagement.getReason())
					+ present(customer == null ? null : customer.getSegment()) + present(engagement.getBusinessUnit())
					+ present(engagement.getProductLine());
			for (EffortEntry effort : engagement.getEffortEntries()) {
				sum += (long) effort.getHours() + effort.getHourlyRate().signum();
			}
			for (Expense expense : engagement.getExpenses()) {
				sum += expense.getAmount().signum();
			}
		}
		return sum;
	}

	private static int present(Object value) {
		return value == null ? 0 : 1;
	}

	/** @return all five metrics, reading the repository included */
	@Benchmark
	public ReviewMetrics allFiveMetrics() {
		return calculator.compute(repository, MetricsFilter.all(), NOW);
	}

	/** @return the snapshot the metrics are computed from */
	@Benchmark
	public EngagementSnapshot snapshotOnly() {
		return calculator.snapshot(repository);
	}

	/** @return all five metrics from a snapshot taken beforehand */
	@Benchmark
	public ReviewMetrics metricsFromSnapshot() {
		return calculator.compute(snapshot, MetricsFilter.all(), NOW);
	}
}

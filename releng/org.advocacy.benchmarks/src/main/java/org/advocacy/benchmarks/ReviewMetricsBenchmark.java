// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import static org.advocacy.tests.harness.StandardSample.NOW;

import java.util.concurrent.TimeUnit;

import org.advocacy.core.review.EngagementSnapshot;
import org.advocacy.core.review.MetricsFilter;
import org.advocacy.core.review.ReviewMetrics;
import org.advocacy.core.review.ReviewMetricsCalculator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
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
 * The five review metrics over 100,000 engagements (target ≤ 100 ms), against a baseline that reads every
 * engagement's opening time and effort entries. Reading the repository into a snapshot and computing the metrics
 * from it are reported separately as well, since a view computes from one snapshot many times.
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
	}

	/** @return a checksum over what the metrics read: the baseline */
	@Benchmark
	public long baseline() {
		long sum = 0;
		for (Engagement engagement : repository.getEngagements()) {
			sum += engagement.getOpenedAt().getEpochSecond();
			for (EffortEntry effort : engagement.getEffortEntries()) {
				sum += (long) effort.getHours();
			}
		}
		return sum;
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

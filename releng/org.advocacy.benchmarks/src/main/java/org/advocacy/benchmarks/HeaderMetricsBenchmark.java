// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.persistence.AdvocacyResource;
import org.advocacy.core.repository.CustomerHeader;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.EngagementHeaders;
import org.advocacy.core.review.MetricsFilter;
import org.advocacy.core.review.ReviewKeys;
import org.advocacy.core.review.ReviewMetrics;
import org.advocacy.core.review.ReviewMetricsCalculator;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.eclipse.emf.common.util.URI;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The five review metrics over 100,000 engagements from their header rows (target: within 2 × the same metrics
 * from the loaded model, which is the baseline here), snapshot included. Header rows are what a team repository
 * lists and what a file's header cache holds; no engagement body is read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HeaderMetricsBenchmark {

	private static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");

	private AdvocacyRepository repository;
	private List<EngagementHeader> engagements;
	private List<CustomerHeader> customers;
	private final ReviewMetricsCalculator calculator = new ReviewMetricsCalculator();

	/** Generates the 100k-engagement repository with UUIDs and derives its headers once. */
	@Setup(Level.Trial)
	public void generate() {
		repository = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW).generate(100_000);
		new AdvocacyResource(URI.createURI("memory:/metrics.advocacy")).getContents().add(repository);
		engagements = new ArrayList<>(repository.getEngagements().size());
		for (Engagement engagement : repository.getEngagements()) {
			engagements.add(EngagementHeaders.of(engagement, NOW));
		}
		customers = new ArrayList<>(repository.getCustomers().size());
		for (Customer customer : repository.getCustomers()) {
			customers.add(EngagementHeaders.of(customer, 1));
		}
	}

	/** @return all five metrics from the model, its snapshot included: the baseline */
	@Benchmark
	public ReviewMetrics baseline() {
		return calculator.compute(repository, MetricsFilter.all(), NOW);
	}

	/** @return all five metrics from the header rows, their snapshot included */
	@Benchmark
	public ReviewMetrics fromHeaders() {
		return calculator.compute(calculator.snapshot(engagements, customers, ReviewKeys.standIns()),
				MetricsFilter.all(), NOW);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Expense;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agenda and the metrics of a scaled sample repository are consistent with each other and with the model. */
class SampleRepositoryReviewTest {

	private static final Instant NOW = Instant.parse("2026-03-11T10:15:30Z");
	private static final int COUNT = 1_500;

	private static AdvocacyRepository repository;
	private static ReviewMetrics metrics;

	@BeforeAll
	static void generate() {
		repository = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW).generate(COUNT);
		metrics = new ReviewMetricsCalculator().compute(repository, MetricsFilter.all(), NOW);
	}

	@Test
	void everyEngagementButDeclinedRequestsIsMeasured() {
		long declined = repository.getEngagements().stream()
				.filter(engagement -> engagement.getState() == EngagementState.DECLINED).count();

		assertEquals(COUNT - declined, metrics.engagementCount());
	}

	@Test
	void everyBreakdownAccountsForEachEngagementOnceUnderItsOwnValue() {
		for (Dimension dimension : Dimension.values()) {
			Set<Engagement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			for (BreakdownGroup group : metrics.breakdown(dimension).groups()) {
				for (Engagement engagement : group.engagements()) {
					assertSame(group.key(), dimension.keyOf(engagement), dimension.label());
					assertTrue(seen.add(engagement), dimension.label());
				}
			}
			assertEquals(metrics.engagementCount(), seen.size(), dimension.label());
		}
	}

	@Test
	void moneyTotalsEqualTheSumsPerEngagementAndPerGroup() {
		CostSummary costs = metrics.costs();
		BigDecimal effort = BigDecimal.ZERO;
		BigDecimal expenses = BigDecimal.ZERO;
		for (EngagementCost cost : costs.perEngagement()) {
			assertEquals(plainEffort(cost.engagement()), cost.effort(), cost.engagement().getKey());
			assertEquals(plainExpenses(cost.engagement()), cost.expenses(), cost.engagement().getKey());
			effort = effort.add(cost.effort());
			expenses = expenses.add(cost.expenses());
		}
		assertEquals(effort, costs.effort());
		assertEquals(expenses, costs.expenses());
		assertTrue(costs.total().signum() > 0);
		for (Dimension dimension : Dimension.values()) {
			List<BreakdownGroup> groups = metrics.breakdown(dimension).groups();
			assertEquals(costs.effort(),
					groups.stream().map(BreakdownGroup::effort).reduce(BigDecimal.ZERO, BigDecimal::add),
					dimension.label());
			assertEquals(costs.expenses(),
					groups.stream().map(BreakdownGroup::expenses).reduce(BigDecimal.ZERO, BigDecimal::add),
					dimension.label());
		}
	}

	@Test
	void durationsSplitEveryEngagementIntoOpenOrClosedAndOneBand() {
		DurationMetrics durations = metrics.durations();

		assertEquals(metrics.engagementCount(), durations.open().count() + durations.closed().count());
		for (DurationSummary summary : List.of(durations.open(), durations.closed())) {
			assertEquals(summary.count(), summary.buckets().stream().mapToInt(DurationBucket::count).sum());
			assertTrue(summary.median().compareTo(summary.p90()) <= 0);
			assertTrue(summary.p90().compareTo(summary.max()) <= 0);
		}
		for (Engagement engagement : durations.closed().bucket(DurationBand.UNDER_ONE_DAY).engagements()) {
			assertTrue(engagement.getClosedAt() != null, engagement.getKey());
		}
	}

	@Test
	void everyEngagementWasOpenedInExactlyOnePeriod() {
		CustomerRatio ratio = metrics.customerRatio();

		assertEquals(metrics.engagementCount(), ratio.periods().stream().mapToInt(PeriodRatio::engagements).sum());
		for (int p = 1; p < ratio.periods().size(); p++) {
			assertEquals(ratio.periods().get(p - 1).end(), ratio.periods().get(p).start(), "no gaps");
		}
	}

	@Test
	void theCustomerBaseOfEachPeriodFollowsCustomerSinceAndUntil() {
		List<PeriodRatio> periods = metrics.customerRatio().periods();
		for (PeriodRatio period : periods) {
			long customers = repository.getCustomers().stream()
					.filter(customer -> customer.getCustomerSince().isBefore(period.end()))
					.filter(customer -> customer.getCustomerUntil() == null
							|| !customer.getCustomerUntil().isBefore(period.start()))
					.count();
			assertEquals(customers, period.customers(), () -> "the base of " + period.start());
		}
		assertEquals(periods.get(periods.size() - 1).customers(), metrics.customerRatio().customers());
		assertTrue(periods.stream().mapToInt(PeriodRatio::customers).distinct().count() > 1,
				"the base grows over the periods");
	}

	@Test
	void theStandardSamplesFormerCustomersLeaveTheBase() {
		AdvocacyRepository standard = StandardSample.generate();
		List<PeriodRatio> periods = new ReviewMetricsCalculator()
				.compute(standard, MetricsFilter.all(), StandardSample.NOW).customerRatio().periods();
		long former = standard.getCustomers().stream().filter(customer -> customer.getCustomerUntil() != null).count();

		assertEquals(2, former);
		assertEquals(standard.getCustomers().size() - former, periods.get(periods.size() - 1).customers(),
				"the former customers are not in this month's base");
	}

	@Test
	void filteredMetricsAreTheMatchingPartOfTheWhole() {
		BreakdownGroup largestSegment = metrics.breakdown(Dimension.SEGMENT).groups().get(0);
		MetricsFilter filter = MetricsFilter.all().withSegments(Set.of((CustomerSegment) largestSegment.key()));

		ReviewMetrics filtered = new ReviewMetricsCalculator().compute(repository, filter, NOW);

		assertEquals(largestSegment.engagements(), filtered.engagements());
		assertEquals(largestSegment.effort(), filtered.costs().effort());
		assertEquals(largestSegment.expenses(), filtered.costs().expenses());
	}

	@Test
	void agendaListsEachEngagementOnceAndFindsTheOverdueCommitment() {
		ReviewAgenda agenda = new ReviewAgendaPlanner().prepare(repository, NOW);

		assertTrue(agenda.lastReview().isPresent());
		assertTrue(agenda.since().isBefore(NOW));
		List<AgendaItem> all = new ArrayList<>(agenda.newEngagements());
		all.addAll(agenda.updates());
		all.addAll(agenda.toConfirmClosed());
		Set<Engagement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (AgendaItem item : all) {
			assertTrue(seen.add(item.engagement()), item.engagement().getKey());
			assertTrue(item.engagement().getState() != EngagementState.DECLINED, item.engagement().getKey());
		}
		for (AgendaItem item : agenda.newEngagements()) {
			assertFalse(item.engagement().getOpenedAt().isBefore(agenda.since()), item.engagement().getKey());
		}
		assertFalse(agenda.newEngagements().isEmpty());
		assertFalse(agenda.updates().isEmpty());
		assertFalse(agenda.toConfirmClosed().isEmpty());
		assertFalse(agenda.overdueCommitments().isEmpty(), "the sample has an overdue root-cause commitment");
	}

	/** Effort the obvious way: exact BigDecimal products, summed, rounded once. */
	private static BigDecimal plainEffort(Engagement engagement) {
		BigDecimal sum = BigDecimal.ZERO;
		for (EffortEntry entry : engagement.getEffortEntries()) {
			sum = sum.add(BigDecimal.valueOf(entry.getHours()).multiply(entry.getHourlyRate()));
		}
		return sum.setScale(2, RoundingMode.HALF_EVEN);
	}

	private static BigDecimal plainExpenses(Engagement engagement) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Expense expense : engagement.getExpenses()) {
			sum = sum.add(expense.getAmount());
		}
		return sum.setScale(2, RoundingMode.HALF_EVEN);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import org.advocacy.model.BusinessUnit;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.EngagementState;
import org.advocacy.model.ProductLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The five metrics against a hand-built repository: 3 customers, 5 engagements (plus a declined request and one
 * opened after "now", which do not count), with every expected value worked out by hand in the comments.
 */
class ReviewMetricsCalculatorTest {

	private static final Instant NOW = Instant.parse("2026-03-11T12:00:00Z");

	private final ReviewFixture fixture = new ReviewFixture();
	private CustomerSegment strategic;
	private CustomerSegment commercial;
	private BusinessUnit cloud;
	private BusinessUnit devices;
	private ProductLine storage;
	private ProductLine compute;
	private ProductLine phones;
	private EngagementReason outage;
	private EngagementReason billing;
	private Engagement e1;
	private Engagement e2;
	private Engagement e3;
	private Engagement e4;
	private Engagement e5;

	@BeforeEach
	void buildFixture() {
		strategic = fixture.model.segment("Strategic");
		commercial = fixture.model.segment("Commercial");
		cloud = fixture.model.businessUnit("Cloud");
		devices = fixture.model.businessUnit("Devices");
		storage = fixture.model.productLine("Storage", cloud);
		compute = fixture.model.productLine("Compute", cloud);
		phones = fixture.model.productLine("Phones", devices);
		outage = fixture.model.reason("Outage");
		billing = fixture.model.reason("Billing dispute");
		Customer acme = fixture.customer("Acme", strategic, cloud, storage, compute);
		Customer globex = fixture.customer("Globex", commercial, devices, phones);
		Customer initech = fixture.customer("Initech", commercial, cloud, storage);

		// closed after 12 hours; effort 2.5 h × 180.00 + 1 h × 95.50 = 450.00 + 95.50 = 545.50; expenses 100.00
		e1 = fixture.engagement(acme, outage, storage, EngagementState.RETURNED_TO_SOP, "2026-01-05T12:00:00Z",
				"2026-01-06T00:00:00Z");
		ReviewFixture.effort(e1, 2.5, "180.00");
		ReviewFixture.effort(e1, 1, "95.50");
		ReviewFixture.expense(e1, "100.00");
		// closed after 30 days; effort 3 × 0.1 h × 33.33 = 9.999, rounded once to 10.00 (not 3 × 3.33 = 9.99);
		// expenses 19.99 + 0.01 = 20.00
		e2 = fixture.engagement(acme, billing, compute, EngagementState.RETURNED_TO_SOP, "2026-01-20T12:00:00Z",
				"2026-02-19T12:00:00Z");
		for (int i = 0; i < 3; i++) {
			ReviewFixture.effort(e2, 0.1, "33.33");
		}
		ReviewFixture.expense(e2, "19.99");
		ReviewFixture.expense(e2, "0.01");
		// open, 10 days old; effort 4 h × 120.00 = 480.00
		e3 = fixture.engagement(globex, outage, phones, EngagementState.EXECUTING_PLAN, "2026-03-01T12:00:00Z", null);
		ReviewFixture.effort(e3, 4, "120.00");
		// closed after 100 days; effort 8 h × 150.00 = 1200.00; expenses 250.50
		e4 = fixture.engagement(initech, outage, storage, EngagementState.RETURNED_TO_SOP, "2025-10-01T12:00:00Z",
				"2026-01-09T12:00:00Z");
		ReviewFixture.effort(e4, 8, "150.00");
		ReviewFixture.expense(e4, "250.50");
		// open, exactly 1 day old; effort 1.5 h × 95.50 = 143.25
		e5 = fixture.engagement(globex, billing, phones, EngagementState.ASSESSING, "2026-03-10T12:00:00Z", null);
		ReviewFixture.effort(e5, 1.5, "95.50");

		Engagement declined = fixture.engagement(initech, outage, storage, EngagementState.DECLINED,
				"2026-03-05T09:00:00Z", "2026-03-05T18:00:00Z");
		ReviewFixture.effort(declined, 1, "95.50");
		fixture.engagement(acme, outage, storage, EngagementState.REQUESTED, "2026-03-11T12:30:00Z", null);
	}

	private ReviewMetrics compute(MetricsFilter filter) {
		return new ReviewMetricsCalculator().compute(fixture.repository, filter, NOW);
	}

	@Test
	void declinedRequestsAndLaterOpeningsAreNotEngagements() {
		assertEquals(List.of(e1, e2, e3, e4, e5), compute(MetricsFilter.all()).engagements());
	}

	@Test
	void customersPerEngagementPerMonthFromTheFirstOpeningToNow() {
		CustomerRatio ratio = compute(MetricsFilter.all()).customerRatio();

		assertEquals(3, ratio.customers());
		List<PeriodRatio> periods = ratio.periods();
		assertEquals(List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)),
				periods.stream().map(PeriodRatio::start).toList());
		assertEquals(LocalDate.of(2026, 4, 1), periods.get(5).end());
		assertEquals(List.of(e4), periods.get(0).opened());
		assertEquals(OptionalDouble.of(3.0), periods.get(0).customersPerEngagement());
		assertEquals(OptionalDouble.empty(), periods.get(1).customersPerEngagement());
		assertEquals(List.of(e1, e2), periods.get(3).opened());
		assertEquals(OptionalDouble.of(1.5), periods.get(3).customersPerEngagement());
		assertEquals(0, periods.get(4).engagements());
		assertEquals(List.of(e3, e5), periods.get(5).opened());
	}

	@Test
	void theBaseOfEachPeriodCountsTheCustomersOfThatPeriod() {
		Customer acme = e1.getCustomer();
		Customer globex = e3.getCustomer();
		Customer initech = e4.getCustomer();
		// Acme joined on 20 November, Globex on 1 January; Initech left on 15 January; Hooli joined on 2 March and
		// Umbrella left on 31 October, the day before November began
		acme.setCustomerSince(LocalDate.of(2025, 11, 20));
		globex.setCustomerSince(LocalDate.of(2026, 1, 1));
		initech.setCustomerUntil(LocalDate.of(2026, 1, 15));
		fixture.model.customer("Hooli", strategic).setCustomerSince(LocalDate.of(2026, 3, 2));
		fixture.model.customer("Umbrella", strategic).setCustomerUntil(LocalDate.of(2025, 10, 31));

		CustomerRatio ratio = compute(MetricsFilter.all()).customerRatio();

		// Oct: Initech, Umbrella; Nov: Acme (from the 20th), Initech; Dec: Acme, Initech; Jan: Acme, Globex, Initech
		// (until the 15th); Feb: Acme, Globex; Mar: Acme, Globex, Hooli
		assertEquals(List.of(2, 2, 2, 3, 2, 3), ratio.periods().stream().map(PeriodRatio::customers).toList());
		assertEquals(OptionalDouble.of(2.0), ratio.periods().get(0).customersPerEngagement(), "2 customers, e4");
		assertEquals(OptionalDouble.of(1.5), ratio.periods().get(3).customersPerEngagement(), "3 customers, e1 and e2");
		assertEquals(OptionalDouble.of(1.5), ratio.periods().get(5).customersPerEngagement(), "3 customers, e3 and e5");
		assertEquals(3, ratio.customers(), "the base of the last period");
	}

	@Test
	void aCustomerWhoJoinsOrLeavesMidWeekCountsInThatWeekOnly() {
		e1.getCustomer().setCustomerSince(LocalDate.of(2026, 3, 4));
		e4.getCustomer().setCustomerUntil(LocalDate.of(2026, 2, 24));

		List<PeriodRatio> weeks = new ReviewMetricsCalculator(ZoneOffset.UTC, PeriodLength.WEEK)
				.compute(fixture.repository, MetricsFilter.all().between(LocalDate.of(2026, 2, 16), null), NOW)
				.customerRatio().periods();

		// weeks of 16 Feb, 23 Feb, 2 Mar, 9 Mar: Globex always; Initech until Tuesday 24 Feb; Acme from Wednesday 4 Mar
		assertEquals(List.of(2, 2, 2, 2), weeks.stream().map(PeriodRatio::customers).toList());
		e4.getCustomer().setCustomerUntil(LocalDate.of(2026, 2, 22));
		weeks = new ReviewMetricsCalculator(ZoneOffset.UTC, PeriodLength.WEEK)
				.compute(fixture.repository, MetricsFilter.all().between(LocalDate.of(2026, 2, 16), null), NOW)
				.customerRatio().periods();
		assertEquals(List.of(2, 1, 2, 2), weeks.stream().map(PeriodRatio::customers).toList(),
				"Initech left on Sunday 22 February, the last day of the week of 16 February");
	}

	@Test
	void weeklyPeriodsStartOnMonday() {
		ReviewMetrics metrics = new ReviewMetricsCalculator(ZoneOffset.UTC, PeriodLength.WEEK)
				.compute(fixture.repository, MetricsFilter.all().between(LocalDate.of(2026, 2, 25), null), NOW);

		List<PeriodRatio> periods = metrics.customerRatio().periods();
		assertEquals(List.of(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)),
				periods.stream().map(PeriodRatio::start).toList());
		assertEquals(List.of(e3), periods.get(0).opened(), "Sunday 1 March belongs to the week of 23 February");
		assertEquals(List.of(e5), periods.get(2).opened());
	}

	@Test
	void periodsAreCountedInTheCalculatorsTimeZone() {
		Engagement lateInFebruary = fixture.engagement(e1.getCustomer(), outage, storage, EngagementState.ENGAGED,
				"2026-02-28T23:30:00Z", null);
		MetricsFilter march = MetricsFilter.all().between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

		ReviewMetrics utc = new ReviewMetricsCalculator().compute(fixture.repository, march, NOW);
		ReviewMetrics tokyo = new ReviewMetricsCalculator(ZoneId.of("Asia/Tokyo"), PeriodLength.MONTH)
				.compute(fixture.repository, march, NOW);

		assertEquals(List.of(e3, e5), utc.customerRatio().periods().get(0).opened());
		assertEquals(List.of(e3, e5, lateInFebruary), tokyo.customerRatio().periods().get(0).opened(),
				"23:30 UTC on 28 February is 1 March in Tokyo");
	}

	@Test
	void countByReasonLargestFirstWithClickThrough() {
		Breakdown byReason = compute(MetricsFilter.all()).breakdown(Dimension.REASON);

		assertEquals(List.of("Outage", "Billing dispute"), labels(byReason));
		assertEquals(List.of(e1, e3, e4), byReason.group(outage).orElseThrow().engagements());
		assertEquals(List.of(e2, e5), byReason.group(billing).orElseThrow().engagements());
	}

	@Test
	void durationOfClosedEngagements() {
		DurationSummary closed = compute(MetricsFilter.all()).durations().closed();

		// 12 h, 30 days, 100 days
		assertEquals(3, closed.count());
		assertEquals(Duration.ofHours(43 * 24 + 12), closed.mean(), "(0.5 + 30 + 100) / 3 = 43.5 days");
		assertEquals(Duration.ofDays(30), closed.median());
		assertEquals(Duration.ofDays(100), closed.p90());
		assertEquals(Duration.ofDays(100), closed.max());
		assertEquals(List.of(e1), closed.bucket(DurationBand.UNDER_ONE_DAY).engagements());
		assertEquals(0, closed.bucket(DurationBand.ONE_TO_SEVEN_DAYS).count());
		assertEquals(0, closed.bucket(DurationBand.SEVEN_TO_THIRTY_DAYS).count());
		assertEquals(List.of(e2), closed.bucket(DurationBand.THIRTY_TO_NINETY_DAYS).engagements(),
				"exactly 30 days starts the 30-to-90 band");
		assertEquals(List.of(e4), closed.bucket(DurationBand.NINETY_DAYS_AND_MORE).engagements());
	}

	@Test
	void durationOfOpenEngagementsIsTheirAgeNow() {
		DurationSummary open = compute(MetricsFilter.all()).durations().open();

		// 10 days and 1 day
		assertEquals(2, open.count());
		assertEquals(Duration.ofHours(5 * 24 + 12), open.mean());
		assertEquals(Duration.ofHours(5 * 24 + 12), open.median(), "the median of two is their mean");
		assertEquals(Duration.ofDays(10), open.p90());
		assertEquals(Duration.ofDays(10), open.max());
		assertEquals(List.of(e5), open.bucket(DurationBand.ONE_TO_SEVEN_DAYS).engagements());
		assertEquals(List.of(e3), open.bucket(DurationBand.SEVEN_TO_THIRTY_DAYS).engagements());
	}

	@Test
	void engagementsBySegmentBusinessUnitAndProductLine() {
		ReviewMetrics metrics = compute(MetricsFilter.all());

		Breakdown bySegment = metrics.breakdown(Dimension.SEGMENT);
		assertEquals(List.of("Commercial", "Strategic"), labels(bySegment));
		assertEquals(List.of(e3, e4, e5), bySegment.group(commercial).orElseThrow().engagements());
		assertEquals(List.of(e1, e2), bySegment.group(strategic).orElseThrow().engagements());

		Breakdown byUnit = metrics.breakdown(Dimension.BUSINESS_UNIT);
		assertEquals(List.of(e1, e2, e4), byUnit.group(cloud).orElseThrow().engagements());
		assertEquals(List.of(e3, e5), byUnit.group(devices).orElseThrow().engagements());

		Breakdown byLine = metrics.breakdown(Dimension.PRODUCT_LINE);
		assertEquals(List.of("Phones", "Storage", "Compute"), labels(byLine),
				"largest first, ties by name");
		assertEquals(List.of(e1, e4), byLine.group(storage).orElseThrow().engagements());
		assertEquals(List.of(e2), byLine.group(compute).orElseThrow().engagements());
	}

	@Test
	void effortAndExpensesPerEngagementInExactMoney() {
		CostSummary costs = compute(MetricsFilter.all()).costs();

		assertEquals(List.of(money("545.50"), money("10.00"), money("480.00"), money("1200.00"), money("143.25")),
				costs.perEngagement().stream().map(EngagementCost::effort).toList());
		assertEquals(List.of(money("100.00"), money("20.00"), money("0.00"), money("250.50"), money("0.00")),
				costs.perEngagement().stream().map(EngagementCost::expenses).toList());
		assertEquals(e1, costs.perEngagement().get(0).engagement());
		assertEquals(money("645.50"), costs.perEngagement().get(0).total());
		assertEquals(money("2378.75"), costs.effort());
		assertEquals(money("370.50"), costs.expenses());
		assertEquals(money("2749.25"), costs.total());
	}

	@Test
	void effortAndExpensesRolledUpByDimension() {
		ReviewMetrics metrics = compute(MetricsFilter.all());

		BreakdownGroup strategicCost = metrics.breakdown(Dimension.SEGMENT).group(strategic).orElseThrow();
		assertEquals(money("555.50"), strategicCost.effort());
		assertEquals(money("120.00"), strategicCost.expenses());
		BreakdownGroup commercialCost = metrics.breakdown(Dimension.SEGMENT).group(commercial).orElseThrow();
		assertEquals(money("1823.25"), commercialCost.effort());
		assertEquals(money("250.50"), commercialCost.expenses());
		BreakdownGroup cloudCost = metrics.breakdown(Dimension.BUSINESS_UNIT).group(cloud).orElseThrow();
		assertEquals(money("1755.50"), cloudCost.effort());
		assertEquals(money("2126.00"), cloudCost.total());
		BreakdownGroup phonesCost = metrics.breakdown(Dimension.PRODUCT_LINE).group(phones).orElseThrow();
		assertEquals(money("623.25"), phonesCost.effort());
		assertEquals(money("0.00"), phonesCost.expenses());
		assertEquals(money("20.00"), metrics.breakdown(Dimension.REASON).group(billing).orElseThrow().expenses());
	}

	@Test
	void dateRangeSelectsEngagementsActiveInIt() {
		ReviewMetrics february = compute(
				MetricsFilter.all().between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));

		assertEquals(List.of(e2), february.engagements(), "open 20 January to 19 February");
		assertEquals(1, february.customerRatio().periods().size());
		assertEquals(0, february.customerRatio().periods().get(0).engagements(), "it was opened in January");
		assertEquals(money("10.00"), february.costs().effort());
	}

	@Test
	void bothEndsOfTheDateRangeAreIncluded() {
		ReviewMetrics firstOfMarch = compute(
				MetricsFilter.all().between(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 3, 1)));

		assertEquals(List.of(e2, e3, e4), firstOfMarch.engagements(),
				"e4 closed at noon on the first day, e3 opened at noon on the last");
	}

	@Test
	void segmentFilterNarrowsEngagementsAndTheCustomerBase() {
		ReviewMetrics metrics = compute(MetricsFilter.all().withSegments(Set.of(commercial)));

		assertEquals(List.of(e3, e4, e5), metrics.engagements());
		assertEquals(2, metrics.customerRatio().customers(), "Globex and Initech");
		assertEquals(List.of("Commercial"), labels(metrics.breakdown(Dimension.SEGMENT)));
		assertEquals(money("1823.25"), metrics.costs().effort());
	}

	@Test
	void productLineFilterCountsTheCustomersWhoBoughtIt() {
		ReviewMetrics metrics = compute(MetricsFilter.all().withProductLines(Set.of(storage)));

		assertEquals(List.of(e1, e4), metrics.engagements());
		assertEquals(2, metrics.customerRatio().customers(), "Acme and Initech bought Storage");
	}

	@Test
	void filtersOnSeveralDimensionsCombine() {
		ReviewMetrics metrics = compute(
				MetricsFilter.all().withReasons(Set.of(billing)).withBusinessUnits(Set.of(devices)));

		assertEquals(List.of(e5), metrics.engagements());
		assertEquals(1, metrics.durations().open().count());
		assertEquals(0, metrics.durations().closed().count());
		assertEquals(Duration.ZERO, metrics.durations().closed().max());
	}

	@Test
	void unrecordedDimensionsHaveTheirOwnBar() {
		Engagement unknown = fixture.engagement(e1.getCustomer(), null, null, EngagementState.ENGAGED,
				"2026-03-02T09:00:00Z", null);

		Breakdown byLine = compute(MetricsFilter.all()).breakdown(Dimension.PRODUCT_LINE);

		BreakdownGroup notRecorded = byLine.group(null).orElseThrow();
		assertEquals(Dimension.NOT_RECORDED, notRecorded.label());
		assertEquals(List.of(unknown), notRecorded.engagements());
		assertTrue(compute(MetricsFilter.all().withProductLines(Set.of(storage))).engagements().stream()
				.noneMatch(unknown::equals), "a product line filter leaves out engagements without one");
	}

	@Test
	void clickThroughListsCannotBeChanged() {
		EngagementList engagements = compute(MetricsFilter.all()).breakdown(Dimension.REASON).group(outage)
				.orElseThrow().engagements();

		assertThrows(UnsupportedOperationException.class, () -> engagements.add(e2));
		assertThrows(IndexOutOfBoundsException.class, () -> engagements.get(3));
	}

	@Test
	void oneSnapshotServesEveryFilterAndLaterInstants() {
		ReviewMetricsCalculator calculator = new ReviewMetricsCalculator();
		EngagementSnapshot snapshot = calculator.snapshot(fixture.repository);
		MetricsFilter commercialOnly = MetricsFilter.all().withSegments(Set.of(commercial));
		Instant later = NOW.plus(Duration.ofDays(1));

		assertEquals(5 + 1, snapshot.size(), "the five engagements and the one opened after now; not the declined");
		assertEquals(List.of(e3, e4, e5), calculator.compute(snapshot, commercialOnly, NOW).engagements());
		assertEquals(money("1823.25"), calculator.compute(snapshot, commercialOnly, NOW).costs().effort());
		assertEquals(Duration.ofDays(11), calculator.compute(snapshot, MetricsFilter.all(), later).durations().open()
				.max(), "e3 is a day older");
		assertEquals(7 - 1, calculator.compute(snapshot, MetricsFilter.all(), later).engagementCount(),
				"the engagement opened at 12:30 now counts");
	}

	@Test
	void aSnapshotIsOnlyUsedInItsOwnTimeZone() {
		EngagementSnapshot utc = new ReviewMetricsCalculator().snapshot(fixture.repository);
		ReviewMetricsCalculator tokyo = new ReviewMetricsCalculator(ZoneId.of("Asia/Tokyo"), PeriodLength.MONTH);

		assertThrows(IllegalArgumentException.class, () -> tokyo.compute(utc, MetricsFilter.all(), NOW));
	}

	@Test
	void aRangeThatEndsBeforeItStartsIsRejected() {
		assertThrows(IllegalArgumentException.class,
				() -> MetricsFilter.all().between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
	}

	private static List<String> labels(Breakdown breakdown) {
		return breakdown.groups().stream().map(BreakdownGroup::label).toList();
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.advocacy.core.repository.HeaderListing;
import org.advocacy.core.repository.Watermark;
import org.advocacy.core.tests.SampleFile;
import org.advocacy.model.AdvocacyRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five metrics and the review agenda computed from engagement headers, without a single engagement body, are
 * the same as computed from the full model.
 */
class HeaderMetricsTest {

	private static final Instant NOW = SampleFile.NOW;
	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	@TempDir
	static Path folder;

	private static SampleFile sample;
	private static AdvocacyRepository model;
	private static HeaderListing headers;

	@BeforeAll
	static void listTheSameRepositoryBothWays() throws Exception {
		sample = new SampleFile(folder, 400);
		model = sample.onDisk();
		Files.setLastModifiedTime(sample.file(), FileTime.from(NOW));
		headers = sample.open().listHeaders(Watermark.BEGINNING);
	}

	@AfterAll
	static void close() {
		sample.close();
	}

	@Test
	void metricsFromHeadersEqualMetricsFromTheModel() {
		for (PeriodLength period : PeriodLength.values()) {
			ReviewMetricsCalculator calculator = new ReviewMetricsCalculator(ZONE, period);
			EngagementSnapshot fromHeaders = calculator.snapshot(headers.engagements(), headers.customers(),
					ReviewKeys.standIns());
			EngagementSnapshot fromModel = calculator.snapshot(model);
			for (MetricsFilter filter : List.of(MetricsFilter.all(),
					MetricsFilter.all().between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 31)))) {
				assertEquals(describe(calculator.compute(fromModel, filter, NOW)),
						describe(calculator.compute(fromHeaders, filter, NOW)), period + " " + filter);
			}
		}
	}

	@Test
	void headerMetricsFilterByTheCatalogsOwnObjects() {
		ReviewMetricsCalculator calculator = new ReviewMetricsCalculator(ZONE, PeriodLength.MONTH);
		MetricsFilter strategic = MetricsFilter.all().withSegments(List.of(model.getSegments().get(0)))
				.withReasons(List.of(model.getReasons().get(1)));

		ReviewMetrics fromModel = calculator.compute(calculator.snapshot(model), strategic, NOW);
		ReviewMetrics fromHeaders = calculator.compute(
				calculator.snapshot(headers.engagements(), headers.customers(), ReviewKeys.of(model)), strategic, NOW);

		assertTrue(fromModel.engagementCount() > 0, "the filter should keep some engagements");
		assertEquals(describe(fromModel), describe(fromHeaders));
		assertEquals(model.getSegments().get(0),
				fromHeaders.breakdown(Dimension.SEGMENT).groups().get(0).key(), "keys are the catalog's objects");
	}

	@Test
	void headerMetricsClickThroughToHeaders() {
		ReviewMetricsCalculator calculator = new ReviewMetricsCalculator(ZONE, PeriodLength.MONTH);
		ReviewMetrics metrics = calculator.compute(
				calculator.snapshot(headers.engagements(), headers.customers(), ReviewKeys.standIns()),
				MetricsFilter.all(), NOW);

		EngagementList bar = metrics.breakdown(Dimension.REASON).groups().get(0).engagements();

		assertTrue(bar.headers().stream().allMatch(header -> header.key().startsWith("ADV-")));
		assertThrows(IllegalStateException.class, () -> bar.get(0));
	}

	/**
	 * A header keeps the colour code as of the save (the file's modification time here, set to {@code NOW}); later
	 * or earlier the engine may judge a plan differently, so at other instants only the colours may differ.
	 */
	@Test
	void theAgendaFromHeadersEqualsTheAgendaFromTheModel() {
		ReviewAgendaPlanner planner = new ReviewAgendaPlanner(ZONE, ReviewAgendaPlanner.DEFAULT_LOOK_BACK);
		assertEquals(describe(planner.prepare(model, NOW), true),
				describe(planner.prepare(headers.engagements(), model.getReviews(), NOW), true));
		for (Instant now : List.of(NOW.plusSeconds(86_400 * 3), NOW.minusSeconds(86_400 * 10))) {
			ReviewAgenda fromModel = planner.prepare(model, now);
			ReviewAgenda fromHeaders = planner.prepare(headers.engagements(), model.getReviews(), now);

			assertEquals(describe(fromModel, false), describe(fromHeaders, false), now.toString());
		}
		assertThrows(IllegalStateException.class,
				() -> planner.prepare(headers.engagements(), model.getReviews(), NOW).draftReview());
	}

	private static String describe(ReviewAgenda agenda, boolean withColours) {
		return agenda.since() + " " + agenda.lastReview().isPresent() + "\n"
				+ items(agenda.newEngagements(), withColours) + "\n" + items(agenda.updates(), withColours) + "\n"
				+ items(agenda.toConfirmClosed(), withColours) + "\n" + agenda.overdueCommitments().size();
	}

	/** The items in the agenda's order with their colours, or by case number without them. */
	private static String items(List<AgendaItem> items, boolean withColours) {
		return items.stream()
				.map(item -> item.key() + " " + item.kind() + " " + (withColours ? item.status() + " " : "")
						+ item.age() + " " + item.state() + " " + item.customerName() + " " + item.title())
				.sorted(withColours ? (a, b) -> 0 : Comparator.naturalOrder()).collect(Collectors.joining("; "));
	}

	/** Every number and label of the metrics, without the engagements behind them. */
	private static String describe(ReviewMetrics metrics) {
		List<String> lines = new ArrayList<>();
		lines.add("selected " + metrics.engagementCount());
		lines.add("customers " + metrics.customerRatio().customers());
		metrics.customerRatio().periods().forEach(period -> lines
				.add(period.start() + ".." + period.end() + " " + period.customers() + "/" + period.engagements()));
		for (Map.Entry<Dimension, Breakdown> breakdown : metrics.breakdowns().entrySet()) {
			breakdown.getValue().groups().forEach(group -> lines.add(breakdown.getKey() + " " + group.label() + " "
					+ group.count() + " " + group.effort() + " " + group.expenses()));
		}
		for (DurationSummary summary : List.of(metrics.durations().open(), metrics.durations().closed())) {
			lines.add(summary.count() + " " + summary.mean() + " " + summary.median() + " " + summary.p90() + " "
					+ summary.max() + " " + summary.buckets().stream().map(DurationBucket::count).toList());
		}
		lines.add("costs " + metrics.costs().effort() + " " + metrics.costs().expenses());
		metrics.costs().perEngagement()
				.forEach(cost -> lines.add(cost.key() + " " + cost.effort() + " " + cost.expenses()));
		return String.join("\n", lines);
	}
}

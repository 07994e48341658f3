// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.advocacy.core.repository.CustomerHeader;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.model.AdvocacyRepository;

/**
 * Computes the five metrics of the whitepaper that demonstrate the effectiveness of the advocacy process and its
 * cost to the business:
 * <ol>
 * <li>the ratio of customers to engagements, per week or month;</li>
 * <li>the count of engagements by reason for engagement;</li>
 * <li>the duration of open and closed engagements, with statistics and a distribution;</li>
 * <li>the engagements by customer segment, business unit and product line;</li>
 * <li>the level of effort (hours × hourly rate) and the expenses per engagement, in money, rolled up by the same
 * dimensions and in total.</li>
 * </ol>
 * The model is read once into an {@link EngagementSnapshot}; the metrics are then counting sorts over its arrays.
 * A view keeps the snapshot until the repository changes and recomputes from it when the filters change.
 * Declined requests are not engagements and are left out. Instances are immutable and thread-safe.
 */
public final class ReviewMetricsCalculator {

	private static final Comparator<BreakdownGroup> LARGEST_FIRST = Comparator
			.comparingInt(BreakdownGroup::count).reversed().thenComparing(BreakdownGroup::label);

	private final ZoneId zone;
	private final PeriodLength periodLength;

	/** Counts days in UTC and tracks the ratio per month. */
	public ReviewMetricsCalculator() {
		this(ZoneOffset.UTC, PeriodLength.MONTH);
	}

	/**
	 * @param zone         the zone in which days, date ranges and periods are counted
	 * @param periodLength the periods of the customer-to-engagement ratio
	 */
	public ReviewMetricsCalculator(ZoneId zone, PeriodLength periodLength) {
		this.zone = Objects.requireNonNull(zone, "zone");
		this.periodLength = Objects.requireNonNull(periodLength, "periodLength");
	}

	/**
	 * Reads a repository and computes its metrics; the same as {@code compute(snapshot(repository), filter, now)}.
	 *
	 * @param repository the repository
	 * @param filter     which engagements to measure
	 * @param now        the instant to measure at: open engagements are aged to it, later openings are ignored
	 * @return the five metrics
	 */
	public ReviewMetrics compute(AdvocacyRepository repository, MetricsFilter filter, Instant now) {
		return compute(snapshot(repository), filter, now);
	}

	/**
	 * @param repository the repository
	 * @return what the metrics need from it, read in one pass, with days in this calculator's zone
	 */
	public EngagementSnapshot snapshot(AdvocacyRepository repository) {
		return EngagementSnapshot.take(repository, zone);
	}

	/**
	 * @param engagements engagement headers
	 * @param customers   customer headers
	 * @param references  what to group and filter by for the headers' reasons, segments, units and lines
	 * @return what the metrics need from the headers, with days in this calculator's zone; no body is read
	 */
	public EngagementSnapshot snapshot(List<EngagementHeader> engagements, List<CustomerHeader> customers,
			ReviewKeys references) {
		return EngagementSnapshot.take(engagements, customers, references, zone);
	}

	/**
	 * @param snapshot a snapshot taken in this calculator's zone
	 * @param filter   which engagements to measure
	 * @param now      the instant to measure at: open engagements are aged to it, later openings are ignored
	 * @return the five metrics
	 * @throws IllegalArgumentException if the snapshot counts days in another zone
	 */
	public ReviewMetrics compute(EngagementSnapshot snapshot, MetricsFilter filter, Instant now) {
		if (!snapshot.zone().equals(zone)) {
			throw new IllegalArgumentException("The engagements were read for the time zone " + snapshot.zone()
					+ " but the metrics are computed for " + zone + ".");
		}
		long rangeStart = filter.from() == null ? Long.MIN_VALUE : startOf(filter.from());
		long rangeEnd = filter.to() == null ? Long.MAX_VALUE : startOf(filter.to().plusDays(1));
		Selection selection = new Selection(snapshot, filter, now.getEpochSecond(), rangeStart, rangeEnd);
		Map<Dimension, Breakdown> breakdowns = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			breakdowns.put(dimension, breakdown(snapshot, selection, dimension));
		}
		return new ReviewMetrics(now, zone, filter,
				new EngagementList(snapshot, selection.positions, 0, selection.count),
				customerRatio(snapshot, selection, filter, LocalDate.ofInstant(now, zone)),
				durations(snapshot, selection), breakdowns, costs(snapshot, selection));
	}

	/** @return the first instant of a day in this calculator's zone, in epoch seconds */
	private long startOf(LocalDate day) {
		return day.atStartOfDay(zone).toEpochSecond();
	}

	private static Breakdown breakdown(EngagementSnapshot snapshot, Selection selection, Dimension dimension) {
		KeyIndex keys = snapshot.keys[dimension.ordinal()];
		int[] keyOf = snapshot.keyOf[dimension.ordinal()];
		int[] groupOf = new int[selection.count];
		for (int i = 0; i < selection.count; i++) {
			groupOf[i] = keyOf[selection.positions[i]];
		}
		Grouping grouping = new Grouping(snapshot, selection, groupOf, keys.size());
		List<BreakdownGroup> groups = new ArrayList<>(keys.size());
		for (int g = 0; g < keys.size(); g++) {
			if (grouping.size(g) > 0) {
				groups.add(new BreakdownGroup(keys.key(g), dimension.labelOf(keys.key(g)), grouping.engagements(g, g),
						MoneySum.money(grouping.sum(snapshot.effortCents, g)),
						MoneySum.money(grouping.sum(snapshot.expenseCents, g))));
			}
		}
		groups.sort(LARGEST_FIRST);
		return new Breakdown(dimension, groups);
	}

	private static DurationMetrics durations(EngagementSnapshot snapshot, Selection selection) {
		int[] groupOf = new int[selection.count];
		for (int i = 0; i < selection.count; i++) {
			int position = selection.positions[i];
			groupOf[i] = DurationStatistics.groupOf(selection.closed[position], selection.durationSeconds[position]);
		}
		Grouping grouping = new Grouping(snapshot, selection, groupOf, DurationStatistics.groupCount());
		return new DurationMetrics(DurationStatistics.summarize(grouping, selection.durationSeconds, false),
				DurationStatistics.summarize(grouping, selection.durationSeconds, true));
	}

	/**
	 * Periods run from the filter's first day (or the first opening) to its last day (or today); engagements
	 * opened outside them, which a date range can select by overlap, count in no period.
	 */
	private CustomerRatio customerRatio(EngagementSnapshot snapshot, Selection selection, MetricsFilter filter,
			LocalDate today) {
		LocalDate first = filter.from() != null ? filter.from()
				: selection.count > 0 ? LocalDate.ofEpochDay(selection.firstOpenedDay) : today;
		Periods periods = new Periods(periodLength, first, filter.to() != null ? filter.to() : today);
		int[] periodOf = new int[selection.count];
		for (int i = 0; i < selection.count; i++) {
			periodOf[i] = periods.indexOf(snapshot.openedDay[selection.positions[i]]);
		}
		Grouping grouping = new Grouping(snapshot, selection, periodOf, periods.count() + 1);
		int[] customers = customerBase(snapshot, filter, periods);
		List<PeriodRatio> ratios = new ArrayList<>(periods.count());
		for (int p = 0; p < periods.count(); p++) {
			ratios.add(new PeriodRatio(periods.start(p), periods.start(p + 1), customers[p],
					grouping.engagements(p, p)));
		}
		return new CustomerRatio(periodLength, periods.count() == 0 ? 0 : customers[periods.count() - 1], ratios);
	}

	/**
	 * Counts the customer base of each period: the customers in the filter's segments, business units and product
	 * lines (any bought) who were customers at any time in the period — from their customer-since day (always, when
	 * it is not recorded) to their customer-until day (for ever, while they still are). A customer who joins or
	 * leaves in the middle of a month counts in that month: it could have asked for an advocate in it.
	 *
	 * @return per period, the number of customers in its base
	 */
	private static int[] customerBase(EngagementSnapshot snapshot, MetricsFilter filter, Periods periods) {
		boolean[] segments = snapshot.kept(filter, Dimension.SEGMENT);
		boolean[] units = snapshot.kept(filter, Dimension.BUSINESS_UNIT);
		boolean[] lines = snapshot.kept(filter, Dimension.PRODUCT_LINE);
		int last = periods.count() - 1;
		int[] joinedMinusLeft = new int[periods.count() + 1];
		for (int c = 0; c < snapshot.customerSegment.length; c++) {
			if ((segments == null || segments[snapshot.customerSegment[c]])
					&& (units == null || units[snapshot.customerUnit[c]])
					&& (lines == null || boughtAny(snapshot.customerLines[c], lines))) {
				int from = Math.max(0, periods.lastStartingOnOrBefore(snapshot.customerSinceDay[c]));
				int to = Math.min(last, periods.lastStartingOnOrBefore(snapshot.customerUntilDay[c]));
				if (from <= to) {
					joinedMinusLeft[from]++;
					joinedMinusLeft[to + 1]--;
				}
			}
		}
		int[] base = new int[periods.count()];
		int running = 0;
		for (int p = 0; p < base.length; p++) {
			running += joinedMinusLeft[p];
			base[p] = running;
		}
		return base;
	}

	private static boolean boughtAny(int[] bought, boolean[] kept) {
		for (int line : bought) {
			if (kept[line]) {
				return true;
			}
		}
		return false;
	}

	private static CostSummary costs(EngagementSnapshot snapshot, Selection selection) {
		long effort = 0;
		long expenses = 0;
		for (int i = 0; i < selection.count; i++) {
			int position = selection.positions[i];
			effort += snapshot.effortCents[position];
			expenses += snapshot.expenseCents[position];
		}
		return new CostSummary(MoneySum.money(effort), MoneySum.money(expenses),
				new EngagementCosts(snapshot, selection));
	}
}

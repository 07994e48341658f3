// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Expense;
import org.advocacy.model.ProductLine;
import org.eclipse.emf.ecore.EObject;

/**
 * Everything the management review metrics need from a repository, read in one pass and kept per engagement in
 * primitive arrays: opening and closing instants, opening day, dimension values, effort and expenses in cents, and
 * the dimensions of the customer base.
 * <p>
 * Taking a snapshot walks the whole object graph (every effort entry and expense) and is the expensive part of the
 * metrics; computing the metrics from a snapshot touches only the arrays. A view that shows the metrics takes a
 * snapshot when the repository changed (e.g. after each command) and recomputes from it whenever the user changes
 * the filters. A snapshot does not depend on "now", never changes, and does not follow later model changes.
 * <p>
 * Declined requests and engagements without an opening instant are not engagements for the metrics and are left
 * out. Instants are kept to the second.
 */
public final class EngagementSnapshot {

	private static final long SECONDS_PER_DAY = 86_400;
	private static final Dimension[] DIMENSIONS = Dimension.values();

	final ZoneId zone;
	final Engagement[] engagements;
	final int size;
	final long[] openedSecond;
	/** The closing instant in epoch seconds, or {@link Long#MAX_VALUE} if the engagement was not closed. */
	final long[] closedSecond;
	/** The day each engagement was opened, as epoch day in {@link #zone}. */
	final long[] openedDay;
	/** Per dimension ordinal, the number of each engagement's value in {@link #keys}. */
	final int[][] keyOf;
	final KeyIndex[] keys = new KeyIndex[DIMENSIONS.length];
	final long[] effortCents;
	final long[] expenseCents;
	/** Per customer, the numbers of its segment and business unit in {@link #keys}. */
	final int[] customerSegment;
	final int[] customerUnit;
	/** Per customer, the numbers of the product lines it bought in {@link #keys}. */
	final int[][] customerLines;
	/** Per customer, the epoch day it became a customer, or {@link Long#MIN_VALUE} when not recorded. */
	final long[] customerSinceDay;
	/** Per customer, the last epoch day it was a customer, or {@link Long#MAX_VALUE} while it still is. */
	final long[] customerUntilDay;

	private EngagementSnapshot(AdvocacyRepository repository, ZoneId zone) {
		this.zone = Objects.requireNonNull(zone, "zone");
		for (int d = 0; d < keys.length; d++) {
			keys[d] = new KeyIndex();
		}
		List<Engagement> all = repository.getEngagements();
		int capacity = all.size();
		engagements = new Engagement[capacity];
		openedSecond = new long[capacity];
		closedSecond = new long[capacity];
		openedDay = new long[capacity];
		keyOf = new int[DIMENSIONS.length][capacity];
		effortCents = new long[capacity];
		expenseCents = new long[capacity];
		size = readEngagements(all, zone.getRules());
		List<Customer> customers = repository.getCustomers();
		customerSegment = new int[customers.size()];
		customerUnit = new int[customers.size()];
		customerLines = new int[customers.size()][];
		customerSinceDay = new long[customers.size()];
		customerUntilDay = new long[customers.size()];
		readCustomers(customers);
	}

	/**
	 * Reads a repository in one pass.
	 *
	 * @param repository the repository
	 * @param zone       the zone in which opening days are counted
	 * @return the snapshot
	 */
	public static EngagementSnapshot take(AdvocacyRepository repository, ZoneId zone) {
		return new EngagementSnapshot(repository, zone);
	}

	/** @return the zone in which opening days were counted */
	public ZoneId zone() {
		return zone;
	}

	/** @return the number of engagements in the snapshot */
	public int size() {
		return size;
	}

	private int readEngagements(List<Engagement> all, ZoneRules rules) {
		MoneySum sum = new MoneySum();
		int n = 0;
		for (int i = 0, count = all.size(); i < count; i++) {
			Engagement engagement = all.get(i);
			Instant opened = engagement.getOpenedAt();
			if (opened == null || engagement.getState() == EngagementState.DECLINED) {
				continue;
			}
			engagements[n] = engagement;
			long second = opened.getEpochSecond();
			openedSecond[n] = second;
			openedDay[n] = Math.floorDiv(second + rules.getOffset(opened).getTotalSeconds(), SECONDS_PER_DAY);
			Instant closed = engagement.getClosedAt();
			closedSecond[n] = closed == null ? Long.MAX_VALUE : closed.getEpochSecond();
			for (int d = 0; d < DIMENSIONS.length; d++) {
				keyOf[d][n] = keys[d].indexOf(DIMENSIONS[d].keyOf(engagement));
			}
			effortCents[n] = effortCents(engagement.getEffortEntries(), sum);
			expenseCents[n] = expenseCents(engagement.getExpenses(), sum);
			n++;
		}
		return n;
	}

	private void readCustomers(List<Customer> customers) {
		KeyIndex segments = keys[Dimension.SEGMENT.ordinal()];
		KeyIndex units = keys[Dimension.BUSINESS_UNIT.ordinal()];
		KeyIndex lines = keys[Dimension.PRODUCT_LINE.ordinal()];
		for (int c = 0; c < customers.size(); c++) {
			Customer customer = customers.get(c);
			customerSegment[c] = segments.indexOf(customer.getSegment());
			customerUnit[c] = units.indexOf(customer.getBusinessUnit());
			customerSinceDay[c] = customer.getCustomerSince() == null ? Long.MIN_VALUE
					: customer.getCustomerSince().toEpochDay();
			customerUntilDay[c] = customer.getCustomerUntil() == null ? Long.MAX_VALUE
					: customer.getCustomerUntil().toEpochDay();
			List<ProductLine> bought = customer.getProductLines();
			customerLines[c] = new int[bought.size()];
			for (int l = 0; l < bought.size(); l++) {
				customerLines[c][l] = lines.indexOf(bought.get(l));
			}
		}
	}

	/** @return for each value of a dimension, whether the filter keeps it; {@code null} if it keeps all */
	boolean[] kept(MetricsFilter filter, Dimension dimension) {
		if (filter.kept(dimension).isEmpty()) {
			return null;
		}
		KeyIndex index = keys[dimension.ordinal()];
		boolean[] kept = new boolean[index.size()];
		for (int k = 0; k < kept.length; k++) {
			EObject key = index.key(k);
			kept[k] = filter.accepts(dimension, key);
		}
		return kept;
	}

	private static long effortCents(List<EffortEntry> entries, MoneySum sum) {
		sum.clear();
		for (int i = 0, count = entries.size(); i < count; i++) {
			EffortEntry entry = entries.get(i);
			sum.addProduct(entry.getHours(), entry.getHourlyRate());
		}
		return sum.roundedCents();
	}

	private static long expenseCents(List<Expense> expenses, MoneySum sum) {
		sum.clear();
		for (int i = 0, count = expenses.size(); i < count; i++) {
			sum.addAmount(expenses.get(i).getAmount());
		}
		return sum.roundedCents();
	}
}

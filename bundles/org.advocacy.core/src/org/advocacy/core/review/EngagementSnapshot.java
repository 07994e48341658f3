// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.core.repository.CustomerHeader;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.NamedReference;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Expense;
import org.advocacy.model.ProductLine;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

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
	/** Asked before the lists are read: reading an empty list would create it (EMF creates lists on demand). */
	private static final EStructuralFeature EFFORT_ENTRIES = AdvocacyPackage.Literals.ENGAGEMENT__EFFORT_ENTRIES;
	private static final EStructuralFeature EXPENSES = AdvocacyPackage.Literals.ENGAGEMENT__EXPENSES;

	final ZoneId zone;
	/** The engagements, when the snapshot was read from a model; else {@code null}. */
	final Engagement[] engagements;
	/** The engagement headers, when the snapshot was read from headers; else {@code null}. */
	final EngagementHeader[] headers;
	/** The number of engagements read (declined requests and those never opened are left out). */
	int size;
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

	/** Allocates the arrays for a number of engagements and customers; the factories fill them. */
	private EngagementSnapshot(ZoneId zone, Engagement[] engagements, EngagementHeader[] headers, int capacity,
			int customerCount) {
		this.zone = Objects.requireNonNull(zone, "zone");
		for (int d = 0; d < keys.length; d++) {
			keys[d] = new KeyIndex();
		}
		this.engagements = engagements;
		this.headers = headers;
		openedSecond = new long[capacity];
		closedSecond = new long[capacity];
		openedDay = new long[capacity];
		keyOf = new int[DIMENSIONS.length][capacity];
		effortCents = new long[capacity];
		expenseCents = new long[capacity];
		customerSegment = new int[customerCount];
		customerUnit = new int[customerCount];
		customerLines = new int[customerCount][];
		customerSinceDay = new long[customerCount];
		customerUntilDay = new long[customerCount];
	}

	private EngagementSnapshot(AdvocacyRepository repository, ZoneId zone) {
		this(zone, new Engagement[repository.getEngagements().size()], null, repository.getEngagements().size(),
				repository.getCustomers().size());
		size = readEngagements(repository.getEngagements(), zone.getRules());
		readCustomers(repository.getCustomers());
	}

	private EngagementSnapshot(List<EngagementHeader> all, List<CustomerHeader> customers, ReviewKeys references,
			ZoneId zone) {
		this(zone, null, new EngagementHeader[all.size()], all.size(), customers.size());
		size = readHeaders(all, references, zone.getRules());
		readCustomerHeaders(customers, references);
	}

	/**
	 * Reads engagement and customer headers in one pass: the same metrics as from the model, without loading a
	 * single engagement body. Click-through lists then hold headers ({@link EngagementList#header(int)}).
	 *
	 * @param engagements the engagement headers
	 * @param customers   the customer headers (the customer base of metric 1)
	 * @param references  what to group and filter by for the headers' reasons, segments, units and lines
	 * @param zone        the zone in which opening days are counted
	 * @return the snapshot
	 */
	public static EngagementSnapshot take(List<EngagementHeader> engagements, List<CustomerHeader> customers,
			ReviewKeys references, ZoneId zone) {
		return new EngagementSnapshot(engagements, customers, references, zone);
	}

	/** @return whether the snapshot was read from engagement headers rather than from a model */
	public boolean isFromHeaders() {
		return headers != null;
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
			effortCents[n] = engagement.eIsSet(EFFORT_ENTRIES) ? effortCents(engagement.getEffortEntries(), sum) : 0;
			expenseCents[n] = engagement.eIsSet(EXPENSES) ? expenseCents(engagement.getExpenses(), sum) : 0;
			n++;
		}
		return n;
	}

	private int readHeaders(List<EngagementHeader> all, ReviewKeys references, ZoneRules rules) {
		int n = 0;
		for (int i = 0, count = all.size(); i < count; i++) {
			EngagementHeader header = all.get(i);
			Instant opened = header.openedAt();
			if (opened == null || header.state() == EngagementState.DECLINED) {
				continue;
			}
			headers[n] = header;
			long second = opened.getEpochSecond();
			openedSecond[n] = second;
			openedDay[n] = Math.floorDiv(second + rules.getOffset(opened).getTotalSeconds(), SECONDS_PER_DAY);
			Instant closed = header.closedAt();
			closedSecond[n] = closed == null ? Long.MAX_VALUE : closed.getEpochSecond();
			for (int d = 0; d < DIMENSIONS.length; d++) {
				keyOf[d][n] = keys[d].indexOf(references.key(DIMENSIONS[d], DIMENSIONS[d].referenceOf(header)));
			}
			effortCents[n] = cents(header.effortCost());
			expenseCents[n] = cents(header.expenses());
			n++;
		}
		return n;
	}

	private static long cents(BigDecimal money) {
		return money.setScale(2, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
	}

	private void readCustomerHeaders(List<CustomerHeader> customers, ReviewKeys references) {
		KeyIndex segments = keys[Dimension.SEGMENT.ordinal()];
		KeyIndex units = keys[Dimension.BUSINESS_UNIT.ordinal()];
		KeyIndex lines = keys[Dimension.PRODUCT_LINE.ordinal()];
		for (int c = 0; c < customers.size(); c++) {
			CustomerHeader customer = customers.get(c);
			customerSegment[c] = segments.indexOf(references.key(Dimension.SEGMENT, customer.segment()));
			customerUnit[c] = units.indexOf(references.key(Dimension.BUSINESS_UNIT, customer.businessUnit()));
			// Customer headers carry no customer-since/until dates yet: from headers, every customer counts in
			// every period, as it did before those dates existed.
			customerSinceDay[c] = Long.MIN_VALUE;
			customerUntilDay[c] = Long.MAX_VALUE;
			List<NamedReference> bought = customer.productLines();
			customerLines[c] = new int[bought.size()];
			for (int l = 0; l < bought.size(); l++) {
				customerLines[c][l] = lines.indexOf(references.key(Dimension.PRODUCT_LINE, bought.get(l)));
			}
		}
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

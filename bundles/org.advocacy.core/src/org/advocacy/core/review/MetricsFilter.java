// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import org.advocacy.model.BusinessUnit;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.ProductLine;
import org.eclipse.emf.ecore.EObject;

/**
 * Which engagements the management review metrics look at: those active at some time in a date range, restricted
 * to some segments, business units, product lines and reasons. An absent bound or an empty set does not restrict.
 * <p>
 * An engagement is active from its opening to its closing (or to "now" while it is open), so a range selects the
 * engagements that overlap it, not only those opened in it. Dates are days in the time zone of the calculator;
 * both bounds are included. Start from {@link #all()} and narrow with the {@code with...} methods.
 *
 * @param from          the first day of the range, or {@code null} for no lower bound
 * @param to            the last day of the range, or {@code null} for no upper bound
 * @param segments      the customer segments to keep; empty keeps all
 * @param businessUnits the business units to keep; empty keeps all
 * @param productLines  the product lines to keep; empty keeps all
 * @param reasons       the reasons for engagement to keep; empty keeps all
 */
public record MetricsFilter(LocalDate from, LocalDate to, Set<CustomerSegment> segments,
		Set<BusinessUnit> businessUnits, Set<ProductLine> productLines, Set<EngagementReason> reasons) {

	private static final MetricsFilter ALL = new MetricsFilter(null, null, Set.of(), Set.of(), Set.of(), Set.of());

	/**
	 * Checks the range and takes immutable copies of the sets.
	 *
	 * @throws IllegalArgumentException if the range ends before it starts
	 */
	public MetricsFilter {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("The date range ends on " + to + ", before it starts on " + from + ".");
		}
		segments = Set.copyOf(segments);
		businessUnits = Set.copyOf(businessUnits);
		productLines = Set.copyOf(productLines);
		reasons = Set.copyOf(reasons);
	}

	/** @return the filter that keeps every engagement */
	public static MetricsFilter all() {
		return ALL;
	}

	/**
	 * @param first the first day, or {@code null} for no lower bound
	 * @param last  the last day (included), or {@code null} for no upper bound
	 * @return this filter restricted to engagements active on some day from {@code first} to {@code last}
	 */
	public MetricsFilter between(LocalDate first, LocalDate last) {
		return new MetricsFilter(first, last, segments, businessUnits, productLines, reasons);
	}

	/** @return this filter restricted to engagements for customers in the given segments (empty: any) */
	public MetricsFilter withSegments(Collection<? extends CustomerSegment> kept) {
		return new MetricsFilter(from, to, Set.copyOf(kept), businessUnits, productLines, reasons);
	}

	/** @return this filter restricted to engagements of the given business units (empty: any) */
	public MetricsFilter withBusinessUnits(Collection<? extends BusinessUnit> kept) {
		return new MetricsFilter(from, to, segments, Set.copyOf(kept), productLines, reasons);
	}

	/** @return this filter restricted to engagements about the given product lines (empty: any) */
	public MetricsFilter withProductLines(Collection<? extends ProductLine> kept) {
		return new MetricsFilter(from, to, segments, businessUnits, Set.copyOf(kept), reasons);
	}

	/** @return this filter restricted to engagements with the given reasons (empty: any) */
	public MetricsFilter withReasons(Collection<? extends EngagementReason> kept) {
		return new MetricsFilter(from, to, segments, businessUnits, productLines, Set.copyOf(kept));
	}

	/** @return the values kept in a dimension; empty when the dimension is not restricted */
	public Set<? extends EObject> kept(Dimension dimension) {
		Objects.requireNonNull(dimension, "dimension");
		return switch (dimension) {
		case REASON -> reasons;
		case SEGMENT -> segments;
		case BUSINESS_UNIT -> businessUnits;
		case PRODUCT_LINE -> productLines;
		};
	}

	/** @return whether an engagement with the given value in a dimension passes this filter */
	boolean accepts(Dimension dimension, EObject key) {
		Set<? extends EObject> kept = kept(dimension);
		return kept.isEmpty() || key != null && kept.contains(key);
	}
}

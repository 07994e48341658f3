// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.Locale;
import java.util.function.Function;

import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.NamedReference;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.ProductLine;
import org.eclipse.emf.ecore.EObject;

/**
 * A way to slice the engagements in the management review metrics: by reason for engagement (metric 2) and by
 * customer segment, business unit and product line (metrics 4 and 5). The same dimensions serve as filters.
 */
public enum Dimension {

	/** The reason for engagement ({@link EngagementReason}). */
	REASON("Reason for engagement", Engagement::getReason, EngagementHeader::reason, EngagementReason::getName),

	/** The segment of the engagement's customer ({@link CustomerSegment}). */
	SEGMENT("Customer segment", Dimension::segmentOf, EngagementHeader::segment, CustomerSegment::getName),

	/** The business unit that owns the situation ({@link BusinessUnit}). */
	BUSINESS_UNIT("Business unit", Engagement::getBusinessUnit, EngagementHeader::businessUnit,
			BusinessUnit::getName),

	/** The product line involved ({@link ProductLine}). */
	PRODUCT_LINE("Product line", Engagement::getProductLine, EngagementHeader::productLine, ProductLine::getName);

	/** The label of engagements whose value for a dimension was never recorded. */
	public static final String NOT_RECORDED = "Not recorded";

	private final String label;
	private final Function<Engagement, EObject> engagementValue;
	private final Function<EngagementHeader, NamedReference> headerValue;
	private final Function<EObject, String> valueName;

	/**
	 * @param <K>       the type of the dimension's values
	 * @param label     the dimension's name
	 * @param key       an engagement's value
	 * @param reference an engagement header's value
	 * @param name      a value's name
	 */
	@SuppressWarnings("unchecked")
	<K extends EObject> Dimension(String label, Function<Engagement, K> key,
			Function<EngagementHeader, NamedReference> reference, Function<K, String> name) {
		this.label = label;
		this.engagementValue = key::apply;
		this.headerValue = reference;
		this.valueName = value -> name.apply((K) value);
	}

	/** @return the name of this dimension as a support manager says it, e.g. "Customer segment" */
	public String label() {
		return label;
	}

	/**
	 * @param engagement an engagement
	 * @return the engagement's value in this dimension, or {@code null} when it was not recorded
	 */
	public EObject keyOf(Engagement engagement) {
		return engagementValue.apply(engagement);
	}

	/**
	 * @param header an engagement's header
	 * @return the engagement's value in this dimension, or {@code null} when it was not recorded
	 */
	public NamedReference referenceOf(EngagementHeader header) {
		return headerValue.apply(header);
	}

	/**
	 * @param key a value of this dimension, or {@code null}
	 * @return the name to show for it: its name, or {@link #NOT_RECORDED} for {@code null}
	 */
	public String labelOf(EObject key) {
		if (key == null) {
			return NOT_RECORDED;
		}
		String named = valueName.apply(key);
		return named == null || named.isBlank() ? "Unnamed " + label.toLowerCase(Locale.ROOT) : named;
	}

	private static CustomerSegment segmentOf(Engagement engagement) {
		Customer customer = engagement.getCustomer();
		return customer == null ? null : customer.getSegment();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.Locale;

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
	REASON("Reason for engagement") {
		@Override
		public EObject keyOf(Engagement engagement) {
			return engagement.getReason();
		}

		@Override
		public NamedReference referenceOf(EngagementHeader header) {
			return header.reason();
		}

		@Override
		String nameOf(EObject key) {
			return ((EngagementReason) key).getName();
		}
	},

	/** The segment of the engagement's customer ({@link CustomerSegment}). */
	SEGMENT("Customer segment") {
		@Override
		public EObject keyOf(Engagement engagement) {
			Customer customer = engagement.getCustomer();
			return customer == null ? null : customer.getSegment();
		}

		@Override
		public NamedReference referenceOf(EngagementHeader header) {
			return header.segment();
		}

		@Override
		String nameOf(EObject key) {
			return ((CustomerSegment) key).getName();
		}
	},

	/** The business unit that owns the situation ({@link BusinessUnit}). */
	BUSINESS_UNIT("Business unit") {
		@Override
		public EObject keyOf(Engagement engagement) {
			return engagement.getBusinessUnit();
		}

		@Override
		public NamedReference referenceOf(EngagementHeader header) {
			return header.businessUnit();
		}

		@Override
		String nameOf(EObject key) {
			return ((BusinessUnit) key).getName();
		}
	},

	/** The product line involved ({@link ProductLine}). */
	PRODUCT_LINE("Product line") {
		@Override
		public EObject keyOf(Engagement engagement) {
			return engagement.getProductLine();
		}

		@Override
		public NamedReference referenceOf(EngagementHeader header) {
			return header.productLine();
		}

		@Override
		String nameOf(EObject key) {
			return ((ProductLine) key).getName();
		}
	};

	/** The label of engagements whose value for a dimension was never recorded. */
	public static final String NOT_RECORDED = "Not recorded";

	private final String label;

	Dimension(String label) {
		this.label = label;
	}

	/** @return the name of this dimension as a support manager says it, e.g. "Customer segment" */
	public String label() {
		return label;
	}

	/**
	 * @param engagement an engagement
	 * @return the engagement's value in this dimension, or {@code null} when it was not recorded
	 */
	public abstract EObject keyOf(Engagement engagement);

	/**
	 * @param header an engagement's header
	 * @return the engagement's value in this dimension, or {@code null} when it was not recorded
	 */
	public abstract NamedReference referenceOf(EngagementHeader header);

	/**
	 * @param key a value of this dimension, or {@code null}
	 * @return the name to show for it: its name, or {@link #NOT_RECORDED} for {@code null}
	 */
	public String labelOf(EObject key) {
		if (key == null) {
			return NOT_RECORDED;
		}
		String name = nameOf(key);
		return name == null || name.isBlank() ? "Unnamed " + label.toLowerCase(Locale.ROOT) : name;
	}

	abstract String nameOf(EObject key);
}

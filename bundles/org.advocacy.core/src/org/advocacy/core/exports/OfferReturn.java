// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.advocacy.model.Offer;
import org.advocacy.model.OfferImpact;

/**
 * The return on an offer, as the whitepaper defines it: the impact the customer described (customer satisfaction,
 * employee morale, image, revenue, lost opportunity), in money where they put a figure on it, against the investment
 * of keeping the service after the trial.
 *
 * @param offer      the offer
 * @param impact     the sum of the impacts given in money
 * @param unpriced   the impacts the customer described without a figure, in words
 * @param investment what keeping the service costs, or {@code null} when not known yet
 */
public record OfferReturn(Offer offer, BigDecimal impact, List<String> unpriced, BigDecimal investment) {

	/** @return the offer's impacts summed against its investment */
	public static OfferReturn of(Offer offer) {
		BigDecimal sum = BigDecimal.ZERO;
		List<String> unpriced = new ArrayList<>();
		for (OfferImpact impact : offer.getImpacts()) {
			if (impact.getAmount() != null) {
				sum = sum.add(impact.getAmount());
			} else {
				unpriced.add((impact.getArea() == null ? "Other" : impact.getArea().getLiteral())
						+ (impact.getDescription() == null || impact.getDescription().isBlank() ? ""
								: ": " + impact.getDescription().strip()));
			}
		}
		return new OfferReturn(offer, sum, List.copyOf(unpriced), offer.getInvestment());
	}

	/**
	 * @return how many times the investment the impact in money is, to one decimal; {@code null} when either is
	 *         unknown or the investment is zero
	 */
	public BigDecimal ratio() {
		if (investment == null || investment.signum() <= 0 || impact.signum() == 0) {
			return null;
		}
		return impact.divide(investment, 1, RoundingMode.HALF_UP);
	}

	/**
	 * @return one line a customer and a manager understand, e.g. "Impact described: 310,000.00 (and: Customer
	 *         satisfaction: …) against an investment of 45,000.00: 6.9 times the investment"
	 */
	public String text() {
		String described = impact.signum() == 0 ? "No impact given in money yet"
				: "Impact described: " + money(impact);
		String words = unpriced.isEmpty() ? "" : " (and, without a figure: " + String.join("; ", unpriced) + ")";
		if (investment == null) {
			return described + words + "; the investment is not known yet.";
		}
		BigDecimal ratio = ratio();
		return described + words + " against an investment of " + money(investment)
				+ (ratio == null ? "." : ": " + ratio.toPlainString() + " times the investment.");
	}

	/** @return e.g. "12,345.60" (the model keeps no currency) */
	static String money(BigDecimal amount) {
		return String.format(Locale.ENGLISH, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
	}
}

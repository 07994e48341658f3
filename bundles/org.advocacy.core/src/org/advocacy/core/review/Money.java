// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How money reads in the review: grouped, two decimals, no currency (the model keeps none). */
public final class Money {

	private Money() {
	}

	/**
	 * @param amount an amount, or {@code null}
	 * @return e.g. "12,345.60"; empty for {@code null}
	 */
	public static String format(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Effort and expenses add up to the cent exactly, whatever binary floating point would make of them. */
class MoneySumTest {

	private final MoneySum sum = new MoneySum();

	@Test
	void hoursTimesRateIsExact() {
		sum.addProduct(2.5, new BigDecimal("180.00"));
		sum.addProduct(1, new BigDecimal("95.50"));

		assertEquals(54_550, sum.roundedCents());
	}

	@Test
	void tenthsOfAnHourDoNotDrift() {
		for (int i = 0; i < 10; i++) {
			sum.addProduct(0.1, new BigDecimal("0.07"));
		}

		assertEquals(7, sum.roundedCents(), "10 × 0.1 h × 0.07 = 0.07 exactly");
	}

	@Test
	void halfCentsRoundToEven() {
		sum.addProduct(0.5, new BigDecimal("0.01"));
		assertEquals(0, sum.roundedCents(), "0.005 rounds to 0.00");

		sum.clear();
		sum.addProduct(1.5, new BigDecimal("0.01"));
		assertEquals(2, sum.roundedCents(), "0.015 rounds to 0.02");
	}

	@Test
	void ratesWithFractionsOfACentAndOddHoursStayExact() {
		sum.addProduct(0.1, new BigDecimal("33.335"));
		sum.addProduct(1.0 / 3, new BigDecimal("90.00"));

		// 3.3335 + 0.3333333333333333 × 90 = 3.3335 + 29.999999999999997 = 33.333499999999997
		assertEquals(3_333, sum.roundedCents());
	}

	@Test
	void amountsOfAnyScaleAddUp() {
		sum.addAmount(new BigDecimal("19.99"));
		sum.addAmount(new BigDecimal("0.005"));
		sum.addAmount(new BigDecimal("1E+3"));
		sum.addAmount(new BigDecimal("7"));
		sum.addAmount(null);

		assertEquals(102_700, sum.roundedCents(), "19.99 + 0.005 + 1000 + 7 = 1026.995 rounds to 1027.00");
	}

	@Test
	void negativeCorrectionsRoundToEven() {
		sum.addAmount(new BigDecimal("-0.025"));

		assertEquals(-2, sum.roundedCents());
	}

	@Test
	void hugeAmountsDoNotOverflow() {
		for (int i = 0; i < 5; i++) {
			sum.addProduct(1_000_000, new BigDecimal("10000000.00"));
		}
		BigDecimal huge = new BigDecimal("9000000000000000.00");
		sum.addAmount(huge);
		sum.addAmount(huge);

		// 5 × 10^13 + 2 × 9 × 10^15
		assertEquals(new BigDecimal("18050000000000000.00"), MoneySum.money(sum.roundedCents()));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact running total of money, rounded to the cent only when read, so that hours × rate never suffers
 * binary-floating-point error.
 * <p>
 * The common case (hours with at most three decimals, amounts and rates with at most two) is added in a
 * {@code long} counting hundred-thousandths, which allocates nothing; anything else is added exactly with
 * {@link BigDecimal}. Hours are taken as the shortest decimal that denotes the {@code double}
 * ({@link BigDecimal#valueOf(double)}), i.e. what the user typed. Reuse one instance with {@link #clear()}.
 */
final class MoneySum {

	/** The decimal places of {@link #units}: thousandths of an hour times cents. */
	private static final int UNIT_SCALE = 5;
	private static final long UNITS_PER_CENT = 1_000;
	private static final long MILLIS_PER_HOUR = 1_000;
	/** Bounds that keep one product below 10^18 and therefore the running sum far from overflow. */
	private static final long MAX_MILLI_HOURS = 1_000_000_000L;
	private static final long MAX_RATE_CENTS = 1_000_000_000L;
	private static final long MAX_AMOUNT_CENTS = 1_000_000_000_000_000L;
	private static final long SPILL_THRESHOLD = 4_000_000_000_000_000_000L;
	private static final long NOT_IN_CENTS = Long.MIN_VALUE;

	private long units;
	/** The part of the sum that did not fit the fast path; {@code null} while everything did. */
	private BigDecimal overflow;
	/** The last rate seen and its cents: consecutive entries mostly share a rate, so this saves converting each time. */
	private BigDecimal lastRate;
	private long lastRateCents;

	/** Starts a new sum at zero. */
	void clear() {
		units = 0;
		overflow = null;
	}

	/** Adds hours × hourly rate; a missing rate costs nothing. */
	void addProduct(double hours, BigDecimal rate) {
		if (rate == null) {
			return;
		}
		long milliHours = Math.round(hours * MILLIS_PER_HOUR);
		if (rate != lastRate && !rate.equals(lastRate)) {
			lastRate = rate;
			lastRateCents = cents(rate);
		}
		long rateCents = lastRateCents;
		if (rateCents != NOT_IN_CENTS && Math.abs(rateCents) <= MAX_RATE_CENTS
				&& Math.abs(milliHours) <= MAX_MILLI_HOURS
				&& milliHours / (double) MILLIS_PER_HOUR == hours) {
			addUnits(milliHours * rateCents);
		} else {
			addExact(BigDecimal.valueOf(hours).multiply(rate));
		}
	}

	/** Adds an amount of money; a missing amount adds nothing. */
	void addAmount(BigDecimal amount) {
		if (amount == null) {
			return;
		}
		long cents = cents(amount);
		if (cents != NOT_IN_CENTS && Math.abs(cents) <= MAX_AMOUNT_CENTS) {
			addUnits(cents * UNITS_PER_CENT);
		} else {
			addExact(amount);
		}
	}

	/** @return the sum rounded half-even to whole cents */
	long roundedCents() {
		if (overflow == null) {
			long cents = Math.floorDiv(units, UNITS_PER_CENT);
			long rest = Math.floorMod(units, UNITS_PER_CENT);
			boolean up = rest > UNITS_PER_CENT / 2 || rest == UNITS_PER_CENT / 2 && (cents & 1) != 0;
			return up ? cents + 1 : cents;
		}
		return BigDecimal.valueOf(units, UNIT_SCALE).add(overflow).setScale(2, RoundingMode.HALF_EVEN).unscaledValue()
				.longValueExact();
	}

	/** @return a whole number of cents as money with two decimals */
	static BigDecimal money(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	private void addUnits(long added) {
		units += added;
		if (Math.abs(units) > SPILL_THRESHOLD) {
			addExact(BigDecimal.valueOf(units, UNIT_SCALE));
			units = 0;
		}
	}

	private void addExact(BigDecimal added) {
		overflow = overflow == null ? added : overflow.add(added);
	}

	/** @return the amount in whole cents, or {@link #NOT_IN_CENTS} if it has fractions of a cent or is too large */
	private static long cents(BigDecimal amount) {
		int scale = amount.scale();
		if (scale < 0 || scale > 2 || amount.precision() > 15) {
			return NOT_IN_CENTS;
		}
		// Moving the point keeps the compact representation: unlike unscaledValue(), it allocates no BigInteger.
		return amount.movePointRight(2).longValueExact();
	}
}

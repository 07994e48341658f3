// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * Working time that never stops: the wall clock, 24 hours a day, 7 days a week, on which urgent engagements run.
 * Obtain it with {@link WorkingTime#roundTheClock()}.
 */
final class RoundTheClock implements WorkingTime {

	static final RoundTheClock INSTANCE = new RoundTheClock();

	private RoundTheClock() {
	}

	@Override
	public Instant plus(Instant start, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("Working time to add must not be negative: " + amount);
		}
		return start.plus(amount);
	}

	@Override
	public Duration elapsed(Instant from, Instant to) {
		return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
	}

	@Override
	public boolean isWorkingTime(Instant instant) {
		return true;
	}

	@Override
	public String description() {
		return "24x7";
	}

	@Override
	public String toString() {
		return description();
	}
}

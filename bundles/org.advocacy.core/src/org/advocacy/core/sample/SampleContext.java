// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;

import org.advocacy.model.AdvocacyFactory;

/**
 * The state shared by the builders of one generation run: the seeded random source, the fixed "now" and a few
 * small helpers. Nothing in the generator reads the wall clock or iterates a hash-ordered collection, so a run
 * is a pure function of (seed, now, engagement count).
 */
final class SampleContext {

	final AdvocacyFactory factory = AdvocacyFactory.eINSTANCE;
	final Random random;
	final Instant now;
	/** The most recent weekly management review, Tuesday 15:00 UTC strictly before {@link #now}. */
	final Instant latestReview;

	SampleContext(long seed, Instant now) {
		this.random = new Random(seed);
		this.now = now.truncatedTo(ChronoUnit.SECONDS);
		LocalDate today = LocalDate.ofInstant(this.now, ZoneOffset.UTC);
		LocalDate tuesday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
		Instant review = tuesday.atTime(LocalTime.of(15, 0)).toInstant(ZoneOffset.UTC);
		if (!review.isBefore(this.now)) {
			review = review.minus(Duration.ofDays(7));
		}
		this.latestReview = review;
	}

	/** @return a uniformly distributed int in [low, high] (both inclusive) */
	int between(int low, int high) {
		return high <= low ? low : low + random.nextInt(high - low + 1);
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	<T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	/** Picks an index according to integer weights. */
	int weighted(int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** @return an amount of money with cents, between the given whole amounts */
	BigDecimal money(int low, int high) {
		return BigDecimal.valueOf(between(low, high) * 100L + between(0, 3) * 25L, 2);
	}

	/** @return the instant rounded down to the minute, as people record times */
	static Instant minute(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MINUTES);
	}
}

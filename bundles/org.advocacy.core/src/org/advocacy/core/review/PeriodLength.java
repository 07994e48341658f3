// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The length of the periods over which the customer-to-engagement ratio is tracked. */
public enum PeriodLength {

	/** ISO weeks, Monday to Sunday. */
	WEEK {
		@Override
		public LocalDate startOf(LocalDate date) {
			return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		}

		@Override
		LocalDate next(LocalDate start) {
			return start.plusWeeks(1);
		}
	},

	/** Calendar months. */
	MONTH {
		@Override
		public LocalDate startOf(LocalDate date) {
			return date.withDayOfMonth(1);
		}

		@Override
		LocalDate next(LocalDate start) {
			return start.plusMonths(1);
		}
	};

	/**
	 * @param date a day
	 * @return the first day of the period that contains it
	 */
	public abstract LocalDate startOf(LocalDate date);

	/** @return the first day of the period after the one starting on {@code start} */
	abstract LocalDate next(LocalDate start);
}

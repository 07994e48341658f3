// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.LocalDate;

/**
 * Maps dates to horizontal pixels and back: day {@code d} occupies {@code [x(d), x(d + 1))}. The scale has an
 * origin date (x = 0 before scrolling), a width per day set by the zoom, and a horizontal scroll offset.
 */
public final class TimeScale {

	/** The zoom levels of the chart, each a width per day. */
	public enum Zoom {
		/** One column per day, with weekday letters. */
		DAY(28),
		/** Weeks, with day ticks. */
		WEEK(10),
		/** Months, with week ticks. */
		MONTH(3),
		/** Quarters, with month ticks. */
		QUARTER(1.1);

		private final double pixelsPerDay;

		Zoom(double pixelsPerDay) {
			this.pixelsPerDay = pixelsPerDay;
		}

		/** @return the width of a day at this zoom */
		public double pixelsPerDay() {
			return pixelsPerDay;
		}
	}

	private final LocalDate origin;
	private final double pixelsPerDay;
	private final int scroll;

	/**
	 * @param origin       the date at x = 0 when not scrolled
	 * @param pixelsPerDay width of a day, more than 0
	 * @param scroll       pixels scrolled to the right
	 */
	public TimeScale(LocalDate origin, double pixelsPerDay, int scroll) {
		if (pixelsPerDay <= 0) {
			throw new IllegalArgumentException("A day needs a positive width");
		}
		this.origin = origin;
		this.pixelsPerDay = pixelsPerDay;
		this.scroll = scroll;
	}

	/** @return the left edge of a day, in canvas pixels */
	public int x(LocalDate date) {
		return (int) Math.round((date.toEpochDay() - origin.toEpochDay()) * pixelsPerDay) - scroll;
	}

	/** @return the day under a canvas x */
	public LocalDate date(int x) {
		return origin.plusDays((long) Math.floor((x + scroll) / pixelsPerDay));
	}

	/** @return the day boundary nearest to a canvas x (the day starting there) */
	public LocalDate nearestBoundary(int x) {
		return origin.plusDays(Math.round((x + scroll) / pixelsPerDay));
	}

	/** @return width of a day */
	public double pixelsPerDay() {
		return pixelsPerDay;
	}

	/** @return the date at x = 0 when not scrolled */
	public LocalDate origin() {
		return origin;
	}

	/** @return the horizontal scroll offset */
	public int scroll() {
		return scroll;
	}

	/** @return the same scale scrolled to another offset */
	public TimeScale scrolledTo(int newScroll) {
		return new TimeScale(origin, pixelsPerDay, newScroll);
	}
}

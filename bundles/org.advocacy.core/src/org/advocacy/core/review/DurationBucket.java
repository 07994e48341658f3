// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

/**
 * One bar of the distribution of engagement durations.
 *
 * @param band        the range of durations
 * @param engagements the engagements whose duration falls in the band
 */
public record DurationBucket(DurationBand band, EngagementList engagements) {

	/** @return the number of engagements in the band */
	public int count() {
		return engagements.size();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

/**
 * The duration of engagements (metric 3): open ones by their age at "now", closed ones from opening to closing.
 *
 * @param open   the engagements still open, aged at "now"
 * @param closed the engagements closed, from opening to closing
 */
public record DurationMetrics(DurationSummary open, DurationSummary closed) {
}

// SPDX-License-Identifier: EPL-2.0
/**
 * The weekly internal management review of the Customer Advocacy process.
 * <p>
 * {@link org.advocacy.core.review.ReviewAgendaPlanner} prepares the agenda since the last review: new situations,
 * updates on open ones (worst colour and oldest first), closures to confirm, and root-cause commitments whose promised
 * update is overdue; the agenda can be turned into an unattached {@link org.advocacy.model.ManagementReview} for the
 * caller to add with a command.
 * <p>
 * {@link org.advocacy.core.review.ReviewMetricsCalculator} computes the five metrics of the whitepaper: customers per
 * engagement over time, engagements by reason, duration of open and closed engagements, engagements by segment,
 * business unit and product line, and effort and expenses in money rolled up by the same dimensions. The model is read
 * in one pass into an {@link org.advocacy.core.review.EngagementSnapshot}, which serves any number of filters until the
 * repository changes. Every bar of every metric keeps the engagements behind it so a view can click through.
 * <p>
 * Everything is a pure function of the repository and an injected instant; nothing here reads the wall clock.
 */
package org.advocacy.core.review;

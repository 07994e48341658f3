// SPDX-License-Identifier: EPL-2.0
/**
 * The weekly internal management review of the Customer Advocacy process.
 * <p>
 * {@link org.advocacy.core.review.ReviewAgendaPlanner} prepares the agenda since the last review: new situations,
 * updates on open ones (worst colour and oldest first), closures to confirm, and root-cause commitments whose promised
 * update is overdue; the agenda can be turned into an unattached {@link org.advocacy.model.ManagementReview} for the
 * caller to add with a command. Before the meeting the advocates edit it as an
 * {@link org.advocacy.core.review.AgendaDraft} (a review not held yet) through the undoable
 * {@link org.advocacy.core.commands.AgendaCommands}: add, remove and reorder engagements, notes per item, attendees,
 * closures confirmed; recording the review sets its date, and the next agenda starts from it. Root-cause commitments
 * asked of management between reviews ({@link org.advocacy.core.commands.CommitmentCommands}) go into that draft, so
 * the next review lists them.
 * <p>
 * {@link org.advocacy.core.review.ReviewMetricsCalculator} computes the five metrics of the whitepaper: customers per
 * engagement over time, engagements by reason, duration of open and closed engagements, engagements by segment,
 * business unit and product line, and effort and expenses in money rolled up by the same dimensions. The model is read
 * in one pass into an {@link org.advocacy.core.review.EngagementSnapshot}, which serves any number of filters until the
 * repository changes. Every bar of every metric keeps the engagements behind it so a view can click through.
 * <p>
 * {@link org.advocacy.core.review.EngagementBoard} groups the open engagements by colour code and state,
 * {@link org.advocacy.core.review.CommitmentRows} lists the root-cause commitments with their overdue verdict,
 * {@link org.advocacy.core.review.RecurringCauses} rolls every root cause up by category across engagements and
 * customers, and {@link org.advocacy.core.review.ReviewPack} writes all of it, with the
 * charts the user interface drew, as the review pack in HTML and PDF.
 * <p>
 * Everything is a pure function of the repository and an injected instant; nothing here reads the wall clock.
 */
package org.advocacy.core.review;

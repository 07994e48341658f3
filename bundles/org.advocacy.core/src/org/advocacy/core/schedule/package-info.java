// SPDX-License-Identifier: EPL-2.0
/**
 * Get-well plan scheduling: the critical-path method over finish-to-start, start-to-start, finish-to-finish and
 * start-to-finish links with lag on a working-day calendar; float, the critical path, slips against baseline and
 * commitments, and the colour codes of plans and engagements.
 * <p>
 * Start with {@link org.advocacy.core.schedule.CriticalPathScheduler#schedule(org.advocacy.model.GetWellPlan)},
 * which returns an immutable {@link org.advocacy.core.schedule.PlanSchedule}; judge it with
 * {@link org.advocacy.core.schedule.StatusColourRules}. An engagement's colour code, the one every view, report and
 * draft shows, comes from {@link org.advocacy.core.schedule.EngagementColours}: the advocate's override, or the
 * engine's colour from the plan and the engagement's state. Validators reject cycles with
 * {@link org.advocacy.core.schedule.TaskGraph#findCycle(org.advocacy.model.GetWellPlan)}.
 *
 * <h2>Date conventions</h2>
 * <ul>
 * <li>The calendar is the plan's business calendar (its working weekdays minus its holidays); a plan without
 * calendar works every day. Durations, lags, float and slips are all counted in working days.</li>
 * <li>A task occupies its start and finish days inclusive: finish = start + duration &minus; 1 working days, so a
 * one-day task starts and finishes on the same day.</li>
 * <li>A milestone (or any task of zero duration) has no length: it is a point at the <em>end</em> of its day, and
 * its start and finish are that day. It marks completion: a milestone that follows a task finish-to-start with lag
 * 0 falls on the day that task finishes, and a task that follows the milestone starts the next working day. (A
 * milestone tied to the start of a task, start-to-start with lag 0, therefore falls on the working day before
 * that task starts.)</li>
 * <li>Finish-to-start with lag 0: the successor starts the next working day after the predecessor finishes.
 * Start-to-start with lag 0: both start the same day. Finish-to-finish with lag 0: both finish the same day.
 * Start-to-finish with lag 0: the successor finishes the working day before the predecessor starts.</li>
 * <li>A lag of {@code n} working days moves the successor {@code n} working days later; a negative lag (a lead)
 * moves it earlier.</li>
 * <li>A task's own start date is a "start no earlier than" constraint; nothing starts before the plan start
 * (the earliest task start, unless another start is given). A date that is not a working day moves to the next
 * working day.</li>
 * <li>Late dates come from a backward pass from the plan's finish (the latest early finish). Total float is late
 * start minus early start; a task is critical when its float is zero or less.</li>
 * <li>A slip is the scheduled (early) finish minus the baseline finish or the commitment date, in working days;
 * positive is late. A baseline or commitment date that is not a working day counts as the working day before
 * it.</li>
 * </ul>
 */
package org.advocacy.core.schedule;

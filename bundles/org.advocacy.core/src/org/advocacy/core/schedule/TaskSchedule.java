// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.advocacy.model.PlanTask;

/**
 * The schedule of one task of a get-well plan: the dates the critical-path method gives it, how much it can slip,
 * and how it compares with its baseline and with its owner's commitment. Dates are inclusive working days; a
 * milestone's start and finish are the same day. Slips and float are in working days.
 *
 * @param task           the task
 * @param earlyStart     the first day the task can start, given its dependencies and its own start date
 * @param earlyFinish    the last working day of the task when it starts early: its scheduled finish
 * @param lateStart      the last day the task can start without moving the plan's finish
 * @param lateFinish     the last day the task can finish without moving the plan's finish
 * @param totalFloat     working days the task can slip without moving the plan's finish
 * @param critical       whether the task has no float, so any slip moves the plan's finish
 * @param baselineSlip   scheduled finish minus baseline finish (positive: late); empty without a baseline
 * @param commitmentSlip scheduled finish minus the owner's commitment date (positive: late); empty without a
 *                       commitment
 */
public record TaskSchedule(PlanTask task, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart,
		LocalDate lateFinish, int totalFloat, boolean critical, OptionalInt baselineSlip, OptionalInt commitmentSlip) {
}

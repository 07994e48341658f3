// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalInt;

import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.advocacy.model.Risk;
import org.advocacy.model.RiskLevel;
import org.advocacy.model.StatusColour;

/**
 * The whitepaper's colour code for a get-well plan, decided from its schedule: <b>Green</b> — on track, issues
 * surmountable; <b>Yellow</b> — a risk or obstacle has taken or may take the project off track; <b>Red</b> — off
 * track, the plan will likely miss milestones and needs remedial action or a reset.
 * <p>
 * Only unfinished tasks (less than 100% complete) count, and a plan whose tasks are all complete is green: what
 * is done can no longer go off track. Otherwise the rules apply in order; the first that applies decides the
 * colour, and its worst case gives the rationale:
 * <ol>
 * <li>Red: a milestone is scheduled after its commitment date (the largest slip is named).</li>
 * <li>Red: the plan's planned finish is after its committed finish (the latest commitment date of its tasks).</li>
 * <li>Red: a critical task is scheduled at least {@link #redSlipDays()} working days after its commitment date.</li>
 * <li>Red: a critical task was scheduled to finish before today and has no progress (the earliest is named).</li>
 * <li>Yellow: a critical task is scheduled after its commitment date, by fewer than {@link #redSlipDays()} working
 * days.</li>
 * <li>Yellow: a critical task is overdue: it was scheduled to finish before today (and has some progress), or to
 * start before today and has no progress (the earliest is named).</li>
 * <li>Yellow: a milestone is scheduled after its baseline finish (the largest slip is named).</li>
 * <li>Yellow: a risk with high likelihood and high impact is open (the first is named).</li>
 * <li>Green otherwise; the rationale gives progress and the next milestone.</li>
 * </ol>
 * "Critical task" means a task that is not a milestone and has no float. Slips are in working days of the plan's
 * calendar; "today" is a parameter, so the assessment is a pure function of the schedule and the date.
 */
public final class StatusColourRules {

	/** Working days past a commitment from which a critical task turns the plan red rather than yellow. */
	public static final int DEFAULT_RED_SLIP_DAYS = 5;

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final int redSlipDays;

	/**
	 * @param redSlipDays working days past its commitment from which a critical task makes the plan red; at least 1
	 */
	public StatusColourRules(int redSlipDays) {
		if (redSlipDays < 1) {
			throw new IllegalArgumentException("The red threshold must be at least 1 working day, not " + redSlipDays);
		}
		this.redSlipDays = redSlipDays;
	}

	/** @return the rules with a red threshold of {@value #DEFAULT_RED_SLIP_DAYS} working days */
	public static StatusColourRules standard() {
		return new StatusColourRules(DEFAULT_RED_SLIP_DAYS);
	}

	/** @return working days past its commitment from which a critical task makes the plan red */
	public int redSlipDays() {
		return redSlipDays;
	}

	/**
	 * Assesses the plan as of an instant, taking the date in the plan calendar's time zone (UTC without calendar).
	 *
	 * @param schedule the plan's schedule
	 * @param now      the moment of the assessment
	 * @return the colour and its rationale
	 */
	public PlanStatus assess(PlanSchedule schedule, Instant now) {
		GetWellPlan plan = schedule.plan();
		ZoneId zone = plan.getCalendar() != null && plan.getCalendar().getTimeZone() != null
				? plan.getCalendar().getTimeZone()
				: ZoneOffset.UTC;
		return assess(schedule, LocalDate.ofInstant(now, zone));
	}

	/**
	 * Assesses the plan as of a date.
	 *
	 * @param schedule the plan's schedule
	 * @param today    the date of the assessment
	 * @return the colour and its rationale
	 */
	public PlanStatus assess(PlanSchedule schedule, LocalDate today) {
		Finding worst = null;
		int done = 0;
		TaskSchedule nextMilestone = null;
		for (PlanTask task : schedule.tasks()) {
			if (task.getPercentComplete() >= 100) {
				done++;
				continue;
			}
			TaskSchedule scheduled = schedule.of(task);
			if (task.isMilestone()) {
				worst = worse(worst, milestoneFindings(scheduled, today));
				if (nextMilestone == null || scheduled.earlyFinish().isBefore(nextMilestone.earlyFinish())) {
					nextMilestone = scheduled;
				}
			} else if (scheduled.critical()) {
				worst = worse(worst, criticalTaskFindings(scheduled, today));
			}
		}
		int total = schedule.tasks().size();
		if (done == total) {
			return new PlanStatus(StatusColour.GREEN, "Green: all " + total + " tasks complete");
		}
		worst = worse(worst, finishFinding(schedule, today));
		worst = worse(worst, riskFinding(schedule.plan()));
		if (worst != null) {
			return new PlanStatus(worst.colour(), worst.rationale());
		}
		String next = nextMilestone == null ? "planned finish " + date(schedule.plannedFinish(), today)
				: "next milestone '" + TaskGraph.nameOf(nextMilestone.task()) + "' on "
						+ date(nextMilestone.earlyFinish(), today);
		return new PlanStatus(StatusColour.GREEN, "Green: on track; " + done + " of " + total + " tasks complete, " + next);
	}

	private static Finding milestoneFindings(TaskSchedule milestone, LocalDate today) {
		String name = "milestone '" + TaskGraph.nameOf(milestone.task()) + "'";
		OptionalInt pastCommitment = milestone.commitmentSlip();
		if (pastCommitment.isPresent() && pastCommitment.getAsInt() > 0) {
			return new Finding(Rule.MILESTONE_PAST_COMMITMENT, pastCommitment.getAsInt(), "Red: " + name + " is "
					+ workingDays(pastCommitment.getAsInt()) + " past its committed date of "
					+ date(milestone.task().getCommitmentDate(), today));
		}
		OptionalInt behindBaseline = milestone.baselineSlip();
		if (behindBaseline.isPresent() && behindBaseline.getAsInt() > 0) {
			return new Finding(Rule.MILESTONE_BEHIND_BASELINE, behindBaseline.getAsInt(), "Yellow: " + name + " is "
					+ workingDays(behindBaseline.getAsInt()) + " behind its baseline of "
					+ date(milestone.task().getBaselineFinish(), today));
		}
		return null;
	}

	private Finding criticalTaskFindings(TaskSchedule scheduled, LocalDate today) {
		PlanTask task = scheduled.task();
		String name = "critical task '" + TaskGraph.nameOf(task) + "'";
		OptionalInt pastCommitment = scheduled.commitmentSlip();
		if (pastCommitment.isPresent() && pastCommitment.getAsInt() > 0) {
			int slip = pastCommitment.getAsInt();
			return new Finding(slip >= redSlipDays ? Rule.TASK_FAR_PAST_COMMITMENT : Rule.TASK_PAST_COMMITMENT, slip,
					(slip >= redSlipDays ? "Red: " : "Yellow: ") + name + " is " + workingDays(slip)
							+ " past its committed date of " + date(task.getCommitmentDate(), today));
		}
		boolean started = task.getPercentComplete() > 0;
		if (scheduled.earlyFinish().isBefore(today)) {
			return new Finding(started ? Rule.TASK_OVERDUE : Rule.TASK_OVERDUE_NOT_STARTED,
					daysBetween(scheduled.earlyFinish(), today),
					(started ? "Yellow: " : "Red: ") + name + " was due to finish on "
							+ date(scheduled.earlyFinish(), today)
							+ (started ? " and is " + task.getPercentComplete() + "% complete" : " and has not started"));
		}
		if (!started && scheduled.earlyStart().isBefore(today)) {
			return new Finding(Rule.TASK_OVERDUE, daysBetween(scheduled.earlyStart(), today), "Yellow: " + name
					+ " was due to start on " + date(scheduled.earlyStart(), today) + " and has not started");
		}
		return null;
	}

	private static Finding finishFinding(PlanSchedule schedule, LocalDate today) {
		OptionalInt slip = schedule.finishSlip();
		if (slip.isEmpty() || slip.getAsInt() <= 0) {
			return null;
		}
		return new Finding(Rule.PLAN_PAST_COMMITTED_FINISH, slip.getAsInt(), "Red: the plan now finishes on "
				+ date(schedule.plannedFinish(), today) + ", " + workingDays(slip.getAsInt())
				+ " after its committed finish of " + date(schedule.committedFinish().orElseThrow(), today));
	}

	private static Finding riskFinding(GetWellPlan plan) {
		for (Risk risk : plan.getRisks()) {
			if (risk.getLikelihood() == RiskLevel.HIGH && risk.getImpact() == RiskLevel.HIGH) {
				return new Finding(Rule.SEVERE_RISK, 0,
						"Yellow: a high-likelihood, high-impact risk is open: '" + risk.getDescription() + "'");
			}
		}
		return null;
	}

	/** @return the finding of the earlier rule, or of the same rule the heavier one; the first one on a tie */
	private static Finding worse(Finding current, Finding candidate) {
		if (candidate == null) {
			return current;
		}
		if (current == null || candidate.rule().ordinal() < current.rule().ordinal()
				|| candidate.rule() == current.rule() && candidate.weight() > current.weight()) {
			return candidate;
		}
		return current;
	}

	private static int daysBetween(LocalDate from, LocalDate to) {
		return (int) Math.min(Integer.MAX_VALUE, to.toEpochDay() - from.toEpochDay());
	}

	private static String workingDays(int count) {
		return count == 1 ? "1 working day" : count + " working days";
	}

	/** @return "12 Dec", with the year when it is not the year of {@code today} */
	private static String date(LocalDate date, LocalDate today) {
		return (date.getYear() == today.getYear() ? DAY_MONTH : DAY_MONTH_YEAR).format(date);
	}

	/** The rules in the order they decide the colour; see the class documentation. */
	private enum Rule {
		MILESTONE_PAST_COMMITMENT(StatusColour.RED),
		PLAN_PAST_COMMITTED_FINISH(StatusColour.RED),
		TASK_FAR_PAST_COMMITMENT(StatusColour.RED),
		TASK_OVERDUE_NOT_STARTED(StatusColour.RED),
		TASK_PAST_COMMITMENT(StatusColour.YELLOW),
		TASK_OVERDUE(StatusColour.YELLOW),
		MILESTONE_BEHIND_BASELINE(StatusColour.YELLOW),
		SEVERE_RISK(StatusColour.YELLOW);

		final StatusColour colour;

		Rule(StatusColour colour) {
			this.colour = colour;
		}
	}

	/** One reason for a colour; a larger weight is a worse case of the same rule. */
	private record Finding(Rule rule, int weight, String rationale) {
		StatusColour colour() {
			return rule.colour;
		}
	}
}

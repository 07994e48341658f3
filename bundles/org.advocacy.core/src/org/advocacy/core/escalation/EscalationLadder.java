// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.advocacy.core.calendar.WorkingTime;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Person;

/**
 * The escalation ladder engine. For an escalation to a functional area it decides who to contact now, when the
 * next step is due and why, walking the area's who-to-call ladder upwards (primary, backup, manager, director, vice
 * president): each level has the engagement's escalation timeout ({@link ServiceTargets#escalationTimeout}) to
 * answer; an answer stops the ladder; a recorded "no answer" or a timeout that has passed moves it to the next level;
 * a top level that does not answer is flagged. A person who is away is replaced by their alternate.
 * <p>
 * Timeouts of urgent engagements run on the wall clock, 24x7; those of business-hours engagements run on the working
 * hours of the area's business calendar, else the organization's default calendar. Warnings are raised when
 * configurable fractions of the timeout have passed (by default 70% and 90%).
 * <p>
 * Every answer is a pure function of the model and the instant passed in (take it from an injected
 * {@link java.time.Clock}): there are no timers and nothing is remembered between calls, so a restarted workbench
 * decides exactly as before. Stateless and thread-safe, provided the model is not changed during a call.
 */
public final class EscalationLadder {

	/** Orders the ladders by due time, then engagement key and area, so that lists are stable. */
	private static final Comparator<LadderStatus> BY_DUE_TIME = Comparator
			.comparing(LadderStatus::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(status -> status.engagement().getKey(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(status -> Engagements.name(status.escalation().getArea()));

	private final double[] warnings;

	/** An engine that warns at 70% and 90% of each timeout. */
	public EscalationLadder() {
		this(0.7, 0.9);
	}

	/**
	 * @param warningFractions the fractions of the timeout at which to warn, each above 0 and below 1
	 * @throws IllegalArgumentException if a fraction is out of range
	 */
	public EscalationLadder(double... warningFractions) {
		for (double fraction : warningFractions) {
			if (!(fraction > 0 && fraction < 1)) {
				throw new IllegalArgumentException("A warning must be a fraction of the timeout above 0 and below 1: " + fraction);
			}
		}
		this.warnings = warningFractions.clone();
		Arrays.sort(this.warnings);
	}

	/**
	 * @param engagement the engagement the escalation belongs to
	 * @param escalation the escalation
	 * @param now        the instant to decide for
	 * @return the state of the escalation's ladder at {@code now}
	 * @throws IllegalArgumentException if the business calendar to use has no time zone or no working weekday
	 */
	public LadderStatus evaluate(Engagement engagement, Escalation escalation, Instant now) {
		return evaluate(engagement, escalation, now, new WorkingTimes(), ServiceTargets.escalationTimeout(engagement));
	}

	/**
	 * @return the state of every escalation of the engagement at {@code now}, in the engagement's order
	 * @throws IllegalArgumentException if a business calendar to use has no time zone or no working weekday
	 */
	public List<LadderStatus> evaluate(Engagement engagement, Instant now) {
		WorkingTimes times = new WorkingTimes();
		Duration timeout = ServiceTargets.escalationTimeout(engagement);
		List<LadderStatus> result = new ArrayList<>(engagement.getEscalations().size());
		for (Escalation escalation : engagement.getEscalations()) {
			result.add(evaluate(engagement, escalation, now, times, timeout));
		}
		return result;
	}

	/**
	 * Lists the ladders of open engagements that still need attention: awaiting an answer, due now or exhausted,
	 * soonest due first. Ladders that were answered, and closed engagements, are left out. This is the list the
	 * command line and the workbench show.
	 *
	 * @param repository the repository
	 * @param now        the instant to decide for
	 * @return the active ladders ordered by due time
	 * @throws IllegalArgumentException if a business calendar to use has no time zone or no working weekday
	 */
	public List<LadderStatus> activeLadders(AdvocacyRepository repository, Instant now) {
		return activeLadders(repository.getEngagements(), now);
	}

	/**
	 * As {@link #activeLadders(AdvocacyRepository, Instant)}, for some engagements only (e.g. those whose header
	 * says a ladder awaits an answer).
	 *
	 * @param engagements engagements of a repository
	 * @param now         the instant to decide for
	 * @return their active ladders ordered by due time
	 * @throws IllegalArgumentException if a business calendar to use has no time zone or no working weekday
	 */
	public List<LadderStatus> activeLadders(Collection<? extends Engagement> engagements, Instant now) {
		WorkingTimes times = new WorkingTimes();
		List<LadderStatus> result = new ArrayList<>();
		for (Engagement engagement : engagements) {
			if (engagement.getEscalations().isEmpty() || Engagements.isClosed(engagement)) {
				continue;
			}
			Duration timeout = null;
			for (Escalation escalation : engagement.getEscalations()) {
				if (lastAnswer(escalation) == null) {
					if (timeout == null) {
						timeout = ServiceTargets.escalationTimeout(engagement);
					}
					result.add(evaluate(engagement, escalation, now, times, timeout));
				}
			}
		}
		result.sort(BY_DUE_TIME);
		return result;
	}

	/**
	 * @return the ladders of open engagements on which a step is due or overdue (a call to make now, or an exhausted
	 *         ladder to flag), soonest due first
	 * @throws IllegalArgumentException if a business calendar to use has no time zone or no working weekday
	 */
	public List<LadderStatus> dueSteps(AdvocacyRepository repository, Instant now) {
		List<LadderStatus> due = new ArrayList<>();
		for (LadderStatus status : activeLadders(repository, now)) {
			if (status.isDue()) {
				due.add(status);
			}
		}
		return due;
	}

	/**
	 * Who takes the call one level above {@code level} on an escalation's ladder at an instant: the person on the
	 * lowest rung above it, or their alternate while they are away. A notice to the person called now uses it to say
	 * who is called next when nobody answers.
	 *
	 * @param escalation the escalation
	 * @param level      the level called now; {@code null} for the first call
	 * @param at         when that next call would be made
	 * @return the next contact, or {@code null} when nobody is above {@code level}
	 */
	public LadderContact contactAbove(Escalation escalation, EscalationLevel level, Instant at) {
		Step step = stepAbove(escalation.getArea(), level, at);
		return step == null ? null : LadderContact.covering(step.level(), step.person(), at);
	}

	private LadderStatus evaluate(Engagement engagement, Escalation escalation, Instant now, WorkingTimes times,
			Duration timeout) {
		FunctionalArea area = escalation.getArea();
		String areaName = Engagements.name(area);
		WorkingTime clock = times.forEscalation(engagement, area);
		if (Engagements.isClosed(engagement)) {
			return new LadderStatus(engagement, escalation, LadderState.CLOSED, null, null, null, timeout, clock, 0, 0,
					"The engagement is closed; nothing is due on the " + areaName + " ladder.");
		}
		LadderAttempt answer = lastAnswer(escalation);
		if (answer != null) {
			return new LadderStatus(engagement, escalation, LadderState.RESPONDED, answer, null, null, timeout, clock, 0,
					0, who(answer) + " answered for " + areaName + "; the ladder is stopped.");
		}
		List<LadderAttempt> attempts = escalation.getAttempts();
		if (attempts.isEmpty()) {
			Instant started = firstOf(escalation.getStartedAt(), engagement.getOpenedAt(), now);
			return moveOn(engagement, escalation, null, started, now, timeout, clock,
					"nobody on the " + areaName + " ladder has been called yet");
		}
		LadderAttempt last = attempts.get(attempts.size() - 1);
		Instant contactedAt = firstOf(last.getContactedAt(), escalation.getStartedAt(), now);
		AttemptOutcome outcome = last.getOutcome();
		if (outcome == null || outcome == AttemptOutcome.PENDING) {
			Instant due = clock.plus(contactedAt, timeout);
			if (now.isBefore(due)) {
				return awaiting(engagement, escalation, last, contactedAt, due, now, timeout, clock);
			}
			return moveOn(engagement, escalation, last, due, now, timeout, clock,
					who(last) + " did not answer within " + Engagements.words(timeout) + " (" + clock.description() + ")");
		}
		return moveOn(engagement, escalation, last, contactedAt, now, timeout, clock,
				who(last) + (outcome == AttemptOutcome.REDIRECTED ? " redirected the call" : " did not answer"));
	}

	private LadderStatus awaiting(Engagement engagement, Escalation escalation, LadderAttempt last, Instant contactedAt,
			Instant due, Instant now, Duration timeout, WorkingTime clock) {
		String areaName = Engagements.name(escalation.getArea());
		double progress = (double) clock.elapsed(contactedAt, now).toNanos() / timeout.toNanos();
		double warning = 0;
		for (double fraction : warnings) {
			if (progress >= fraction) {
				warning = fraction;
			}
		}
		Step step = stepAbove(escalation.getArea(), last.getLevel(), due);
		LadderContact next = step == null ? null : LadderContact.covering(step.level(), step.person(), due);
		String then = next == null ? "flag to management: nobody is above them on the " + areaName + " ladder"
				: "call " + next.describe();
		String reason = (warning > 0 ? Math.round(warning * 100) + "% of the wait has passed. " : "") + "Waiting for "
				+ who(last) + " to answer for " + areaName + "; without an answer within " + Engagements.words(timeout)
				+ " (" + clock.description() + "), " + then + ".";
		return new LadderStatus(engagement, escalation, LadderState.AWAITING_RESPONSE, last, next, due, timeout, clock,
				progress, warning, reason);
	}

	/** The ladder moves past {@code last} (or starts, when it is {@code null}): call the next level, or flag its top. */
	private static LadderStatus moveOn(Engagement engagement, Escalation escalation, LadderAttempt last, Instant due,
			Instant now, Duration timeout, WorkingTime clock, String why) {
		String areaName = Engagements.name(escalation.getArea());
		Instant callAt = due.isAfter(now) ? due : now;
		Step step = stepAbove(escalation.getArea(), last == null ? null : last.getLevel(), callAt);
		if (step == null) {
			String reason = last == null ? "Flag to management: the " + areaName + " who-to-call ladder has nobody to call."
					: "Flag to management: " + why + ", and nobody is above them on the " + areaName + " ladder.";
			return new LadderStatus(engagement, escalation, LadderState.EXHAUSTED, last, null, due, timeout, clock, 1, 0,
					reason);
		}
		LadderContact next = LadderContact.covering(step.level(), step.person(), callAt);
		return new LadderStatus(engagement, escalation, LadderState.DUE_NOW, last, next, due, timeout, clock, 1, 0,
				"Call " + next.describe() + " on the " + areaName + " ladder now: " + why + ".");
	}

	/** @return the most recent attempt that was answered, or {@code null} */
	private static LadderAttempt lastAnswer(Escalation escalation) {
		List<LadderAttempt> attempts = escalation.getAttempts();
		for (int i = attempts.size() - 1; i >= 0; i--) {
			if (attempts.get(i).getOutcome() == AttemptOutcome.RESPONDED) {
				return attempts.get(i);
			}
		}
		return null;
	}

	/** One step of the ladder as called at an instant: the level and the person on it then. */
	private record Step(EscalationLevel level, Person person) {
	}

	/**
	 * @return the lowest level with a person above {@code level} (any level when {@code level} is {@code null}) at
	 *         the instant, or {@code null} when the ladder has nobody above; the primary and backup are those on duty
	 *         in the area's rotation ({@link Rotations}), else the first rung of their level
	 */
	private static Step stepAbove(FunctionalArea area, EscalationLevel level, Instant at) {
		if (area == null) {
			return null;
		}
		Rotations.Duty duty = area.getRotation().isEmpty() ? null : Rotations.onDuty(area, at);
		for (EscalationLevel candidate : EscalationLevel.VALUES) {
			if (level != null && candidate.getValue() <= level.getValue()) {
				continue;
			}
			Person person = duty == null ? null : duty.at(candidate);
			if (person == null) {
				LadderRung rung = LadderRungs.at(area, candidate);
				person = rung == null ? null : rung.getPerson();
			}
			if (person != null) {
				return new Step(candidate, person);
			}
		}
		return null;
	}

	private static String who(LadderAttempt attempt) {
		return Engagements.name(attempt.getPerson())
				+ (attempt.getLevel() == null ? "" : " (" + Engagements.name(attempt.getLevel()) + ")");
	}

	private static Instant firstOf(Instant first, Instant second, Instant third) {
		return first != null ? first : second != null ? second : third;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.compose;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.escalation.LadderContact;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.Engagement;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.Person;

/**
 * The notices of a who-to-call ladder, each built from the escalation engine's decision ({@link LadderStatus}): the
 * call to the person whose step is due, the advocate's warnings before the wait runs out, and the flag when nobody
 * up to the top answered.
 */
public final class LadderNotices {

	private LadderNotices() {
	}

	/**
	 * The notice to the person whose step on the ladder is due.
	 *
	 * @param status   the ladder, due now
	 * @param callee   who is called now (the engine's {@link LadderStatus#next()})
	 * @param answerBy when their wait runs out
	 * @param after    who is called when they do not answer, or {@code null} at the top of the ladder
	 * @return the notice, in the callee's time zone
	 */
	public static StandAloneMessage stepDue(LadderStatus status, LadderContact callee, Instant answerBy,
			LadderContact after) {
		Engagement engagement = status.engagement();
		ZoneId zone = People.zone(callee.person());
		String area = EngagementFacts.area(status.escalation().getArea());
		String advocate = advocateName(engagement);
		String by = Times.at(answerBy, zone);
		String onTimeout = after == null ? "the situation is flagged to management: you are the top of the " + area + " ladder"
				: "the escalation moves on to " + after.describe();
		List<String> situation = new ArrayList<>(EngagementFacts.situation(engagement, status.escalation()));
		situation.add("Where the ladder stands: " + status.reason());
		LadderAttempt passed = unresponsiveBefore(status, callee);
		return new StandAloneMessage(
				"Escalation for " + EngagementFacts.customer(engagement) + ": please call " + advocate + " by "
						+ Times.shortAt(answerBy, zone) + " (" + EngagementFacts.key(engagement) + ")",
				"You are the " + People.lower(callee.level().getLiteral()) + " on the " + area + " who-to-call ladder"
						+ (callee.isSubstitute() ? ", covering for " + People.name(callee.substituteFor()) + ", who is away" : "")
						+ ". " + advocate + ", the customer advocate, is escalating to " + area + ": "
						+ EngagementFacts.reference(engagement) + ".",
				situation,
				passed == null ? "Please call " + advocate + " back now and take on what is needed from " + area
						+ ". If you cannot help, tell " + advocate + " who on your team should, so that "
						+ EngagementFacts.customer(engagement) + " does not wait for another hand-off."
						: nextLevelAsk(engagement, passed.getPerson(), advocate),
				whatsInItForThem(engagement) + " Without an answer by " + by + ", " + onTimeout + ".",
				by + " (the wait is counted on " + status.workingTime().description() + " time).",
				callBack(engagement.getAdvocate(), "customer advocate"),
				"Reply to this e-mail or call " + advocate + ". If we don't hear from you by " + by + ", " + onTimeout + ".");
	}

	/**
	 * @return the person the ladder moves past because they did not answer (a recorded "no answer", or a call whose
	 *         wait ran out), when the callee is someone else; {@code null} on the first call
	 */
	private static LadderAttempt unresponsiveBefore(LadderStatus status, LadderContact callee) {
		LadderAttempt last = status.last();
		boolean unanswered = last != null && (last.getOutcome() == null || last.getOutcome() == AttemptOutcome.PENDING
				|| last.getOutcome() == AttemptOutcome.NO_ANSWER);
		return unanswered && last.getPerson() != null && last.getPerson() != callee.person() ? last : null;
	}

	/**
	 * Going up the food chain in the whitepaper's words: the next level is asked for someone with the skills of the
	 * person who did not answer, whose value is acknowledged (they are busy, not at fault), and asked who else can help.
	 */
	private static String nextLevelAsk(Engagement engagement, Person unresponsive, String advocate) {
		String name = People.name(unresponsive);
		return "We have " + EngagementFacts.reference(engagement) + ", which needs the attention of someone with "
				+ name + "'s skills. " + name + " is clearly a knowledgeable and valuable member of your team, and "
				+ "it appears " + name + " is extremely busy and unable to get involved right now. Who would you "
				+ "suggest " + advocate + " work with from your team on this? You may also decide to reprioritize "
				+ name + "'s work so that " + name + " can take it on.";
	}

	/**
	 * What's in it for the reader, as the whitepaper asks before going up the food chain: the customer who is the
	 * reason we are both employed, the goals we share, and the chance for two organizations to work well together.
	 */
	private static String whatsInItForThem(Engagement engagement) {
		return EngagementFacts.standing(engagement) + ", and the situation already went through our normal channels. "
				+ "Resolving it supports the customer-satisfaction and revenue goals we share, and shows our teams "
				+ "working well together.";
	}

	/**
	 * The notice to the advocate when the person whose step is due cannot be e-mailed: the advocate makes the call.
	 *
	 * @param status the ladder, due now
	 * @param callee who is to be called now
	 * @return the notice, in the advocate's time zone
	 */
	public static StandAloneMessage stepForAdvocate(LadderStatus status, LadderContact callee) {
		Engagement engagement = status.engagement();
		ZoneId zone = People.zone(engagement.getAdvocate());
		String area = EngagementFacts.area(status.escalation().getArea());
		String person = People.name(callee.person());
		List<String> situation = new ArrayList<>(EngagementFacts.situation(engagement, status.escalation()));
		situation.add("Where the ladder stands: " + status.reason());
		return new StandAloneMessage(
				"[" + EngagementFacts.key(engagement) + "] Call " + person + " now on the " + area + " ladder for "
						+ EngagementFacts.customer(engagement),
				"You are the customer advocate for " + EngagementFacts.reference(engagement) + ". The escalation to " + area
						+ " has reached " + callee.describe() + ", who has no e-mail address on record, so the watcher could"
						+ " not notify them.",
				situation,
				"Call " + person + " now and record the call on the engagement's Escalations page, so that the ladder's wait"
						+ " starts.",
				EngagementFacts.standing(engagement) + ". Until someone answers, " + EngagementFacts.customer(engagement)
						+ " is waiting on " + area + ".",
				"Now: the step was due " + Times.at(status.dueAt(), zone) + ".",
				callBack(callee.person(), People.lower(callee.level().getLiteral()) + " on the " + area + " ladder"),
				"Give " + person + " an e-mail address in the Organization editor so that the watcher can reach them next time.");
	}

	/**
	 * The advocate's warning that a warning threshold of the wait has passed without an answer.
	 *
	 * @param status the ladder, awaiting an answer with {@link LadderStatus#isWarning()}
	 * @return the notice, in the advocate's time zone
	 */
	public static StandAloneMessage warning(LadderStatus status) {
		Engagement engagement = status.engagement();
		ZoneId zone = People.zone(engagement.getAdvocate());
		String area = EngagementFacts.area(status.escalation().getArea());
		LadderAttempt last = status.last();
		String waitingFor = People.name(last.getPerson());
		String ends = Times.at(status.dueAt(), zone);
		List<String> situation = new ArrayList<>(EngagementFacts.situation(engagement, status.escalation()));
		situation.add(status.reason());
		LadderContact next = status.next();
		return new StandAloneMessage(
				"[" + EngagementFacts.key(engagement) + "] " + Math.round(status.warning() * 100)
						+ "% of the wait has passed: no answer yet from " + waitingFor + " for " + EngagementFacts.customer(engagement),
				"You are the customer advocate for " + EngagementFacts.reference(engagement) + ". " + waitingFor
						+ (last.getLevel() == null ? "" : " (" + People.lower(last.getLevel().getLiteral()) + ")")
						+ " was contacted " + Times.at(last.getContactedAt(), zone) + " about the escalation to " + area + ".",
				situation,
				next == null ? "Try to reach " + waitingFor + " now on the ways below: nobody is above them on the ladder."
						: "Try to reach " + waitingFor + " now on the ways below; if they cannot help, be ready for the call to "
								+ next.describe() + ".",
				EngagementFacts.standing(engagement) + ". Nobody has taken on what is needed from " + area + " yet.",
				"The wait ends " + ends + ".",
				callBack(last.getPerson(), "contacted on the " + area + " ladder"),
				next == null ? "If nobody answers by " + ends + ", the ladder is exhausted and you will be asked to flag the"
						+ " situation to management."
						: "If nobody records an answer by " + ends + ", the watcher e-mails " + People.name(next.person())
								+ " and records the call.");
	}

	/**
	 * The advocate's flag that nobody up to the top of the ladder answered.
	 *
	 * @param status the exhausted ladder
	 * @return the notice, in the advocate's time zone
	 */
	public static StandAloneMessage exhausted(LadderStatus status) {
		Engagement engagement = status.engagement();
		ZoneId zone = People.zone(engagement.getAdvocate());
		String area = EngagementFacts.area(status.escalation().getArea());
		List<String> situation = new ArrayList<>(EngagementFacts.situation(engagement, status.escalation()));
		situation.add(status.reason());
		for (LadderAttempt attempt : status.escalation().getAttempts()) {
			situation.add("Contacted " + People.name(attempt.getPerson())
					+ (attempt.getLevel() == null ? "" : " (" + People.lower(attempt.getLevel().getLiteral()) + ")") + " "
					+ Times.at(attempt.getContactedAt(), zone)
					+ (attempt.getOutcome() == null ? "" : ": " + People.lower(attempt.getOutcome().getLiteral())) + ".");
		}
		Person top = status.last() == null ? null : status.last().getPerson();
		return new StandAloneMessage(
				"[" + EngagementFacts.key(engagement) + "] Nobody answered on the " + area + " ladder: flag "
						+ EngagementFacts.customer(engagement) + " to management",
				"You are the customer advocate for " + EngagementFacts.reference(engagement) + ".",
				situation,
				"Flag the situation to management now: call the top of the ladder again on their around-the-clock contact, or"
						+ " their manager, and put the situation on the agenda of the next management review.",
				EngagementFacts.standing(engagement) + ". The customer is still waiting on " + area
						+ ", and every level of the ladder has been tried.",
				"Now: the ladder ran out " + Times.at(status.dueAt(), zone) + ".",
				top == null ? List.of("Nobody is on the " + area + " ladder: ask its director to fill it.")
						: callBack(top, "top of the " + area + " ladder"),
				"The watcher sends this once for this ladder. Record an answer on the Escalations page when someone responds.");
	}

	/**
	 * @param person someone to call back
	 * @param role   their role, such as "customer advocate"
	 * @return the person's name and role, then the ways to reach them, 24x7 first
	 */
	public static List<String> callBack(Person person, String role) {
		List<String> lines = new ArrayList<>();
		String title = person == null || person.getTitle() == null ? "" : person.getTitle().strip();
		lines.add(title.equalsIgnoreCase(role) ? People.nameAndTitle(person) : People.nameAndTitle(person) + ", " + role);
		lines.addAll(People.reachAt(person));
		return lines;
	}

	/** @return the advocate's name, or "the customer advocacy team" when the engagement has no advocate */
	static String advocateName(Engagement engagement) {
		return engagement.getAdvocate() == null ? "the customer advocacy team" : People.name(engagement.getAdvocate());
	}
}

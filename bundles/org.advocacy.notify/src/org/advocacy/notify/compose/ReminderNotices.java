// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.compose;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.eclipse.emf.ecore.EObject;

/**
 * Reminders built from the engines' findings: the advocate's overdue customer update (from the update cadence) and
 * the accountable manager's root-cause update, before its promised date and once it has passed.
 */
public final class ReminderNotices {

	private ReminderNotices() {
	}

	/**
	 * @param status an engagement whose customer update is overdue
	 * @return the reminder to its advocate, in their time zone
	 */
	public static StandAloneMessage updateOverdue(UpdateStatus status) {
		Engagement engagement = status.engagement();
		ZoneId zone = People.zone(engagement.getAdvocate());
		String customer = EngagementFacts.customer(engagement);
		List<String> situation = new ArrayList<>(EngagementFacts.situation(engagement, null));
		situation.add(status.reason());
		situation.add(status.lastSentAt() == null ? "No update has been sent yet."
				: "The last update went out " + Times.at(status.lastSentAt(), zone) + ".");
		for (CustomerCommunication draft : status.readyDrafts()) {
			situation.add("A held draft is ready to revise and send, or discard: \u201c" + draft.getSubject() + "\u201d.");
		}
		return new StandAloneMessage(
				"[" + EngagementFacts.key(engagement) + "] " + customer + " is due an update",
				"You are the customer advocate for " + EngagementFacts.reference(engagement) + ".",
				situation,
				"Send " + customer + " an update now from the engagement's Communications page, even when there is no news:"
						+ " progress, the resources engaged and the next steps, in one voice.",
				"We agreed with " + customer + " to update them regularly, regardless of status; a missed update is the"
						+ " first thing a customer notices.",
				"It was due " + Times.at(status.nextDueAt(), zone) + ".",
				LadderNotices.callBack(engagement.getAdvocate(), "customer advocate"),
				"The watcher reminds you once for each missed update; sending one sets the next date.");
	}

	/**
	 * @param review      the review the commitment was made in
	 * @param commitment  a commitment whose promised update date is near
	 * @return the reminder to the accountable manager
	 */
	public static StandAloneMessage commitmentDue(ManagementReview review, RootCauseCommitment commitment) {
		return commitment(review, commitment, false);
	}

	/**
	 * @param review     the review the commitment was made in
	 * @param commitment a commitment whose promised update date has passed
	 * @return the notice to the accountable manager
	 */
	public static StandAloneMessage commitmentOverdue(ManagementReview review, RootCauseCommitment commitment) {
		return commitment(review, commitment, true);
	}

	private static StandAloneMessage commitment(ManagementReview review, RootCauseCommitment commitment, boolean overdue) {
		Person manager = commitment.getAccountableManager();
		ZoneId zone = People.zone(manager);
		String what = commitment.getCommitment() == null || commitment.getCommitment().isBlank() ? "a root-cause improvement"
				: commitment.getCommitment().strip();
		String promised = Times.day(commitment.getPromisedUpdateOn());
		List<String> situation = new ArrayList<>();
		Set<Person> advocates = new LinkedHashSet<>();
		for (RootCause cause : commitment.getRootCauses()) {
			Engagement engagement = engagementOf(cause);
			situation.add("Root cause: " + (cause.getDescription() == null ? "(not described)" : cause.getDescription().strip())
					+ (engagement == null ? "" : " \u2014 found in " + EngagementFacts.reference(engagement)) + ".");
			if (engagement != null && engagement.getAdvocate() != null) {
				advocates.add(engagement.getAdvocate());
			}
		}
		situation.add("Status: " + (commitment.getStatus() == null ? "open" : People.lower(commitment.getStatus().getLiteral()))
				+ (commitment.getLastUpdate() == null || commitment.getLastUpdate().isBlank() ? "; no update given yet."
						: "; last update: " + commitment.getLastUpdate().strip()));
		List<String> callBack = new ArrayList<>();
		for (Person advocate : advocates) {
			callBack.addAll(LadderNotices.callBack(advocate, "customer advocate"));
		}
		if (callBack.isEmpty()) {
			callBack.add("Reply to this e-mail: it reaches the customer advocacy team.");
		}
		return new StandAloneMessage(
				(overdue ? "Root-cause update overdue since " : "Root-cause update due ") + promised + ": " + what,
				"In the management review of " + Times.at(review.getHeldOn(), zone) + ", you committed to " + what
						+ " and to update the group by " + promised + ".",
				situation,
				overdue ? "Send the group your update now: what has been done, what is left, and a new date if the old one"
						+ " cannot hold." : "Send the group your update by " + promised + ": what has been done, what is left,"
								+ " and whether the date holds.",
				"Customers whose situations came from these root causes are waiting for irreversible corrective action, and"
						+ " the weekly management review tracks this commitment until it is done.",
				overdue ? "It was due " + promised + "." : promised + ".",
				callBack,
				overdue ? "The review will ask for this update at its next meeting." : "If the date cannot hold, say so before it passes.");
	}

	private static Engagement engagementOf(RootCause cause) {
		for (EObject container = cause.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Engagement engagement) {
				return engagement;
			}
		}
		return null;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.Engagement;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.Person;
import org.advocacy.model.PlanTask;
import org.advocacy.model.StakeholderRole;
import org.advocacy.model.StatusColour;

/**
 * "What we are doing right", as the whitepaper asks the advocate to reinforce throughout: the progress made, the
 * resources engaged and management's attention, worked out from the engagement; and, when the colour code is worse
 * than at the last update sent, the blip, stated within that overall progress rather than on its own.
 *
 * @param progress  what has been achieved, one line each
 * @param resources who is engaged, one line each
 * @param attention management's attention, one line each
 * @param blip      the blip in the context of the overall progress, or {@code null} when the colour did not worsen
 */
public record SilverLining(List<String> progress, List<String> resources, List<String> attention, String blip) {

	/**
	 * @param engagement the engagement
	 * @param now        the instant the update is written at
	 * @return what we are doing right, and the blip if any
	 */
	public static SilverLining of(Engagement engagement, Instant now) {
		List<String> progress = progress(engagement);
		EngagementColour colour = new EngagementColours(now).of(engagement);
		CustomerCommunication last = lastSent(engagement);
		String blip = null;
		if (last != null && last.isSetColour() && worse(colour.colour(), last.getColour())) {
			blip = "Since our last update the status moved from " + last.getColour().getLiteral() + " to "
					+ colour.colour().getLiteral() + ": " + colour.rationale() + " We are telling you this now, and "
					+ "it does not undo what is already in place"
					+ (progress.isEmpty() ? "." : ": " + String.join("; ", progress) + ".")
					+ " Below is what we are doing about it.";
		}
		return new SilverLining(progress, resources(engagement), attention(engagement), blip);
	}

	/** @return everything, one paragraph, for the update's "what we are doing right" field */
	public String summary() {
		List<String> all = new ArrayList<>(progress);
		all.addAll(resources);
		all.addAll(attention);
		return all.isEmpty() ? "" : String.join(". ", all) + ".";
	}

	/** @return whether the colour code worsened since the last update */
	public boolean hasBlip() {
		return blip != null;
	}

	/** Writes the section "What we are doing right", then "A blip, in context" when there is one. */
	void write(ReportWriter out) {
		out.heading("What we are doing right");
		List<String> all = new ArrayList<>(progress);
		all.addAll(resources);
		all.addAll(attention);
		if (all.isEmpty()) {
			out.paragraph("The right people are being brought in; I will report the first progress in my next update.");
		} else {
			out.bullets(all);
		}
		if (blip != null) {
			out.heading("A blip, in context");
			out.paragraph(blip);
		}
	}

	private static boolean worse(StatusColour now, StatusColour before) {
		return now != null && before != null && now.getValue() > before.getValue();
	}

	private static CustomerCommunication lastSent(Engagement engagement) {
		return engagement.getCommunications().stream()
				.filter(update -> update.getState() == CommunicationState.SENT && update.getSentAt() != null)
				.max(Comparator.comparing(CustomerCommunication::getSentAt)).orElse(null);
	}

	private static List<String> progress(Engagement engagement) {
		List<String> lines = new ArrayList<>();
		if (engagement.getGetWellPlan() != null) {
			List<PlanTask> tasks = engagement.getGetWellPlan().getPhases().stream()
					.flatMap(phase -> phase.getTasks().stream()).toList();
			long done = tasks.stream().filter(task -> task.getPercentComplete() >= 100).count();
			if (done > 0) {
				lines.add(done + " of " + tasks.size() + " tasks of the get-well plan are complete");
			}
		}
		long met = engagement.getDisengagementCriteria().stream().filter(criterion -> criterion.isMet()).count();
		if (met > 0) {
			lines.add(met + " of " + engagement.getDisengagementCriteria().size()
					+ " criteria we agreed for closing are met");
		}
		if (engagement.getSituationSummary() != null) {
			long done = engagement.getSituationSummary().getActionItems().stream()
					.filter(item -> item.getStatus() == ActionStatus.DONE).count();
			if (done > 0) {
				lines.add(done + (done == 1 ? " action item is" : " action items are") + " done");
			}
			if (!engagement.getSituationSummary().getRootCauses().isEmpty()) {
				int causes = engagement.getSituationSummary().getRootCauses().size();
				lines.add(causes + (causes == 1 ? " root cause is" : " root causes are") + " identified");
			}
		}
		return lines;
	}

	private static List<String> resources(Engagement engagement) {
		Set<Person> people = new LinkedHashSet<>(engagement.getTeam());
		engagement.getResponseMeetings().forEach(meeting -> people.addAll(meeting.getParticipants()));
		people.remove(engagement.getAdvocate());
		Set<String> areas = new LinkedHashSet<>();
		for (var escalation : engagement.getEscalations()) {
			FunctionalArea area = escalation.getArea();
			if (area != null && area.getName() != null) {
				areas.add(area.getName());
			}
		}
		List<String> lines = new ArrayList<>();
		if (!people.isEmpty()) {
			lines.add(people.size() + (people.size() == 1 ? " specialist works" : " specialists work")
					+ " on this with me" + (areas.isEmpty() ? "" : ", from " + String.join(", ", areas)));
		}
		return lines;
	}

	private static List<String> attention(Engagement engagement) {
		Set<String> lines = new LinkedHashSet<>();
		for (CustomerMeeting meeting : engagement.getCustomerMeetings()) {
			if (meeting.isSeniorManagementAttends()) {
				lines.add("Our senior management " + (meeting.getHeldAt() == null ? "joins" : "joined")
						+ " the meeting with you");
			}
		}
		if (engagement.getGetWellPlan() != null) {
			engagement.getGetWellPlan().getStakeholders().stream()
					.filter(stakeholder -> stakeholder.getRole() == StakeholderRole.SPONSOR
							&& stakeholder.getPerson() != null)
					.forEach(sponsor -> lines.add(title(sponsor.getPerson()) + " sponsors the get-well plan"));
		}
		for (var escalation : engagement.getEscalations()) {
			for (LadderAttempt attempt : escalation.getAttempts()) {
				if (attempt.getOutcome() == AttemptOutcome.RESPONDED && attempt.getLevel() != null
						&& attempt.getLevel().getValue() >= EscalationLevel.MANAGER_VALUE) {
					lines.add("Our " + attempt.getLevel().getLiteral().toLowerCase(Locale.ROOT) + " of "
							+ (escalation.getArea() == null ? "the area" : escalation.getArea().getName())
							+ " is personally engaged");
				}
			}
		}
		return List.copyOf(lines);
	}

	private static String title(Person person) {
		return person.getTitle() == null || person.getTitle().isBlank() ? person.getName()
				: person.getName() + ", " + person.getTitle() + ",";
	}
}

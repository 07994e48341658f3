// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.advocacy.model.AreaKind;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.EscalationReason;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.Person;
import org.advocacy.model.Urgency;

/**
 * Builds the escalations of an engagement and their ladder attempt logs. The ladder is walked upwards from the
 * starting level; a person who does not answer within the segment's escalation timeout is followed by the next
 * level; a person who is away is replaced by the confirmed alternate (recorded as a substitute). Customers with
 * a standing escalation request get a management-awareness call to the vice president of support.
 */
final class EscalationBuilder extends StaffedBuilder {

	EscalationBuilder(SampleContext context, Staff staff) {
		super(context, staff);
	}

	void build(Engagement engagement, Scenario scenario, Timeline timeline, int timeoutMinutes, boolean detailed) {
		EngagementState state = engagement.getState();
		if (state == EngagementState.REQUESTED || state == EngagementState.DECLINED) {
			return;
		}
		Instant limit = (timeline.end.isBefore(context.now) ? timeline.end : context.now).minus(Duration.ofHours(6));
		boolean urgent = engagement.getUrgency() == Urgency.URGENT_24X7;
		if (urgent) {
			Instant started = timeline.openedAt.plus(Duration.ofMinutes(context.between(20, 120)));
			EscalationReason reason = context.chance(0.5) ? EscalationReason.UNRESPONSIVE_CONTACT
					: EscalationReason.RESOURCE_NEEDED;
			escalate(engagement, scenario.escalationAreas()[0], reason, EscalationLevel.PRIMARY, started, limit,
					timeoutMinutes, true);
		}
		if (detailed && (!urgent || context.chance(0.5))) {
			AreaKind area = scenario.escalationAreas()[context.between(urgent ? 1 : 0, scenario.escalationAreas().length - 1)];
			Instant started = timeline.openedAt.plus(Duration.ofMinutes(context.between(3 * 60, 30 * 60)));
			boolean awareness = context.chance(0.5);
			escalate(engagement, area, awareness ? EscalationReason.MANAGEMENT_AWARENESS : EscalationReason.RESOURCE_NEEDED,
					awareness ? EscalationLevel.DIRECTOR : EscalationLevel.PRIMARY, started, limit, timeoutMinutes, false);
		}
		if (engagement.getCustomer().isEscalationRequested()) {
			Instant started = timeline.openedAt.plus(Duration.ofMinutes(context.between(30, 90)));
			escalate(engagement, AreaKind.TECHNICAL_SUPPORT, EscalationReason.PRE_ESTABLISHED_REQUEST,
					EscalationLevel.VICE_PRESIDENT, started, limit, timeoutMinutes, false);
		}
	}

	private void escalate(Engagement engagement, AreaKind area, EscalationReason reason, EscalationLevel from,
			Instant started, Instant limit, int timeoutMinutes, boolean urgent) {
		Instant at = SampleContext.minute(started.isAfter(limit) ? engagement.getOpenedAt().plus(Duration.ofMinutes(10)) : started);
		Escalation escalation = context.factory.createEscalation();
		escalation.setArea(staff.areas.get(area));
		escalation.setReason(reason);
		escalation.setDescription(description(reason, area, engagement));
		escalation.setStartedAt(at);
		for (int level = from.getValue(); level < EscalationLevel.VALUES.size(); level++) {
			Person person = staff.ladder(area, EscalationLevel.get(level));
			Person alternate = Staff.alternateIfAway(person, at);
			LadderAttempt attempt = context.factory.createLadderAttempt();
			attempt.setLevel(EscalationLevel.get(level));
			attempt.setPerson(alternate != null ? alternate : person);
			attempt.setSubstituteFor(alternate != null ? person : null);
			Person called = attempt.getPerson();
			attempt.setChannel(channel(called, urgent));
			attempt.setContactedAt(at);
			boolean last = level == EscalationLevel.VICE_PRESIDENT_VALUE;
			boolean unanswered = !last && (reason == EscalationReason.UNRESPONSIVE_CONTACT && level == from.getValue()
					|| context.chance(0.25));
			String away = alternate != null ? person.getName() + " is away; called the confirmed alternate. " : "";
			if (unanswered) {
				attempt.setOutcome(AttemptOutcome.NO_ANSWER);
				attempt.setNotes(away + "No answer within " + timeoutMinutes + " minutes; voicemail left, moved up the ladder.");
				escalation.getAttempts().add(attempt);
				at = at.plus(Duration.ofMinutes(timeoutMinutes + context.between(0, 2)));
			} else {
				attempt.setOutcome(AttemptOutcome.RESPONDED);
				attempt.setRespondedAt(at.plus(Duration.ofMinutes(context.between(2, Math.max(3, timeoutMinutes - 1)))));
				attempt.setNotes(away + response(reason));
				escalation.getAttempts().add(attempt);
				break;
			}
		}
		engagement.getEscalations().add(escalation);
	}

	private ContactChannel channel(Person person, boolean urgent) {
		if (!urgent) {
			return context.chance(0.5) ? ContactChannel.EMAIL : ContactChannel.PHONE;
		}
		for (ContactPoint point : person.getContactPoints()) {
			if (point.getChannel() == ContactChannel.PAGER) {
				return ContactChannel.PAGER;
			}
		}
		return ContactChannel.MOBILE;
	}

	private static String description(EscalationReason reason, AreaKind area, Engagement engagement) {
		return switch (reason) {
		case UNRESPONSIVE_CONTACT -> "Assigned " + area.getLiteral().toLowerCase(Locale.ROOT)
				+ " contact not responding while the customer is down; walking the ladder.";
		case RESOURCE_NEEDED -> "Need someone with the right skills in " + area.getLiteral().toLowerCase(Locale.ROOT)
				+ " to join the situation review.";
		case MANAGEMENT_AWARENESS -> "Management awareness: " + engagement.getCustomer().getName()
				+ " situation may need a decision at director level.";
		case PRE_ESTABLISHED_REQUEST -> "Standing escalation request on file for " + engagement.getCustomer().getName()
				+ ": inform the vice president.";
		default -> "Escalation.";
		};
	}

	private static String response(EscalationReason reason) {
		return switch (reason) {
		case MANAGEMENT_AWARENESS, PRE_ESTABLISHED_REQUEST -> "Briefed; asked to be copied on the daily update.";
		default -> "Responded; joined the bridge and assigned an engineer to the engagement.";
		};
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.advocacy.model.ActionItem;
import org.advocacy.model.Audience;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.DryRun;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Evidence;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Meeting;
import org.advocacy.model.MeetingPart;
import org.advocacy.model.Person;
import org.advocacy.model.Recommendation;
import org.advocacy.model.ResponseMeeting;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.Stakeholder;
import org.advocacy.model.StakeholderRole;
import org.advocacy.model.Urgency;

/**
 * Builds the meetings of the standard engagements. Once the subject-matter experts are engaged, the response
 * meeting answers the whitepaper's five questions with the evidence each expert brought, and its outcome became the
 * first draft of the situation summary; the criteria were then agreed at a customer meeting rehearsed in a dry-run
 * the day before. Engagements still assessing have their response meeting planned; the engaged ones have a follow-up
 * customer meeting ahead, the urgent one tomorrow and not rehearsed yet, so the workbench has something to warn
 * about.
 */
final class MeetingBuilder {

	private static final String AGENDA = """
			1. Purpose of the call and who is here
			2. What happened: the chronology up to today
			3. Root causes and contributing factors, ours and yours
			4. What we are doing about it: the get-well plan
			5. Criteria for closing the engagement
			6. When you will hear from us next""";

	private static final String FOLLOW_UP_AGENDA = """
			1. Progress since we last met
			2. The draft get-well plan, phase by phase
			3. Dates, owners and what we need from you
			4. Next update""";

	private static final String[] PARTS = { "Opening, purpose and the chronology", "Root causes and corrective actions",
			"The get-well plan and its dates", "Our commitment and the next steps" };

	private static final String REHEARSAL_NOTE = "Say 'the configuration step was unclear', not 'user error'; "
			+ "check the second failure's timestamp before the call.";

	private final SampleContext context;

	MeetingBuilder(SampleContext context) {
		this.context = context;
	}

	void build(List<Engagement> standard) {
		for (Engagement engagement : standard) {
			EngagementState state = engagement.getState();
			if (state == EngagementState.ASSESSING) {
				engagement.getResponseMeetings().add(plannedResponseMeeting(engagement));
			} else if (state.getValue() >= EngagementState.ENGAGED_VALUE && engagement.getCriteriaAgreedAt() != null) {
				heldMeetings(engagement);
			}
		}
	}

	private ResponseMeeting plannedResponseMeeting(Engagement engagement) {
		ResponseMeeting meeting = context.factory.createResponseMeeting();
		meeting.setPlannedAt(SampleContext.minute(context.now.plus(Duration.ofHours(3))));
		meeting.setLocation("Conference bridge");
		invite(meeting, engagement);
		evidence(meeting, engagement);
		return meeting;
	}

	private void heldMeetings(Engagement engagement) {
		Instant opened = engagement.getOpenedAt();
		Duration assessing = Duration.between(opened, engagement.getCriteriaAgreedAt());
		ResponseMeeting response = context.factory.createResponseMeeting();
		Instant held = SampleContext.minute(opened.plus(assessing.dividedBy(3)));
		response.setPlannedAt(held);
		response.setHeldAt(held);
		response.setLocation("Conference bridge");
		invite(response, engagement);
		evidence(response, engagement);
		answer(response, engagement.getSituationSummary());
		engagement.getResponseMeetings().add(response);

		Instant agreed = engagement.getCriteriaAgreedAt();
		CustomerMeeting meeting = customerMeeting(engagement, agreed, AGENDA);
		meeting.setHeldAt(agreed);
		meeting.setNotes("Chronology and root causes walked through with full disclosure of the contributing "
				+ "factors; the criteria for closing the engagement agreed.");
		Instant rehearsal = SampleContext.minute(agreed.minus(assessing.dividedBy(3)));
		meeting.setDryRun(dryRun(meeting, rehearsal, true));
		engagement.getCustomerMeetings().add(meeting);

		if (engagement.getState() == EngagementState.ENGAGED) {
			boolean urgent = engagement.getUrgency() == Urgency.URGENT_24X7;
			Instant next = SampleContext.minute(context.now.plus(Duration.ofHours(urgent ? 20 : 75)));
			CustomerMeeting followUp = customerMeeting(engagement, next, FOLLOW_UP_AGENDA);
			if (!urgent) {
				followUp.setDryRun(dryRun(followUp, next.minus(Duration.ofDays(1)), false));
			}
			engagement.getCustomerMeetings().add(followUp);
		}
	}

	private void invite(Meeting meeting, Engagement engagement) {
		meeting.getParticipants().add(engagement.getAdvocate());
		for (Person member : engagement.getTeam()) {
			if (!meeting.getParticipants().contains(member)) {
				meeting.getParticipants().add(member);
			}
		}
	}

	/** The evidence the experts bring to build the chronology, kept as links to the systems it lives in. */
	private void evidence(ResponseMeeting meeting, Engagement engagement) {
		String key = engagement.getKey();
		String customer = NamePool.slug(engagement.getCustomer().getName());
		List<Person> bringers = meeting.getParticipants();
		int first = context.random.nextInt(bringers.size());
		evidence(meeting, EvidenceKind.PERFORMANCE_REPORT, "Availability and response-time report for the last 30 days",
				"https://monitoring.northwind.example/reports/" + key + "/availability", bringers.get(first));
		evidence(meeting, EvidenceKind.INQUIRY_HISTORY, "The customer's cases and problem reports of the last year",
				"https://support.northwind.example/cases?customer=" + customer,
				bringers.get((first + 1) % bringers.size()));
		if (context.chance(0.6)) {
			evidence(meeting, EvidenceKind.INVOICE, "The invoices of the affected quarter",
					"https://billing.northwind.example/accounts/" + customer + "/invoices", bringers.get(0));
		}
		evidence(meeting, EvidenceKind.CONTRACT, "The support agreement and its service levels",
				"https://contracts.northwind.example/" + customer + "/support-agreement", bringers.get(0));
	}

	private void evidence(ResponseMeeting meeting, EvidenceKind kind, String description, String link, Person by) {
		Evidence evidence = context.factory.createEvidence();
		evidence.setKind(kind);
		evidence.setDescription(description);
		evidence.setLink(link);
		evidence.setBroughtBy(by);
		meeting.getEvidence().add(evidence);
	}

	/** The five questions, answered from what became the first draft of the situation summary. */
	private static void answer(ResponseMeeting meeting, SituationSummary summary) {
		if (summary == null) {
			return;
		}
		meeting.setSituation(summary.getExecutiveSummary());
		if (!summary.getRootCauses().isEmpty()) {
			meeting.setProblem(summary.getRootCauses().get(0).getDescription());
		}
		List<ChronologyEvent> events = summary.getChronology();
		if (!events.isEmpty()) {
			meeting.setHowWeGotHere("From '" + events.get(0).getDescription() + "' to '"
					+ events.get(events.size() - 1).getDescription() + "': " + events.size()
					+ " events rebuilt from the evidence, without assigning blame.");
		}
		meeting.setOptions(summary.getRecommendations().stream().map(Recommendation::getDescription)
				.collect(Collectors.joining("; ")));
		meeting.setCourseOfAction(summary.getActionItems().stream().limit(3).map(ActionItem::getDescription)
				.collect(Collectors.joining("; ")));
		meeting.setOutcome("First draft of the situation summary written from these answers; root causes and "
				+ "contributing factors recorded for the customer meeting.");
	}

	private CustomerMeeting customerMeeting(Engagement engagement, Instant planned, String agenda) {
		CustomerMeeting meeting = context.factory.createCustomerMeeting();
		meeting.setPlannedAt(planned);
		meeting.setLocation(engagement.getUrgency() == Urgency.URGENT_24X7 ? "Video call" : "Customer's offices");
		meeting.setAgenda(agenda);
		meeting.getParticipants().add(engagement.getAdvocate());
		engagement.getTeam().stream().limit(2).filter(member -> !meeting.getParticipants().contains(member))
				.forEach(meeting.getParticipants()::add);
		Person sponsor = sponsor(engagement.getGetWellPlan());
		boolean senior = sponsor != null && (engagement.getUrgency() == Urgency.URGENT_24X7
				|| engagement.getCustomer().isEscalationRequested());
		meeting.setSeniorManagementAttends(senior);
		if (senior && !meeting.getParticipants().contains(sponsor)) {
			meeting.getParticipants().add(sponsor);
		}
		for (CustomerContact contact : engagement.getCustomer().getContacts()) {
			if (contact.getAudience() != Audience.ADMINISTRATIVE) {
				meeting.getCustomerAttendees().add(contact);
			}
		}
		return meeting;
	}

	private static Person sponsor(GetWellPlan plan) {
		if (plan == null) {
			return null;
		}
		return plan.getStakeholders().stream().filter(stakeholder -> stakeholder.getRole() == StakeholderRole.SPONSOR)
				.map(Stakeholder::getPerson).findFirst().orElse(null);
	}

	/** The rehearsal: each participant of the customer meeting covers one part of the agenda. */
	private DryRun dryRun(CustomerMeeting meeting, Instant when, boolean held) {
		DryRun dryRun = context.factory.createDryRun();
		dryRun.setPlannedAt(when);
		dryRun.setLocation("Internal video call");
		if (held) {
			dryRun.setHeldAt(when);
			dryRun.setNotes("Agenda and situation summary walked through as if in front of the customer.");
		}
		List<Person> people = new ArrayList<>(meeting.getParticipants());
		for (int i = 0; i < people.size(); i++) {
			Person person = people.get(i);
			dryRun.getParticipants().add(person);
			MeetingPart part = context.factory.createMeetingPart();
			part.setPerson(person);
			part.setTopic(PARTS[Math.min(i, PARTS.length - 1)]);
			part.setRehearsed(held);
			if (held && i == 0 && context.chance(0.5)) {
				part.setNotes(REHEARSAL_NOTE);
			}
			dryRun.getParts().add(part);
		}
		return dryRun;
	}
}

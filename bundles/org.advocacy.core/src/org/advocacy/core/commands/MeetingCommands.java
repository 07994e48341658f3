// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_MEETING__DRY_RUN;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__RESPONSE_MEETINGS;
import static org.advocacy.model.AdvocacyPackage.Literals.MEETING__HELD_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.MEETING__PARTICIPANTS;
import static org.advocacy.model.AdvocacyPackage.Literals.RESPONSE_MEETING__EVIDENCE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.DryRun;
import org.advocacy.model.Engagement;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Evidence;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Meeting;
import org.advocacy.model.MeetingPart;
import org.advocacy.model.Person;
import org.advocacy.model.ResponseMeeting;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The meetings of an engagement, each change one undoable command: the response meeting ("get all the liars in the
 * same room") with the subject-matter experts invited from the who-to-call list and the evidence they bring; the
 * customer meeting with its agenda; its dry-run, where each participant covers their part of the agenda. The
 * meeting's fields themselves (the five questions, location, senior management, rehearsed) are edited as features.
 */
public final class MeetingCommands {

	/**
	 * The agenda a new customer meeting starts from: the whitepaper's walk through the situation, with full disclosure
	 * of the contributing factors, the plan and the criteria for closing out.
	 */
	public static final String DEFAULT_AGENDA = """
			1. Purpose of the meeting and who is here
			2. What happened: the chronology
			3. Root causes and contributing factors, ours and yours
			4. What we are doing about it: the get-well plan
			5. Criteria for closing the engagement
			6. When you will hear from us next""";

	private MeetingCommands() {
	}

	/**
	 * The subject-matter experts the who-to-call list names for the response meeting: the primary and backup of every
	 * area the engagement escalated to (or, when it escalated nowhere yet, of every area), in the list's order, each
	 * once, without the advocate.
	 *
	 * @param engagement the engagement, in a repository
	 * @return the people to invite
	 */
	public static List<Person> experts(Engagement engagement) {
		List<FunctionalArea> areas = new ArrayList<>();
		engagement.getEscalations().forEach(escalation -> {
			if (escalation.getArea() != null && !areas.contains(escalation.getArea())) {
				areas.add(escalation.getArea());
			}
		});
		if (areas.isEmpty() && engagement.eContainer() instanceof AdvocacyRepository repository
				&& repository.getOrganization() != null) {
			areas.addAll(repository.getOrganization().getAreas());
		}
		Set<Person> experts = new LinkedHashSet<>();
		for (FunctionalArea area : areas) {
			for (LadderRung rung : area.getLadder()) {
				if ((rung.getLevel() == EscalationLevel.PRIMARY || rung.getLevel() == EscalationLevel.BACKUP)
						&& rung.getPerson() != null) {
					experts.add(rung.getPerson());
				}
			}
		}
		experts.remove(engagement.getAdvocate());
		return List.copyOf(experts);
	}

	/**
	 * Plans the response meeting with the advocate and the experts invited.
	 *
	 * @param domain     the file's editing domain
	 * @param engagement the engagement
	 * @param plannedAt  when it is to start
	 * @param experts    the subject-matter experts invited, e.g. {@link #experts(Engagement)}
	 * @return the command adding the meeting
	 */
	public static Command planResponseMeeting(EditingDomain domain, Engagement engagement, Instant plannedAt,
			List<Person> experts) {
		ResponseMeeting meeting = AdvocacyFactory.eINSTANCE.createResponseMeeting();
		meeting.setPlannedAt(Objects.requireNonNull(plannedAt, "plannedAt"));
		invite(meeting, engagement.getAdvocate());
		experts.forEach(expert -> invite(meeting, expert));
		return Labels.labelled("Plan Response Meeting",
				"Invites the subject-matter experts to clarify the situation, the problem, how we got here, the options "
						+ "and a course of action.",
				AddCommand.create(domain, engagement, ENGAGEMENT__RESPONSE_MEETINGS, meeting));
	}

	/**
	 * @param domain  the file's editing domain
	 * @param meeting a meeting
	 * @param person  someone to invite
	 * @return the command adding them to the participants; unexecutable when they are invited already
	 */
	public static Command invite(EditingDomain domain, Meeting meeting, Person person) {
		if (person == null || meeting.getParticipants().contains(person)) {
			return UnexecutableCommand.INSTANCE;
		}
		return Labels.labelled("Invite " + person.getName(),
				AddCommand.create(domain, meeting, MEETING__PARTICIPANTS, person));
	}

	/**
	 * Adds a piece of evidence: a link to where it lives, or a file already copied beside the repository (see
	 * {@link org.advocacy.core.persistence.EvidenceFiles}).
	 *
	 * @param domain      the file's editing domain
	 * @param meeting     the response meeting
	 * @param kind        what kind of evidence
	 * @param description what it is and shows
	 * @param link        a web address, or {@code null}
	 * @param file        the path relative to the repository's folder, or {@code null}
	 * @param broughtBy   who brings it, or {@code null}
	 * @return the command adding it
	 */
	public static Command addEvidence(EditingDomain domain, ResponseMeeting meeting, EvidenceKind kind,
			String description, String link, String file, Person broughtBy) {
		Evidence evidence = AdvocacyFactory.eINSTANCE.createEvidence();
		evidence.setKind(kind);
		evidence.setDescription(description);
		evidence.setLink(link);
		evidence.setFile(file);
		evidence.setBroughtBy(broughtBy);
		return Labels.labelled(file == null ? "Add Evidence" : "Attach Evidence File",
				AddCommand.create(domain, meeting, RESPONSE_MEETING__EVIDENCE, evidence));
	}

	/**
	 * @param engagement the engagement
	 * @param plannedAt  when the meeting is to start
	 * @return a customer meeting with the default agenda, the advocate and the engagement's team invited, not added
	 *         anywhere yet (for a table's Add, which adds it with its own command)
	 */
	public static CustomerMeeting newCustomerMeeting(Engagement engagement, Instant plannedAt) {
		CustomerMeeting meeting = AdvocacyFactory.eINSTANCE.createCustomerMeeting();
		meeting.setPlannedAt(Objects.requireNonNull(plannedAt, "plannedAt"));
		meeting.setAgenda(DEFAULT_AGENDA);
		invite(meeting, engagement.getAdvocate());
		engagement.getTeam().forEach(member -> invite(meeting, member));
		return meeting;
	}

	/**
	 * Plans the dry-run of a customer meeting: every participant of the meeting takes part, and each covers a part of
	 * the agenda (its items shared out in order; the last participant takes whatever is left).
	 *
	 * @param domain    the file's editing domain
	 * @param meeting   the customer meeting
	 * @param plannedAt when the rehearsal is to start
	 * @return the command; unexecutable when the meeting has a dry-run already
	 */
	public static Command planDryRun(EditingDomain domain, CustomerMeeting meeting, Instant plannedAt) {
		if (meeting.getDryRun() != null) {
			return UnexecutableCommand.INSTANCE;
		}
		DryRun dryRun = AdvocacyFactory.eINSTANCE.createDryRun();
		dryRun.setPlannedAt(Objects.requireNonNull(plannedAt, "plannedAt"));
		List<Person> people = meeting.getParticipants();
		List<String> items = agendaItems(meeting.getAgenda());
		for (int i = 0; i < people.size(); i++) {
			dryRun.getParticipants().add(people.get(i));
			MeetingPart part = AdvocacyFactory.eINSTANCE.createMeetingPart();
			part.setPerson(people.get(i));
			part.setTopic(share(items, i, people.size()));
			dryRun.getParts().add(part);
		}
		return Labels.labelled("Plan Dry-Run",
				"Rehearses the meeting: each participant covers their part as if in front of the customer.",
				SetCommand.create(domain, meeting, CUSTOMER_MEETING__DRY_RUN, dryRun));
	}

	/**
	 * @param domain  the file's editing domain
	 * @param meeting a meeting
	 * @param at      when it was held, or {@code null} when it has not taken place after all
	 * @return the command recording it
	 */
	public static Command held(EditingDomain domain, Meeting meeting, Instant at) {
		if (Objects.equals(meeting.getHeldAt(), at)) {
			return UnexecutableCommand.INSTANCE;
		}
		return Labels.labelled(at == null ? "Mark Meeting Not Held" : "Mark Meeting Held",
				SetCommand.create(domain, meeting, MEETING__HELD_AT, at));
	}

	/** @return the agenda's lines, without blanks */
	static List<String> agendaItems(String agenda) {
		if (agenda == null) {
			return List.of();
		}
		return agenda.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/**
	 * The agenda items participant {@code index} of {@code count} covers: the items dealt out in turn, so the advocate
	 * (invited first) opens; someone left without an item stands by for questions.
	 */
	private static String share(List<String> items, int index, int count) {
		List<String> mine = new ArrayList<>();
		for (int item = index; item < items.size(); item += count) {
			mine.add(items.get(item));
		}
		return mine.isEmpty() ? "Stands by for questions in their area" : String.join("; ", mine);
	}

	private static void invite(Meeting meeting, Person person) {
		if (person != null && !meeting.getParticipants().contains(person)) {
			meeting.getParticipants().add(person);
		}
	}
}

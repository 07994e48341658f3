// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.advocacy.core.tests.CommandCheck;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.DryRun;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Evidence;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.LadderRung;
import org.advocacy.model.MeetingPart;
import org.advocacy.model.Person;
import org.advocacy.model.ResponseMeeting;
import org.advocacy.tests.harness.StandardSample;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * The response meeting with the experts from the who-to-call list and their evidence, the customer meeting and its
 * dry-run with a part for each participant — each one command that undoes and redoes exactly.
 */
class MeetingCommandsTest {

	private static final Instant NOW = StandardSample.NOW;

	private final AdvocacyRepository repository = StandardSample.generate();
	private final EditingDomain domain = CommandCheck.domain();
	private final Engagement engagement = repository.getEngagements().stream()
			.filter(candidate -> candidate.getState() == EngagementState.ASSESSING
					&& !candidate.getEscalations().isEmpty())
			.findFirst().orElseThrow();

	@Test
	void theExpertsAreThePrimaryAndBackupOfEachAreaEscalatedToFromTheWhoToCallList() {
		List<Person> experts = MeetingCommands.experts(engagement);

		assertFalse(experts.isEmpty());
		assertFalse(experts.contains(engagement.getAdvocate()), "the advocate is there anyway");
		assertEquals(experts.size(), experts.stream().distinct().count(), "each once");
		for (Person expert : experts) {
			assertTrue(engagement.getEscalations().stream().flatMap(escalation -> escalation.getArea().getLadder()
					.stream()).anyMatch(rung -> rung.getPerson() == expert && isFirstLine(rung)), expert.getName());
		}
	}

	@Test
	void planningTheResponseMeetingInvitesTheAdvocateAndTheExperts() {
		List<Person> experts = MeetingCommands.experts(engagement);
		int before = engagement.getResponseMeetings().size();

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				MeetingCommands.planResponseMeeting(domain, engagement, NOW.plus(Duration.ofHours(2)), experts));

		ResponseMeeting meeting = engagement.getResponseMeetings().get(before);
		assertEquals(NOW.plus(Duration.ofHours(2)), meeting.getPlannedAt());
		assertSame(engagement.getAdvocate(), meeting.getParticipants().get(0));
		assertEquals(experts, meeting.getParticipants().subList(1, meeting.getParticipants().size()));
		assertEquals("Plan Response Meeting", domain.getCommandStack().getUndoCommand().getLabel());
		assertFalse(MeetingCommands.invite(domain, meeting, experts.get(0)).canExecute(), "invited already");
	}

	@Test
	void evidenceIsALinkOrAFileBesideTheRepositoryBroughtBySomeone() {
		ResponseMeeting meeting = engagement.getResponseMeetings().get(0);
		Person expert = meeting.getParticipants().get(0);
		int before = meeting.getEvidence().size();

		CommandCheck.executesUndoesAndRedoes(domain, repository, MeetingCommands.addEvidence(domain, meeting,
				EvidenceKind.INVOICE, "March invoice", null, "evidence/ADV-0001/invoice.pdf", expert));

		Evidence evidence = meeting.getEvidence().get(before);
		assertEquals(EvidenceKind.INVOICE, evidence.getKind());
		assertEquals("evidence/ADV-0001/invoice.pdf", evidence.getFile());
		assertNull(evidence.getLink());
		assertSame(expert, evidence.getBroughtBy());
		assertEquals("Attach Evidence File", domain.getCommandStack().getUndoCommand().getLabel());
	}

	@Test
	void theDryRunGivesEveryParticipantAPartOfTheAgendaInTurn() {
		CustomerMeeting meeting = MeetingCommands.newCustomerMeeting(engagement, NOW.plus(Duration.ofDays(2)));
		CommandCheck.executesUndoesAndRedoes(domain, repository, FeatureCommands.add(domain, engagement,
				AdvocacyPackage.Literals.ENGAGEMENT__CUSTOMER_MEETINGS, meeting));
		assertEquals(MeetingCommands.DEFAULT_AGENDA, meeting.getAgenda());
		assertSame(engagement.getAdvocate(), meeting.getParticipants().get(0));
		assertTrue(meeting.getParticipants().containsAll(engagement.getTeam()));

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				MeetingCommands.planDryRun(domain, meeting, NOW.plus(Duration.ofDays(1))));

		DryRun dryRun = meeting.getDryRun();
		assertEquals(meeting.getParticipants(), dryRun.getParticipants());
		assertEquals(meeting.getParticipants().size(), dryRun.getParts().size());
		MeetingPart opening = dryRun.getParts().get(0);
		assertSame(engagement.getAdvocate(), opening.getPerson());
		assertTrue(opening.getTopic().startsWith("1. Purpose of the meeting"), opening.getTopic());
		List<String> items = MeetingCommands.agendaItems(MeetingCommands.DEFAULT_AGENDA);
		for (String item : items) {
			assertTrue(dryRun.getParts().stream().anyMatch(part -> part.getTopic().contains(item)), item);
		}
		assertFalse(opening.isRehearsed(), "rehearsed only once they covered it");
		assertFalse(MeetingCommands.planDryRun(domain, meeting, NOW).canExecute(), "one dry-run per meeting");
	}

	@Test
	void aMeetingIsMarkedHeldAndBackAgain() {
		CustomerMeeting meeting = engagement.getCustomerMeetings().isEmpty() ? null
				: engagement.getCustomerMeetings().get(0);
		ResponseMeeting response = engagement.getResponseMeetings().get(0);
		assertNull(response.getHeldAt());
		CommandCheck.executesUndoesAndRedoes(domain, repository, MeetingCommands.held(domain, response, NOW));
		assertEquals(NOW, response.getHeldAt());
		assertFalse(MeetingCommands.held(domain, response, NOW).canExecute());
		CommandCheck.executesUndoesAndRedoes(domain, repository, MeetingCommands.held(domain, response, null));
		assertNull(response.getHeldAt());
		assertNull(meeting, "an engagement still assessing has no customer meeting yet");
	}

	private static boolean isFirstLine(LadderRung rung) {
		return rung.getLevel() == EscalationLevel.PRIMARY || rung.getLevel() == EscalationLevel.BACKUP;
	}
}

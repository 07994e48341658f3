// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.advocacy.core.tests.CommandCheck;
import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.Recommendation;
import org.advocacy.model.ResponseMeeting;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;
import org.advocacy.tests.harness.StandardSample;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * The response meeting's answers become the first draft situation summary, filling only what is empty: what the
 * advocate wrote is never overwritten, and one Undo takes the whole draft back.
 */
class SummaryPrefillTest {

	private static final Instant HELD = StandardSample.NOW.minusSeconds(3600);

	private final AdvocacyRepository repository = StandardSample.generate();
	private final EditingDomain domain = CommandCheck.domain();
	private final Engagement engagement = repository.getEngagements().stream()
			.filter(candidate -> candidate.getState() == EngagementState.ASSESSING).findFirst().orElseThrow();
	private final ResponseMeeting meeting = engagement.getResponseMeetings().get(0);

	private void answer() {
		meeting.setHeldAt(HELD);
		meeting.setSituation("Nightly batch fails at the customer's main site");
		meeting.setProblem("The scheduler drops jobs after the upgrade.");
		meeting.setHowWeGotHere("Upgrade on 2 November, first failure the night after, three tickets closed too early");
		meeting.setOptions("1. Roll back the upgrade\n2. Patch the scheduler\n\n- Run the batch by hand meanwhile");
		meeting.setCourseOfAction("Patch the scheduler; run the batch by hand until then");
	}

	@Test
	void anEmptySummaryIsDraftedFromTheFiveAnswers() {
		engagement.setSituationSummary(null);
		answer();

		Edit edit = SummaryPrefill.fromResponseMeeting(domain, engagement, meeting);
		CommandCheck.executesUndoesAndRedoes(domain, repository, edit.command());

		SituationSummary summary = engagement.getSituationSummary();
		assertEquals(SummaryState.DRAFT, summary.getState());
		assertEquals("Nightly batch fails at the customer's main site. The scheduler drops jobs after the upgrade.",
				summary.getExecutiveSummary());
		ChronologyEvent event = summary.getChronology().get(0);
		assertEquals(HELD, event.getOccurredAt());
		assertEquals(EvidenceKind.MEETING, event.getSource());
		assertTrue(event.getDescription().startsWith("Upgrade on 2 November"), event.getDescription());
		assertEquals(List.of("Roll back the upgrade", "Patch the scheduler", "Run the batch by hand meanwhile"),
				summary.getRecommendations().stream().map(Recommendation::getDescription).toList());
		assertEquals(List.of("Patch the scheduler", "run the batch by hand until then"),
				summary.getActionItems().stream().map(ActionItem::getDescription).toList());
		assertTrue(summary.getActionItems().stream().allMatch(item -> item.getStatus() == ActionStatus.OPEN));
		assertEquals("Draft Situation Summary from Response Meeting",
				domain.getCommandStack().getUndoCommand().getLabel());
	}

	@Test
	void whatTheAdvocateWroteStaysAndOnlyEmptyPartsAreFilled() {
		answer();
		SituationSummary summary = AdvocacyFactory.eINSTANCE.createSituationSummary();
		summary.setExecutiveSummary("The advocate's own words.");
		Recommendation own = AdvocacyFactory.eINSTANCE.createRecommendation();
		own.setDescription("Replace the scheduler");
		summary.getRecommendations().add(own);
		engagement.setSituationSummary(summary);

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				SummaryPrefill.fromResponseMeeting(domain, engagement, meeting).command());

		assertEquals("The advocate's own words.", summary.getExecutiveSummary());
		assertEquals(List.of(own), summary.getRecommendations());
		assertEquals(1, summary.getChronology().size(), "the empty chronology is filled");
		assertEquals(2, summary.getActionItems().size(), "the empty action plan is filled");

		Edit again = SummaryPrefill.fromResponseMeeting(domain, engagement, meeting);
		assertFalse(again.accepted(), "nothing left empty");
		assertTrue(again.refusal().contains("nothing of it is overwritten"), again.refusal());
	}

	@Test
	void aMeetingWithoutAnswersDraftsNothing() {
		engagement.setSituationSummary(null);
		Edit edit = SummaryPrefill.fromResponseMeeting(domain, engagement, meeting);
		assertFalse(edit.accepted());
		assertTrue(edit.refusal().startsWith("The response meeting has no answers yet"), edit.refusal());
		assertNull(engagement.getSituationSummary());
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.advocacy.core.exports.SituationSummaryReportTest.assertInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Audience;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.Engagement;
import org.advocacy.model.Person;
import org.advocacy.model.StatusColour;
import org.junit.jupiter.api.Test;

/**
 * Customer-update drafts reinforce the silver lining — progress, resources engaged, management's attention — state a
 * blip (a colour worse than at the last update) within the overall progress, and combine the sections of every
 * audience of a mixed audience.
 */
class SilverLiningDraftTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final Engagement engagement = ExportFixture.engagement();

	private void lastUpdateSentWith(StatusColour colour) {
		CustomerCommunication update = AdvocacyFactory.eINSTANCE.createCustomerCommunication();
		update.setState(CommunicationState.SENT);
		update.setSentAt(Instant.parse("2026-11-20T10:00:00Z"));
		update.setColour(colour);
		engagement.getCommunications().add(update);
	}

	private String draft(List<Audience> audiences) {
		return new CustomerUpdateDraft(engagement, audiences, ExportFixture.NOW, BERLIN).toPlainText();
	}

	@Test
	void whatWeAreDoingRightFollowsTheOpeningWithProgressResourcesAndAttention() {
		Person specialist = AdvocacyFactory.eINSTANCE.createPerson();
		specialist.setName("Sam Owner");
		engagement.getTeam().add(specialist);
		CustomerMeeting meeting = AdvocacyFactory.eINSTANCE.createCustomerMeeting();
		meeting.setSeniorManagementAttends(true);
		engagement.getCustomerMeetings().add(meeting);
		lastUpdateSentWith(StatusColour.YELLOW);

		String text = draft(List.of(Audience.MANAGEMENT));

		assertInOrder(text, "The purpose of this update", "What we are doing right\n-----------------------",
				"- 1 action item is done", "- 2 root causes are identified", "- 1 specialist works on this with me",
				"- Our senior management joins the meeting with you", "Business impact");
		assertFalse(text.contains("A blip"), "the colour did not worsen:\n" + text);
	}

	@Test
	void aWorseColourThanAtTheLastUpdateIsStatedAsABlipWithinTheOverallProgress() {
		lastUpdateSentWith(StatusColour.GREEN);

		String text = draft(List.of(Audience.ENGINEER));
		SilverLining lining = new CustomerUpdateDraft(engagement, Audience.ENGINEER, ExportFixture.NOW, BERLIN)
				.silverLining();

		assertTrue(lining.hasBlip());
		assertInOrder(text, "What we are doing right", "A blip, in context\n------------------",
				"Since our last update the status moved from Green to Yellow: ",
				"Scheduler patch slipped two days; milestone still reachable",
				"it does not undo what is already in place: 1 action item is done; 2 root causes are identified.",
				"Technical detail");
	}

	@Test
	void aBetterOrUnrecordedColourIsNoBlip() {
		lastUpdateSentWith(StatusColour.RED);
		assertFalse(draft(List.of()).contains("A blip"));
		engagement.getCommunications().get(0).unsetColour();
		assertFalse(draft(List.of()).contains("A blip"), "an update sent before colours were recorded");
	}

	@Test
	void aMixedAudienceDraftHasEveryAudiencesSectionsOnceAndBothPurposes() {
		String text = draft(List.of(Audience.MANAGEMENT, Audience.ENGINEER, Audience.MANAGEMENT));

		assertInOrder(text, "The purpose of this update: to give you the business impact",
				"It is also to give you the technical detail", "What we are doing right", "Business impact",
				"Our recommendation", "Technical detail", "Root causes", "Next steps");
		assertEquals(1, text.split("Business impact\n").length - 1, "each section once:\n" + text);
		assertEquals(draft(List.of(Audience.MANAGEMENT)),
				new CustomerUpdateDraft(engagement, Audience.MANAGEMENT, ExportFixture.NOW, BERLIN).toPlainText(),
				"one audience is the single-audience draft");
	}
}

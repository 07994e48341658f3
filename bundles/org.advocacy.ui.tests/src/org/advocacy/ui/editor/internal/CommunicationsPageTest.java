// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.editor.internal.EditorPageFixture.press;
import static org.advocacy.ui.editor.internal.EditorPageFixture.type;
import static org.advocacy.ui.editor.internal.EditorPageFixture.undo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.core.escalation.CustomerDrafts;
import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.core.exports.CustomerUpdateDraft;
import org.advocacy.model.Audience;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Communications page of the engagement editor, driven through its widgets in the running workbench. */
@ExtendWith(OpenSample.class)
class CommunicationsPageTest {

	@Test
	void aDraftForTheChosenAudienceComesFromTheEngineAndIsHeldADayWhenCharged() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getState() == EngagementState.EXECUTING_PLAN).findFirst().orElseThrow();
		CommunicationsPage page = EditorPageFixture.openOn(engagement, CommunicationsPage.ID, CommunicationsPage.class);
		UpdateStatus cadence = new CustomerUpdates().evaluate(engagement, NOW);
		assertTrue(page.getNextDue().getText().contains(DueText.until(cadence.nextDueAt(), NOW)),
				"the next update due, from the engine: " + page.getNextDue().getText());
		int count = engagement.getCommunications().size();
		page.getAudience().setSelection(new StructuredSelection(Audience.ENGINEER));

		press(page.getDraftButton());

		assertEquals(count + 1, engagement.getCommunications().size(), "one draft added");
		CustomerCommunication draft = engagement.getCommunications().get(count);
		CustomerUpdateDraft expected = new CustomerUpdateDraft(engagement, Audience.ENGINEER, NOW, ZoneOffset.UTC);
		assertEquals(List.of(Audience.ENGINEER), draft.getAudiences());
		assertEquals(CommunicationState.DRAFT, draft.getState());
		assertEquals(expected.subject(), draft.getSubject());
		assertEquals(expected.toPlainText(), draft.getSummary(), "the engine's plain-text draft for engineers");
		assertFalse(draft.getSummary().contains("\\("), "no Markdown escapes to paste into an e-mail");
		assertSame(draft, page.getUpdates().getViewer().getStructuredSelection().getFirstElement(), "and selected");
		assertEquals(draft.getSummary(), page.getText().getText());
		assertTrue(page.getSendButton().isEnabled());

		String charged = "Frankly, your team missed four workshops and we cannot keep absorbing the delays.";
		type(page.getText(), charged);
		assertEquals(charged, draft.getSummary(), "the text is bound to the draft");
		assertTrue(page.getHoldLabel().getText().startsWith("Reads as emotionally charged"),
				page.getHoldLabel().getText());

		press(page.getSendButton());

		assertEquals(CommunicationState.ON_HOLD, draft.getState(), "held, not sent");
		assertNull(draft.getSentAt());
		assertEquals(NOW.plus(CustomerDrafts.HOLD), draft.getHoldUntil());
		assertFalse(page.getSendButton().isEnabled(), "Send waits for the hold to end");
		assertTrue(page.getHoldLabel().getText().startsWith("Held until "), page.getHoldLabel().getText());

		undo();
		assertEquals(CommunicationState.DRAFT, draft.getState());
		assertNull(draft.getHoldUntil());
		assertTrue(page.getSendButton().isEnabled());
	}

	@Test
	void aMixedAudienceDraftCombinesTheSectionsAndRecordsWhatWeAreDoingRightAndTheRepeatBack() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getState() == EngagementState.EXECUTING_PLAN).findFirst().orElseThrow();
		CommunicationsPage page = EditorPageFixture.openOn(engagement, CommunicationsPage.ID, CommunicationsPage.class);
		int count = engagement.getCommunications().size();
		page.getAudience().setSelection(new StructuredSelection(Audience.MANAGEMENT));
		Button engineers = page.getAlsoFor().stream().filter(also -> also.getData() == Audience.ENGINEER)
				.findFirst().orElseThrow();
		engineers.setSelection(true);

		press(page.getDraftButton());

		CustomerCommunication draft = engagement.getCommunications().get(count);
		CustomerUpdateDraft expected = new CustomerUpdateDraft(engagement,
				List.of(Audience.MANAGEMENT, Audience.ENGINEER), NOW, ZoneOffset.UTC);
		assertEquals(List.of(Audience.MANAGEMENT, Audience.ENGINEER), draft.getAudiences());
		assertEquals(expected.toPlainText(), draft.getSummary());
		assertTrue(draft.getSummary().contains("Business impact") && draft.getSummary().contains("Technical detail"),
				"both audiences' sections");
		assertTrue(draft.getSummary().contains("What we are doing right"), draft.getSummary());
		assertEquals(expected.silverLining().summary(), draft.getSilverLining());

		assertFalse(draft.isCustomerRepeatedBack());
		page.getRepeatedBack().setSelection(true);
		page.getRepeatedBack().notifyListeners(SWT.Selection, new Event());
		DisplayEvents.processEvents();
		assertTrue(draft.isCustomerRepeatedBack());
		assertEquals(NOW, draft.getRepeatedBackAt());
		page.getConfirmsCriteria().setSelection(true);
		page.getConfirmsCriteria().notifyListeners(SWT.Selection, new Event());
		DisplayEvents.processEvents();
		assertSame(draft, engagement.getCriteriaConfirmation());

		undo();
		assertFalse(draft == engagement.getCriteriaConfirmation());
		undo();
		assertFalse(draft.isCustomerRepeatedBack());
		assertFalse(page.getRepeatedBack().getSelection(), "the check box follows Undo");
	}

	@Test
	void aCalmDraftIsSentAndRestartsTheCadence() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getState() == EngagementState.ENGAGED || e.getState() == EngagementState.EXECUTING_PLAN)
				.findFirst().orElseThrow();
		CommunicationsPage page = EditorPageFixture.openOn(engagement, CommunicationsPage.ID, CommunicationsPage.class);
		page.getAudience().setSelection(new StructuredSelection(Audience.MANAGEMENT));
		press(page.getDraftButton());
		CustomerCommunication draft = engagement.getCommunications().get(engagement.getCommunications().size() - 1);

		press(page.getSendButton());

		assertEquals(CommunicationState.SENT, draft.getState());
		assertEquals(NOW, draft.getSentAt());
		assertEquals(NOW, new CustomerUpdates().evaluate(engagement, NOW).lastSentAt());
		assertFalse(page.getSendButton().isEnabled(), "sent once");
		assertFalse(page.getText().getEditable(), "a sent update is not edited any more");
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.editor.internal.EditorPageFixture.press;
import static org.advocacy.ui.editor.internal.EditorPageFixture.undo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderState;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderAttempt;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.preferences.NudgePreferences;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Escalations page of the engagement editor, driven through its widgets in the running workbench. */
@ExtendWith(OpenSample.class)
class EscalationsPageTest {

	@Test
	void noAnswerMovesWhoToCallNowUpTheLadderAndUndoRestoresIt() throws Exception {
		Engagement engagement = openEngagement();
		EscalationsPage page = EditorPageFixture.openOn(engagement, EscalationsPage.ID, EscalationsPage.class);
		assertEquals(engagement.getEscalations().size(), page.getPanels().size(), "one ladder per escalated area");
		LadderPanel panel = startEscalation(page);
		press(panel.getContactedButton());
		LadderStatus before = panel.getStatus();
		LadderAttempt awaited = before.last();
		assertEquals(LadderState.AWAITING_RESPONSE, before.state());
		String waiting = panel.getWhoLabel().getText();
		assertTrue(waiting.startsWith("Waiting for " + awaited.getPerson().getName()), waiting);
		assertTrue(panel.getCountdown().getText().startsWith("Next step in "), panel.getCountdown().getText());
		assertFalse(panel.getContactedButton().isEnabled(), "nobody else to call while the answer is awaited");
		assertTrue(panel.getNoAnswerButton().isEnabled());

		press(panel.getNoAnswerButton());

		assertEquals(AttemptOutcome.NO_ANSWER, awaited.getOutcome());
		LadderStatus after = panel.getStatus();
		assertEquals(LadderState.DUE_NOW, after.state(), "the ladder moves on at once");
		assertEquals(before.next().level(), after.next().level(), "to the next level");
		assertTrue(after.next().level().getValue() > awaited.getLevel().getValue());
		assertEquals("Call now: " + after.next().describe(), panel.getWhoLabel().getText());
		assertTrue(panel.getContactedButton().isEnabled());
		assertFalse(panel.getNoAnswerButton().isEnabled());
		assertEquals("No answer", row(page, awaited).getText(5), "the log shows the outcome");

		undo();
		assertEquals(AttemptOutcome.PENDING, awaited.getOutcome());
		assertEquals(LadderState.AWAITING_RESPONSE, panel.getStatus().state());
		assertEquals(waiting, panel.getWhoLabel().getText(), "Undo restores who is awaited");
		assertTrue(panel.getNoAnswerButton().isEnabled());
	}

	@Test
	void contactedRecordsTheCallToWhoTheEngineSaysAndRespondedStopsTheLadder() throws Exception {
		EscalationsPage page = EditorPageFixture.openOn(openEngagement(), EscalationsPage.ID, EscalationsPage.class);
		LadderPanel panel = startEscalation(page);
		Escalation escalation = panel.getEscalation();
		LadderStatus due = panel.getStatus();
		assertEquals(LadderState.DUE_NOW, due.state(), "a new escalation starts at its first level, now");
		assertEquals("Call now: " + due.next().describe(), panel.getWhoLabel().getText());

		press(panel.getContactedButton());

		assertEquals(1, escalation.getAttempts().size());
		LadderAttempt call = escalation.getAttempts().get(0);
		assertSame(due.next().person(), call.getPerson(), "the person the engine named, alternates included");
		assertEquals(due.next().level(), call.getLevel());
		assertEquals(ContactChannel.PHONE, call.getChannel());
		assertEquals(NOW, call.getContactedAt(), "dated by the editor's clock");
		assertEquals(LadderState.AWAITING_RESPONSE, panel.getStatus().state());
		assertNotNull(row(page, call), "logged");

		press(panel.getRespondedButton());
		assertEquals(AttemptOutcome.RESPONDED, call.getOutcome());
		assertEquals(NOW, call.getRespondedAt());
		assertEquals(LadderState.RESPONDED, panel.getStatus().state());
		assertFalse(panel.getContactedButton().isEnabled() || panel.getNoAnswerButton().isEnabled(),
				"an answer stops the ladder");
		undo();
		undo();
		assertEquals(0, escalation.getAttempts().size());
		assertEquals(LadderState.DUE_NOW, panel.getStatus().state());
	}

	@Test
	void anAreaNotEngagedYetIsEscalatedToAndTheCountdownRunsOnlyWhileThePageIsShown() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> !e.getEscalations().isEmpty() && ladders(e).stream().noneMatch(s -> s.state() == LadderState.CLOSED))
				.findFirst().orElseThrow();
		EscalationsPage page = EditorPageFixture.openOn(engagement, EscalationsPage.ID, EscalationsPage.class);
		assertTrue(page.getTicker().isRunning(), "the countdown ticks while the page is shown");
		@SuppressWarnings("unchecked")
		List<FunctionalArea> offered = (List<FunctionalArea>) page.getAreaChoice().getInput();
		assertFalse(offered.isEmpty());
		assertTrue(offered.stream().noneMatch(area -> engagement.getEscalations().stream().anyMatch(e -> e.getArea() == area)),
				"only areas not engaged yet are offered");
		FunctionalArea area = offered.get(0);
		page.getAreaChoice().setSelection(new StructuredSelection(area));

		press(page.getEscalateButton());

		Escalation started = engagement.getEscalations().get(engagement.getEscalations().size() - 1);
		assertSame(area, started.getArea());
		assertEquals(NOW, started.getStartedAt());
		LadderPanel panel = page.getPanels().get(page.getPanels().size() - 1);
		assertSame(started, panel.getEscalation());
		assertEquals(LadderState.DUE_NOW, panel.getStatus().state(), "the first level is to be called now");
		assertTrue(panel.getWhoLabel().getText().startsWith("Call now: "));

		page.getEditor().setActivePage(OverviewPage.ID);
		DisplayEvents.processEvents();
		assertFalse(page.getTicker().isRunning(), "a hidden page does not tick");
		undo();
		assertEquals(page.getPanels().size(), engagement.getEscalations().size());
	}

	/** @return an open engagement with an area it is not escalated to whose ladder has two levels or more */
	private static Engagement openEngagement() {
		return session().getRepository().getEngagements().stream()
				.filter(e -> e.getState() == EngagementState.ENGAGED || e.getState() == EngagementState.EXECUTING_PLAN)
				.filter(e -> session().getRepository().getOrganization().getAreas().stream()
						.anyMatch(area -> climbable(area) && e.getEscalations().stream().noneMatch(x -> x.getArea() == area)))
				.findFirst().orElseThrow();
	}

	private static boolean climbable(FunctionalArea area) {
		return area.getLadder().stream().filter(rung -> rung.getPerson() != null).count() >= 2;
	}

	/** Escalates to an area not engaged yet through the page, and returns its ladder. */
	private static LadderPanel startEscalation(EscalationsPage page) {
		@SuppressWarnings("unchecked")
		List<FunctionalArea> offered = (List<FunctionalArea>) page.getAreaChoice().getInput();
		page.getAreaChoice().setSelection(
				new StructuredSelection(offered.stream().filter(EscalationsPageTest::climbable).findFirst().orElseThrow()));
		press(page.getEscalateButton());
		return page.getPanels().get(page.getPanels().size() - 1);
	}

	private static List<LadderStatus> ladders(Engagement engagement) {
		return new EscalationLadder(NudgePreferences.warnings()).evaluate(engagement, NOW);
	}

	private static TableItem row(EscalationsPage page, LadderAttempt attempt) {
		for (TableItem item : page.getLog().getTable().getItems()) {
			if (item.getData() == attempt) {
				return item;
			}
		}
		return null;
	}
}

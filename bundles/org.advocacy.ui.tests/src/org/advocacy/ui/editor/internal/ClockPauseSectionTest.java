// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.editor.internal.EditorPageFixture.press;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.advocacy.core.escalation.ClockPauses;
import org.advocacy.model.ClockPause;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.Widgets;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On the Communications page the advocate pauses the customer-update clock with the reason they wait on the
 * customer, sees it in the pause log, and resumes it — each step one undoable command; a pause without a reason is
 * refused with the reason why.
 */
@ExtendWith(OpenSample.class)
class ClockPauseSectionTest {

	@Test
	void pauseWithAReasonThenResumeAndUndo() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(candidate -> candidate.getState() == EngagementState.ENGAGED
						&& ClockPauses.active(candidate) == null)
				.findFirst().orElseThrow();
		CommunicationsPage page = EditorPageFixture.openOn(engagement, CommunicationsPage.ID, CommunicationsPage.class);
		ClockPauseSection section = page.getClockPauses();
		Control root = section.getReason().getParent();
		int logged = section.getLog().getItemCount();
		assertTrue(section.getState().getText().startsWith("The clock runs."), section.getState().getText());

		press(Widgets.button(root, "Pause clock"));
		assertNull(ClockPauses.active(engagement), "no pause without a reason");
		assertTrue(section.getState().getText().startsWith("Say what we are waiting on the customer for"),
				section.getState().getText());

		section.getReason().setText("The customer's database logs from the failed nightly run");
		press(Widgets.button(root, "Pause clock"));
		DisplayEvents.processEvents();

		ClockPause pause = ClockPauses.active(engagement);
		assertEquals("The customer's database logs from the failed nightly run", pause.getReason());
		assertEquals(NOW, pause.getStart());
		assertTrue(section.getState().getText().startsWith("Paused since "), section.getState().getText());
		assertEquals(logged + 1, section.getLog().getItemCount());
		assertEquals("still paused", section.getLog().getItem(0).getText(1));
		assertEquals(pause.getReason(), section.getLog().getItem(0).getText(2));
		assertTrue(page.getNextDue().getText().length() > 0);

		press(Widgets.button(root, "Resume clock"));
		DisplayEvents.processEvents();
		assertEquals(NOW, pause.getEnd());
		assertTrue(section.getState().getText().startsWith("The clock runs."));

		session().getEditingDomain().getCommandStack().undo();
		DisplayEvents.processEvents();
		assertSame(pause, ClockPauses.active(engagement), "Undo resumes the pause");
		assertEquals("still paused", section.getLog().getItem(0).getText(1));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.editor.internal.EditorPageFixture.type;
import static org.advocacy.ui.editor.internal.EditorPageFixture.undo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.Engagement;
import org.advocacy.model.StatusColour;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.views.EngagementsView;
import org.advocacy.ui.views.EngagementsViewAccess;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The advocate overrides the engine's colour on the Overview page and says why: the page and the Engagements view's
 * Status cell show the override with its reason, from the one colour source; undoing gives both the engine's colour
 * back.
 */
@ExtendWith(OpenSample.class)
class ColourOverrideEverywhereTest {

	private static final String REASON = "The CIO threatened to cancel the renewal";

	@Test
	void theOverrideAndItsReasonShowOnTheOverviewAndInTheEngagementsViewUntilUndone() throws Exception {
		page().showView(EngagementsView.ID);
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(candidate -> candidate.getClosedAt() == null && candidate.getColourOverride() == null)
				.filter(candidate -> new EngagementColours(NOW).colourOf(candidate) != StatusColour.RED).findFirst()
				.orElseThrow();
		OverviewPage overview = EditorPageFixture.openOn(engagement, OverviewPage.ID, OverviewPage.class);
		String engine = new EngagementColours(NOW).of(engagement).rationale();
		assertFalse(overview.getColourShown().getText().contains("(set by "), overview.getColourShown().getText());
		assertFalse(overview.getColourReason().isEnabled(), "no override, no reason to give");

		overview.getColourOverride().setSelection(new StructuredSelection(StatusColour.RED));
		DisplayEvents.processEvents();
		assertEquals(StatusColour.RED, engagement.getColourOverride().getColour());
		assertEquals(NOW, engagement.getColourOverride().getSetAt());
		assertTrue(overview.getColourReason().isEnabled());
		type(overview.getColourReason(), REASON);

		assertEquals(REASON, engagement.getColourOverride().getReason());
		String overridden = new EngagementColours(NOW).of(engagement).rationale();
		assertTrue(overridden.startsWith("Red (set by ") && overridden.endsWith("): " + REASON), overridden);
		assertEquals(overridden, overview.getColourShown().getText());
		DisplayEvents.waitUntil("the Engagements view shows the override's reason",
				() -> overridden.equals(EngagementsViewAccess.statusTooltip(page(), engagement)));

		undo();
		undo();
		assertNull(engagement.getColourOverride());
		assertEquals(engine, overview.getColourShown().getText());
		DisplayEvents.waitUntil("the Engagements view shows the engine's colour again",
				() -> !EngagementsViewAccess.statusTooltip(page(), engagement).contains(REASON));
	}
}

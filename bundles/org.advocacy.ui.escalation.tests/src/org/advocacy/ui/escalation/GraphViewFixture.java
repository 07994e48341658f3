// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;

import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the tests that look at the Escalation Graph view: shows it in the running workbench before each test,
 * at the sample's fixed clock, and hides it after. Extensions of the test class (opening the sample) run first.
 */
abstract class GraphViewFixture {

	/** The view shown for the test. */
	protected EscalationGraphView view;

	@BeforeEach
	void showTheGraph() throws Exception {
		view = (EscalationGraphView) page().showView(EscalationGraphView.ID);
		view.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		processEvents();
	}

	@AfterEach
	void hideTheGraph() {
		page().hideView(view);
		processEvents();
	}
}

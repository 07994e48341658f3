// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.advocacy.tests.harness.StandardSample;
import org.advocacy.ui.review.ManagementReviewPerspective;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/** Shows the Management Review perspective and its views, on a clock an hour after the sample was generated. */
final class ReviewWorkbenchFixture {

	/** The instant the views measure at: an hour after the sample was generated. */
	static final Instant NOW = StandardSample.NOW.plusSeconds(3600);

	private ReviewWorkbenchFixture() {
	}

	static IWorkbenchPage showPerspective() throws WorkbenchException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ManagementReviewPerspective.ID, window);
		processEvents();
		return window.getActivePage();
	}

	static Clock clockAt(Instant now) {
		return Clock.fixed(now, ZoneOffset.UTC);
	}

	@SuppressWarnings("unchecked")
	static <T> T view(String id) {
		return (T) page().findView(id);
	}
}

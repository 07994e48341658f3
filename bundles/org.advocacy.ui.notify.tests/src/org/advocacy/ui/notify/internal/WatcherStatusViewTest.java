// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.advocacy.model.NotificationKind;
import org.advocacy.notify.watch.QueuedNotification;
import org.advocacy.notify.watch.StatusFile;
import org.advocacy.notify.watch.WatcherStatus;
import org.advocacy.notify.watch.WatcherStatus.State;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.WorkbenchFixture;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Escalation Watcher view shows what the watcher of the open repository published last, from its status file:
 * that none runs, then its state, summary and the notifications waiting with their reasons, then a failed pass.
 */
@ExtendWith(OpenSample.class)
class WatcherStatusViewTest {

	private WatcherStatusView view;

	@AfterEach
	void closeView() {
		if (view != null) {
			WorkbenchFixture.page().hideView(view);
		}
	}

	@Test
	void showsTheStatusTheWatcherPublishedLast() throws Exception {
		view = (WatcherStatusView) WorkbenchFixture.page().showView(WatcherStatusView.ID);
		read();
		assertEquals("Not running", view.getState().getText());
		assertTrue(view.getSummary().getText().startsWith("No escalation watcher has run on sample.advocacy yet"),
				view.getSummary().getText());

		StatusFile status = new StatusFile(session().getFile());
		Instant justNow = Instant.now();
		QueuedNotification waiting = new QueuedNotification("ladder-step/x/start", NotificationKind.LADDER_STEP,
				"Escalation for Contoso: please call Ana Lee by 02:15 UTC (ADV-0007)", List.of("bob@example.com"), 2,
				justNow.plusSeconds(60), "The mail server smtp.example.com:587 (STARTTLS required) cannot be reached: Connection refused");
		status.write(new WatcherStatus(session().getFile().toString(), State.SENDING, justNow,
				"3 notifications sent; 1 waits for another try.", 3, 12, List.of(waiting), List.of()));
		read();

		assertEquals("Sending", view.getState().getText());
		assertEquals("3 notifications sent; 1 waits for another try.", view.getSummary().getText());
		TableItem row = view.getQueue().getTable().getItem(0);
		assertEquals("Ladder step", row.getText(0));
		assertEquals("bob@example.com", row.getText(2));
		assertEquals("2", row.getText(3));
		assertTrue(row.getText(5).contains("cannot be reached"), row.getText(5));

		status.write(new WatcherStatus(session().getFile().toString(), State.FAILED, justNow,
				"The pass could not run: the repository's notification settings name no mail server (SMTP host).", 0, 12,
				List.of(), List.of("The repository's notification settings name no mail server (SMTP host).")));
		read();
		assertEquals("Failed", view.getState().getText());
		assertEquals(0, view.getQueue().getTable().getItemCount());
	}

	/** Reads the status again and waits until the view shows it. */
	private void read() {
		view.refresh();
		DisplayEvents.waitUntil("the status read", () -> view.getReader().getState() == Job.SLEEPING);
		DisplayEvents.processEvents();
	}
}

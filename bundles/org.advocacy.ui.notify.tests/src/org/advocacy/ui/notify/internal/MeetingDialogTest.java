// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import static org.advocacy.tests.harness.mail.ReceivedMail.calendarUid;
import static org.advocacy.tests.harness.mail.ReceivedMail.subject;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.advocacy.model.Engagement;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.Person;
import org.advocacy.notify.compose.People;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.mail.ReceivedMail;
import org.advocacy.tests.harness.mail.SmtpServer;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.editor.EngagementEditor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.MimeMessage;

/**
 * A get-well plan's status meetings scheduled and invited from the plan's page, against a real SMTP server: the
 * invitation e-mailed and logged, an update with the next SEQUENCE when the meeting moves, and the {@code .ics} saved
 * for calendar programs, a cancellation once the meetings are called off. The weekly review is saved the same way.
 */
@ExtendWith(OpenSample.class)
class MeetingDialogTest {

	private static final Clock AT_NOW = Clock.fixed(StandardSample.NOW, ZoneOffset.UTC);

	@TempDir
	Path folder;

	private MeetingDialog dialog;

	@AfterEach
	void closeDialog() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
	}

	@Test
	void schedulesInvitesUpdatesAndSavesTheStatusMeetings() throws Exception {
		MailFixture.useTestStorage(folder);
		try (SmtpServer smtp = SmtpServer.plain()) {
			MailFixture.pointAt(smtp.port());
			Engagement engagement = session().getRepository().getEngagements().stream()
					.filter(candidate -> candidate.getGetWellPlan() != null).findFirst().orElseThrow();
			EngagementEditor editor = MailFixture.openOn(engagement, "org.advocacy.ui.plan.editorPage");
			ToolItem action = Widgets.findAll(editor.findPage("org.advocacy.ui.plan.editorPage").getPartControl(), ToolBar.class)
					.stream().flatMap(bar -> Arrays.stream(bar.getItems()))
					.filter(item -> "Schedule and Invite...".equals(item.getText())).findFirst().orElseThrow();
			assertTrue(action.getEnabled(), "on the plan's Status meetings tab");

			open(MeetingTarget.plan(engagement));
			dialog.getStart().setText("2026-11-24 09:00");
			dialog.getZone().setText("Europe/Berlin");
			List<Person> invited = MeetingTarget.plan(engagement).people().subList(0, 2);
			invited.forEach(person -> dialog.getAttendees().setChecked(person, true));
			Path ics = folder.resolve("status.ics");
			save(ics);
			MeetingSchedule schedule = engagement.getGetWellPlan().getStatusMeetingSchedule();
			assertNotNull(schedule, "saving recorded the schedule");
			String saved = Files.readString(ics);
			for (String line : List.of("METHOD:REQUEST", "SEQUENCE:0", "DTSTART;TZID=Europe/Berlin:20261124T090000",
					"RRULE:FREQ=WEEKLY;INTERVAL=1", "ATTENDEE;CN=" + People.name(invited.get(0)))) {
				assertTrue(saved.contains(line), line + " in " + saved);
			}

			send();
			List<MimeMessage> first = smtp.awaitReceived(2);
			MimeMessage invitation = first.get(0);
			assertTrue(invitation.getSubject().startsWith("Invitation: Status meeting: "), invitation.getSubject());
			String calendar = ReceivedMail.parts(invitation).get("text/calendar");
			assertTrue(calendar.contains("SEQUENCE:0\r\n"), calendar);
			assertEquals(NotificationKind.MEETING_INVITATION,
					engagement.getNotifications().get(engagement.getNotifications().size() - 1).getKind());

			dialog.getStart().setText("2026-11-24 10:00");
			send();
			List<MimeMessage> all = smtp.awaitReceived(4);
			assertEquals(4, all.size(), "one invitation and one update to each of the two");
			MimeMessage update = all.stream().filter(message -> subject(message).startsWith("Updated invitation: Status meeting: "))
					.findFirst().orElseThrow();
			String moved = ReceivedMail.parts(update).get("text/calendar");
			assertTrue(moved.contains("SEQUENCE:1\r\n") && moved.contains("T100000"), moved);
			assertEquals(calendarUid(calendar), calendarUid(moved), "the same meeting, updated");
			assertSame(schedule, engagement.getGetWellPlan().getStatusMeetingSchedule(), "the schedule keeps its identity");

			dialog.getCancelled().setSelection(true);
			save(ics);
			String cancellation = Files.readString(ics);
			assertTrue(cancellation.contains("METHOD:CANCEL\r\n") && cancellation.contains("SEQUENCE:2\r\n")
					&& cancellation.contains("STATUS:CANCELLED\r\n"), cancellation);
			assertEquals(calendarUid(calendar), calendarUid(cancellation));
		}
	}

	@Test
	void savesTheWeeklyReviewAsIcs() throws Exception {
		open(MeetingTarget.review(session().getRepository()));
		dialog.getStart().setText("2026-11-24 15:00");
		dialog.getAttendees().setChecked(MeetingTarget.review(session().getRepository()).people().get(0), true);
		Path ics = folder.resolve("review.ics");

		save(ics);

		assertNotNull(session().getRepository().getReviewSchedule());
		String saved = Files.readString(ics);
		assertTrue(saved.contains("SUMMARY:Management review of customer advocacy\r\n"), saved);
		assertTrue(saved.contains("DTSTART:20261124T150000Z"), "the clock's zone, UTC: " + saved);
	}

	private void open(MeetingTarget target) {
		dialog = new MeetingDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), session(), target,
				AT_NOW);
		dialog.setBlockOnOpen(false);
		dialog.open();
		DisplayEvents.processEvents();
	}

	private void save(Path ics) throws InterruptedException {
		Job job = dialog.saveAs(ics);
		assertNotNull(job, "saved");
		job.join();
		DisplayEvents.processEvents();
	}

	private void send() {
		Widgets.button(dialog.getShell(), "Send Invitation").notifyListeners(SWT.Selection, new Event());
		DisplayEvents.waitUntil("the mail server's answer", () -> !dialog.isSending());
		assertTrue(dialog.getStatus().getText().startsWith("Sent "), dialog.getStatus().getText());
	}
}

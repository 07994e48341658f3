// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import static org.advocacy.tests.harness.mail.ReceivedMail.calendarUid;
import static org.advocacy.tests.harness.mail.ReceivedMail.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.Person;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.mail.ReceivedMail;
import org.advocacy.tests.harness.mail.SmtpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.MimeMessage;

/**
 * {@code advocacy invite}: the weekly management review as an {@code .ics} file calendar programs import, with the UID
 * and SEQUENCE of the invitations the watcher e-mails, so importing it updates the meeting rather than adding another.
 */
class InviteCommandTest {

	private static final Clock AT_NOW = Clock.fixed(StandardSample.NOW, ZoneOffset.UTC);
	/** Tuesday 24 November 2026, 09:00 in Berlin. */
	private static final Instant FIRST_REVIEW = Instant.parse("2026-11-24T08:00:00Z");

	@TempDir
	Path folder;

	private final CommandLineRun commandLine = new CommandLineRun();

	@Test
	void writesTheReviewInvitationWithTheSequenceTheWatcherUses() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			Path file = StandardSample.write(folder, sample -> {
				sample.setNotificationSettings(WatchCommandTest.settings(smtp.port(), ""));
				sample.setReviewSchedule(weeklyReview(sample));
			});
			Path ics = folder.resolve("review.ics");

			assertEquals(0, commandLine.run(AT_NOW, Map.of(), "invite", file.toString(), "review", "--out", ics.toString()),
					commandLine.errors());

			assertEquals("Wrote the invitation of \"Management review of customer advocacy\" (SEQUENCE 0, not e-mailed yet)"
					+ " to " + ics.toAbsolutePath(), commandLine.output().strip());
			String invitation = Files.readString(ics);
			for (String line : new String[] { "METHOD:REQUEST", "SEQUENCE:0", "RRULE:FREQ=WEEKLY;INTERVAL=1",
					"DTSTART;TZID=Europe/Berlin:20261124T090000", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
					"LOCATION:Room 4.12" }) {
				assertTrue(invitation.contains(line + "\r\n"), line + " in " + invitation);
			}

			commandLine.run(AT_NOW, Map.of(), "watch", file.toString(), "--once");
			String mailed = smtp.awaitReceived(1).stream()
					.filter(message -> subject(message).startsWith("Invitation: Management review")).findFirst()
					.map(InviteCommandTest::calendarPart).orElseThrow();
			assertEquals(0, commandLine.run(AT_NOW, Map.of(), "invite", file.toString(), "review"));
			String again = commandLine.output();
			assertEquals(calendarUid(mailed), calendarUid(again), "the file and the e-mail are the same meeting");
			assertTrue(again.contains("SEQUENCE:0\r\n"), again);

			AdvocacyRepository repository = new RepositoryStore().loadRepository(file);
			repository.getReviewSchedule().setCancelled(true);
			new RepositoryStore().save(repository, file);
			assertEquals(0, commandLine.run(AT_NOW, Map.of(), "invite", file.toString(), "review", "--out", ics.toString()));
			assertTrue(commandLine.output().startsWith("Wrote the cancellation of"), commandLine.output());
			String cancellation = Files.readString(ics);
			assertTrue(cancellation.contains("METHOD:CANCEL\r\n") && cancellation.contains("SEQUENCE:1\r\n")
					&& cancellation.contains("STATUS:CANCELLED\r\n"), cancellation);
			assertEquals(calendarUid(mailed), calendarUid(cancellation));
		}
	}

	@Test
	void saysWhatIsMissing() throws Exception {
		Path file = StandardSample.write(folder);

		assertEquals(1, commandLine.run(AT_NOW, Map.of(), "invite", file.toString(), "review"));
		assertTrue(commandLine.errors().contains("schedules no management review meeting yet"), commandLine.errors());
		assertEquals(1, commandLine.run(AT_NOW, Map.of(), "invite", file.toString(), "plan", "ADV-0002"));
		assertTrue(commandLine.errors().contains("ADV-0002 schedules no status meetings"), commandLine.errors());
		assertEquals(2, commandLine.run(AT_NOW, Map.of(), "invite", file.toString(), "party"));
		assertTrue(commandLine.errors().contains("the meeting must be review or plan, not 'party'"), commandLine.errors());
		assertEquals(2, commandLine.run(AT_NOW, Map.of(), "invite", file.toString(), "plan"));
	}

	private static MeetingSchedule weeklyReview(AdvocacyRepository sample) {
		MeetingSchedule schedule = AdvocacyFactory.eINSTANCE.createMeetingSchedule();
		schedule.setFirstStart(FIRST_REVIEW);
		schedule.setDurationMinutes(60);
		schedule.setTimeZone(ZoneId.of("Europe/Berlin"));
		schedule.setRepeatEveryWeeks(1);
		schedule.setLocation("Room 4.12");
		Person[] people = sample.getOrganization().getPeople().stream().filter(person -> person.getEmail() != null)
				.limit(3).toArray(Person[]::new);
		schedule.setOrganizer(people[0]);
		schedule.getAttendees().add(people[1]);
		schedule.getAttendees().add(people[2]);
		return schedule;
	}

	private static String calendarPart(MimeMessage message) {
		try {
			return ReceivedMail.parts(message).get("text/calendar");
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}

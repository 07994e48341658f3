// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.NotificationRecord;
import org.advocacy.notify.ObjectIds;
import org.advocacy.notify.calendar.MeetingInvitation;
import org.advocacy.notify.watch.EscalationWatcher;
import org.advocacy.notify.watch.WatcherOptions;
import org.advocacy.notify.watch.WatcherStatus;
import org.advocacy.tests.harness.mail.ReceivedMail;
import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A get-well plan's weekly status meeting becomes a calendar invitation that calendar programs read: sent once,
 * updated with a higher sequence whenever it moves (back, too), cancelled when called off, and saved as an {@code .ics} file.
 */
class MeetingInvitationTest extends SmtpTest {

	/** Tuesday 24 March 2026, 09:00 in Berlin (CET, UTC+1); the clocks go forward on 29 March. */
	private static final Instant FIRST = Instant.parse("2026-03-24T08:00:00Z");

	@Test
	void invitesUpdatesAndCancelsWithOneUidAndRisingSequence() throws Exception {
		Fixture fixture = new Fixture(smtp.port());
		fixture.engagement.getEscalations().clear();
		GetWellPlan plan = Fixture.F.createGetWellPlan();
		plan.setName("Order pipeline recovery");
		MeetingSchedule schedule = Fixture.F.createMeetingSchedule();
		schedule.setFirstStart(FIRST);
		schedule.setDurationMinutes(45);
		schedule.setTimeZone(ZoneId.of("Europe/Berlin"));
		schedule.setRepeatEveryWeeks(1);
		schedule.setRepeatUntil(LocalDate.of(2026, 5, 26));
		schedule.setLocation("Video call: https://meet.example.com/adv-0042");
		schedule.setOrganizer(fixture.advocate);
		schedule.getAttendees().add(fixture.primary);
		schedule.getCustomerAttendees().add(fixture.customerContact);
		plan.setStatusMeetingSchedule(schedule);
		fixture.engagement.setGetWellPlan(plan);
		Path file = fixture.save(folder);
		MutableClock clock = new MutableClock(Fixture.T0);
		WatcherOptions options = WatcherOptions.defaults();

		pass(file, options, clock);
		MimeMessage invitation = smtp.awaitReceived(1).get(0);
		assertEquals("Invitation: Status meeting: Order pipeline recovery (ADV-0042)", invitation.getSubject());
		assertEquals(2, invitation.getAllRecipients().length, "one message to both attendees");
		assertTrue(ReceivedMail.contentTypeOf(invitation, "text/calendar").contains("method=REQUEST"));
		VEvent event = event(calendar(invitation), "REQUEST");
		String uid = event.getUid().orElseThrow().getValue();
		assertEquals(ObjectIds.of(load(file).getEngagements().get(0).getGetWellPlan().getStatusMeetingSchedule())
				+ "@advocacy", uid);
		assertEquals("0", value(event, Property.SEQUENCE));
		assertEquals(1, event.getProperties(Property.DTSTAMP).size(), "one DTSTAMP");
		assertEquals("20260310T010000Z", value(event, Property.DTSTAMP));
		assertEquals("20260324T090000", value(event, Property.DTSTART));
		assertEquals("Europe/Berlin", event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID")
				.orElseThrow().getValue());
		assertEquals(Set.of("FREQ=WEEKLY", "INTERVAL=1", "UNTIL=20260526T215959Z"), ruleParts(event));
		assertEquals("mailto:zoe@example.com", value(event, Property.ORGANIZER));
		assertEquals(List.of("mailto:bob@example.com", "mailto:juergen@mueller.example"),
				event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList());
		String timeZone = calendar(invitation).getComponent(Component.VTIMEZONE).orElseThrow().toString();
		assertTrue(timeZone.contains("TZID:Europe/Berlin") && timeZone.contains("TZOFFSETTO:+0200")
				&& timeZone.contains("TZOFFSETTO:+0100"), "the zone's daylight-saving rules travel with it: " + timeZone);

		pass(file, options, clock);
		assertEquals(2, smtp.received().size(), "an unchanged meeting is not invited again (one copy per attendee)");

		edit(file, moved -> moved.setFirstStart(FIRST.plusSeconds(3600)));
		pass(file, options, clock);
		smtp.awaitReceived(4);
		MimeMessage update = smtp.receivedFor("example.com").get(1);
		assertEquals("Updated invitation: Status meeting: Order pipeline recovery (ADV-0042)", update.getSubject());
		VEvent moved = event(calendar(update), "REQUEST");
		assertEquals(uid, moved.getUid().orElseThrow().getValue());
		assertEquals("1", value(moved, Property.SEQUENCE));
		assertEquals("20260324T100000", value(moved, Property.DTSTART));

		edit(file, back -> back.setFirstStart(FIRST));
		pass(file, options, clock);
		smtp.awaitReceived(6);
		VEvent movedBack = event(calendar(smtp.receivedFor("example.com").get(2)), "REQUEST");
		assertEquals("2", value(movedBack, Property.SEQUENCE), "moved back to where it was: attendees hear of it again");
		assertEquals("20260324T090000", value(movedBack, Property.DTSTART));

		edit(file, cancelled -> cancelled.setCancelled(true));
		pass(file, options, clock);
		pass(file, options, clock);
		smtp.awaitReceived(8);
		TimeUnit.MILLISECONDS.sleep(300);
		assertEquals(8, smtp.received().size(), "one cancellation to each attendee");
		MimeMessage cancellation = smtp.receivedFor("example.com").get(3);
		assertTrue(ReceivedMail.contentTypeOf(cancellation, "text/calendar").contains("method=CANCEL"));
		VEvent cancel = event(calendar(cancellation), "CANCEL");
		assertEquals(uid, cancel.getUid().orElseThrow().getValue());
		assertEquals("3", value(cancel, Property.SEQUENCE));
		assertEquals("CANCELLED", value(cancel, Property.STATUS));
	}

	@Test
	void savesTheInvitationAsAnIcsFileThatCalendarsRead() throws Exception {
		Fixture fixture = new Fixture(25);
		MeetingSchedule schedule = Fixture.F.createMeetingSchedule();
		schedule.setFirstStart(FIRST);
		schedule.setDurationMinutes(30);
		schedule.setTimeZone(ZoneId.of("America/New_York"));
		schedule.setRepeatEveryWeeks(2);
		schedule.setOrganizer(fixture.advocate);
		schedule.getAttendees().add(fixture.vicePresident);
		fixture.repository.setReviewSchedule(schedule);
		Path ics = folder.resolve("invites/review.ics");

		new MeetingInvitation(schedule, "review@advocacy", "Management review", "New situations and commitments.")
				.save(ics, 0, Fixture.T0);

		Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
		VEvent event = event(calendar, "REQUEST");
		assertEquals("review@advocacy", event.getUid().orElseThrow().getValue());
		assertEquals("20260324T040000", value(event, Property.DTSTART), "09:00 UTC is 04:00 in New York (EDT)");
		assertEquals(Set.of("FREQ=WEEKLY", "INTERVAL=2"), ruleParts(event));
		assertEquals("PT30M", value(event, Property.DURATION));
		assertTrue(Files.list(ics.getParent()).allMatch(path -> path.equals(ics)), "no temporary file is left behind");
	}

	@Test
	void aMeetingHeldInUtcIsWrittenInUtcFormWithoutATimeZone() {
		MeetingSchedule schedule = Fixture.F.createMeetingSchedule();
		schedule.setFirstStart(FIRST);
		schedule.setDurationMinutes(30);
		schedule.setTimeZone(ZoneOffset.UTC);

		String calendar = new MeetingInvitation(schedule, "utc@advocacy", "Call", "").request(0, Fixture.T0);

		assertTrue(calendar.contains("\r\nDTSTART:20260324T080000Z\r\n"), calendar);
		assertFalse(calendar.contains("TZID"), "no time zone to name: " + calendar);
	}

	private static void pass(Path file, WatcherOptions options, MutableClock clock) throws Exception {
		try (EscalationWatcher watcher = EscalationWatcher.forFile(file, options, clock)) {
			WatcherStatus status = watcher.runPass();
			assertTrue(status.problems().isEmpty() && status.queue().isEmpty(), status.toString());
		}
		List<String> keys = load(file).getEngagements().get(0).getNotifications().stream()
				.map(NotificationRecord::getDedupeKey).toList();
		assertEquals(keys.size(), keys.stream().distinct().count(), "each invitation is logged once: " + keys);
	}

	private static void edit(Path file, Consumer<MeetingSchedule> change) throws Exception {
		AdvocacyRepository repository = load(file);
		change.accept(repository.getEngagements().get(0).getGetWellPlan().getStatusMeetingSchedule());
		new RepositoryStore().save(repository, file);
	}

	private static AdvocacyRepository load(Path file) throws Exception {
		return new RepositoryStore().loadRepository(file);
	}

	private static Calendar calendar(MimeMessage message) throws Exception {
		return new CalendarBuilder().build(new StringReader(ReceivedMail.parts(message).get("text/calendar")));
	}

	private static VEvent event(Calendar calendar, String method) {
		assertEquals(method, calendar.getProperty(Property.METHOD).orElseThrow().getValue());
		return (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
	}

	private static Set<String> ruleParts(VEvent event) {
		return Set.of(value(event, Property.RRULE).split(";"));
	}

	private static String value(Component component, String name) {
		return component.getProperty(name).orElseThrow().getValue();
	}
}

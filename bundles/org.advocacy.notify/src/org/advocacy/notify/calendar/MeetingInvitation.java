// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.advocacy.core.persistence.AtomicFiles;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.Person;
import org.advocacy.notify.compose.People;
import org.advocacy.notify.mail.HeaderText;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A meeting (a get-well plan's status meetings, the weekly management review) as an iCalendar invitation that
 * calendar programs accept: one VEVENT with a UID that stays the same for the life of the meeting, the organizer and
 * the attendees, the start in the meeting's own time zone with that zone's VTIMEZONE (so a weekly meeting stays at
 * its local time across daylight-saving changes), and an RRULE for the repeats. An update is sent as
 * {@code METHOD:REQUEST} with a higher SEQUENCE, a cancellation as {@code METHOD:CANCEL}; the caller keeps count of
 * the sequence (the watcher counts the invitations it sent).
 *
 * @param schedule    when and where the meeting takes place, and who attends
 * @param uid         the meeting's permanent identity, such as {@code <uuid>@advocacy}
 * @param summary     the meeting's title
 * @param description what the meeting is for
 */
public record MeetingInvitation(MeetingSchedule schedule, String uid, String summary, String description) {

	/** The product identifier written into every calendar. */
	static final String PRODUCT_ID = "-//Advocacy Workbench//Meeting invitations//EN";

	private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	public MeetingInvitation {
		Objects.requireNonNull(schedule, "schedule");
		Objects.requireNonNull(uid, "uid");
		summary = HeaderText.oneLine(summary);
		description = description == null ? "" : description;
	}

	/**
	 * @return the schedule's problems that make an invitation impossible (no start, no duration, no time zone), as
	 *         sentences; empty when it can be sent
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (schedule.getFirstStart() == null) {
			problems.add("The meeting \"" + summary + "\" has no start.");
		}
		if (schedule.getDurationMinutes() <= 0) {
			problems.add("The meeting \"" + summary + "\" has no duration.");
		}
		if (schedule.getRepeatEveryWeeks() < 0) {
			problems.add("The meeting \"" + summary + "\" repeats every " + schedule.getRepeatEveryWeeks() + " weeks.");
		}
		return problems;
	}

	/** @return the time zone the meeting is held in; UTC when the schedule names none */
	public ZoneId zone() {
		return schedule.getTimeZone() == null ? ZoneOffset.UTC : schedule.getTimeZone();
	}

	/**
	 * @param sequence how many invitations or cancellations of this meeting were sent before (0 for the first)
	 * @param stamp    when the invitation is created
	 * @return the invitation ({@code METHOD:REQUEST}) as iCalendar text
	 * @throws IllegalStateException if the schedule has {@link #problems()}
	 */
	public String request(int sequence, Instant stamp) {
		return write(ImmutableMethod.REQUEST, sequence, stamp);
	}

	/**
	 * @param sequence how many invitations or cancellations of this meeting were sent before
	 * @param stamp    when the cancellation is created
	 * @return the cancellation ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}) as iCalendar text
	 */
	public String cancel(int sequence, Instant stamp) {
		return write(ImmutableMethod.CANCEL, sequence, stamp);
	}

	/**
	 * @return a short hash of everything an attendee sees (times, zone, repeats, place, people, title), so that a
	 *         changed meeting is told apart from one already sent
	 */
	public String fingerprint() {
		String content = write(ImmutableMethod.REQUEST, 0, Instant.EPOCH);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** @return the people invited who have an e-mail address: attendees, then the customer's people */
	public List<Invitee> invitees() {
		List<Invitee> invitees = new ArrayList<>();
		for (Person person : schedule.getAttendees()) {
			if (People.hasEmail(person)) {
				invitees.add(new Invitee(People.name(person), People.email(person)));
			}
		}
		for (CustomerContact contact : schedule.getCustomerAttendees()) {
			if (contact.getEmail() != null && !contact.getEmail().isBlank()) {
				invitees.add(new Invitee(contact.getName() == null ? "" : contact.getName().strip(), contact.getEmail().strip()));
			}
		}
		return invitees;
	}

	/**
	 * Saves the invitation as an {@code .ics} file, atomically: the file holds the old or the whole new content.
	 *
	 * @param file     where to save
	 * @param sequence the sequence number
	 * @param stamp    when the invitation is created
	 * @throws IOException when writing fails; the file then keeps its previous content
	 */
	public void save(Path file, int sequence, Instant stamp) throws IOException {
		String content = request(sequence, stamp);
		AtomicFiles.write(file, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Someone invited, with the address the invitation goes to.
	 *
	 * @param name    their name
	 * @param address their e-mail address
	 */
	public record Invitee(String name, String address) {
	}

	private String write(Method method, int sequence, Instant stamp) {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException(String.join(" ", problems));
		}
		return withCalendarClassLoader(() -> {
			Calendar calendar = new Calendar();
			calendar.add(new ProdId(PRODUCT_ID));
			calendar.add(ImmutableVersion.VERSION_2_0);
			calendar.add(ImmutableCalScale.GREGORIAN);
			calendar.add(method);
			ZonedDateTime start = schedule.getFirstStart().atZone(zone());
			TimeZone timeZone = timeZone(zone());
			if (timeZone != null) {
				calendar.add(timeZone.getVTimeZone());
			}
			// A meeting held in UTC (or at a fixed offset) is written in UTC form (…T090000Z), without a TZID.
			VEvent event = new VEvent(timeZone == null ? start.toInstant() : start,
					Duration.ofMinutes(schedule.getDurationMinutes()), summary);
			// The constructor stamps the event with the current time: replaced, so that the stamp is the one given.
			event.replace(new Uid(uid));
			event.replace(new DtStamp(stamp));
			event.replace(new Sequence(sequence));
			if (method == ImmutableMethod.CANCEL) {
				event.add(ImmutableStatus.VEVENT_CANCELLED);
			} else {
				event.add(ImmutableStatus.VEVENT_CONFIRMED);
			}
			if (schedule.getRepeatEveryWeeks() > 0) {
				event.add(new RRule<>(repeatRule()));
			}
			if (schedule.getLocation() != null && !schedule.getLocation().isBlank()) {
				event.add(new Location(schedule.getLocation().strip()));
			}
			if (!description.isBlank()) {
				event.add(new Description(description));
			}
			Person organizer = schedule.getOrganizer();
			if (People.hasEmail(organizer)) {
				Organizer property = new Organizer(mailto(People.email(organizer)));
				property.add(new Cn(People.name(organizer)));
				event.add(property);
			}
			for (Invitee invitee : invitees()) {
				Attendee attendee = new Attendee(mailto(invitee.address()));
				if (!invitee.name().isEmpty()) {
					attendee.add(new Cn(invitee.name()));
				}
				attendee.add(Role.REQ_PARTICIPANT);
				attendee.add(PartStat.NEEDS_ACTION);
				attendee.add(Rsvp.TRUE);
				event.add(attendee);
			}
			calendar.add(event);
			StringWriter out = new StringWriter();
			try {
				new CalendarOutputter(false).output(calendar, out);
			} catch (IOException | ValidationException e) {
				throw new IllegalStateException("The invitation for \"" + summary + "\" could not be written: " + e.getMessage(), e);
			}
			return out.toString();
		});
	}

	private String repeatRule() {
		StringBuilder rule = new StringBuilder("FREQ=WEEKLY;INTERVAL=").append(schedule.getRepeatEveryWeeks());
		if (schedule.getRepeatUntil() != null) {
			Instant lastMoment = schedule.getRepeatUntil().atTime(LocalTime.MAX).atZone(zone()).toInstant();
			rule.append(";UNTIL=").append(UTC_STAMP.format(lastMoment.atZone(ZoneOffset.UTC)));
		}
		return rule.toString();
	}

	private static URI mailto(String address) {
		return URI.create("mailto:" + address.replace(" ", ""));
	}

	/** @return ical4j's definition of the zone, or {@code null} when it has none (UTC, fixed offsets) */
	private static TimeZone timeZone(ZoneId zone) {
		if (zone instanceof ZoneOffset) {
			return null;
		}
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		return registry.getTimeZone(zone.getId());
	}

	/** ical4j reads its time-zone definitions and factories through the context class loader; inside OSGi it is set to ical4j's. */
	private static <T> T withCalendarClassLoader(Supplier<T> work) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(Calendar.class.getClassLoader());
		try {
			return work.get();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Holiday;
import org.advocacy.model.Organization;
import org.advocacy.model.Weekday;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;

/**
 * Carries a project file's calendar over to a get-well plan, so the plan is scheduled on the working days the file
 * was planned with: its working weekdays, its working hours, and its exceptions within the period the plan covers
 * (days off become holidays). An organization calendar with the same working days, hours and days off in that period
 * is reused; otherwise the file's calendar is added to the organization under a name that says where it came from.
 * What a business calendar cannot hold (a weekend day made a working day, hours that differ by day or run past
 * midnight) is reported, not dropped silently.
 */
final class ProjectCalendarMapper {

	/** How far after the plan's last date the file's days off are kept, so the plan can slip into them. */
	private static final int DAYS_AFTER_PLAN = 366;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	/**
	 * The calendar a plan is scheduled on after the import.
	 *
	 * @param calendar the calendar: one of the organization's, or a new one
	 * @param added    whether it is new and must be added to the organization with the plan
	 */
	record Mapped(BusinessCalendar calendar, boolean added) {
	}

	private final Organization organization;
	private final String fileName;
	private final List<String> notes;

	/**
	 * @param organization whose calendars may be reused, and whose default calendar's time zone a new one takes
	 * @param fileName     the project file's name, for the new calendar's name and the notes
	 * @param notes        receives what could not be carried over, and which calendar the plan uses
	 */
	ProjectCalendarMapper(Organization organization, String fileName, List<String> notes) {
		this.organization = organization;
		this.fileName = fileName;
		this.notes = notes;
	}

	/**
	 * @param source the file's calendar
	 * @param from   the plan's first date
	 * @param to     the plan's last date
	 * @return the calendar the plan is scheduled on
	 */
	Mapped map(ProjectCalendar source, LocalDate from, LocalDate to) {
		BusinessCalendar read = read(source, from, to.plusDays(DAYS_AFTER_PLAN));
		String described = "\u201C" + source.getName() + "\u201D (" + describe(read) + ")";
		for (BusinessCalendar existing : candidates()) {
			if (sameWorkingTime(existing, read, from, to)) {
				notes.add("The plan uses the organization's calendar \u201C" + existing.getName()
						+ "\u201D: it has the same working days as the file's calendar " + described + ".");
				return new Mapped(existing, false);
			}
		}
		notes.add("The file's calendar " + described + " was added to the organization as \u201C" + read.getName()
				+ "\u201D for this plan.");
		return new Mapped(read, true);
	}

	private List<BusinessCalendar> candidates() {
		List<BusinessCalendar> candidates = new ArrayList<>();
		if (organization.getDefaultCalendar() != null) {
			candidates.add(organization.getDefaultCalendar());
		}
		organization.getCalendars().stream().filter(calendar -> !candidates.contains(calendar))
				.forEach(candidates::add);
		return candidates;
	}

	private BusinessCalendar read(ProjectCalendar source, LocalDate from, LocalDate to) {
		BusinessCalendar calendar = AdvocacyFactory.eINSTANCE.createBusinessCalendar();
		calendar.setName(source.getName() + " (" + fileName + ")");
		BusinessCalendar defaultCalendar = organization.getDefaultCalendar();
		calendar.setTimeZone(defaultCalendar != null && defaultCalendar.getTimeZone() != null
				? defaultCalendar.getTimeZone() : ZoneId.from(ZoneOffset.UTC));
		Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			// a day marked working without working hours is not worked (Microsoft Project schedules nothing on it)
			if (source.isWorkingDay(day) && source.getHours(day) != null && !source.getHours(day).isEmpty()) {
				working.add(day);
				calendar.getWorkingDays().add(Weekday.get(day.getValue()));
			}
		}
		if (working.isEmpty()) {
			notes.add("The file's calendar \u201C" + source.getName() + "\u201D has no working weekday; the plan uses"
					+ " Monday to Friday.");
			for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
				working.add(day);
				calendar.getWorkingDays().add(Weekday.get(day.getValue()));
			}
		}
		hours(source, working, calendar);
		daysOff(source, working, from, to, calendar);
		return calendar;
	}

	private void hours(ProjectCalendar source, Set<DayOfWeek> working, BusinessCalendar calendar) {
		Map<String, List<DayOfWeek>> daysByHours = new LinkedHashMap<>();
		Map<String, LocalTimeRange> spans = new LinkedHashMap<>();
		for (DayOfWeek day : working) {
			ProjectCalendarHours hours = source.getHours(day);
			if (hours == null || hours.isEmpty()) {
				continue;
			}
			LocalTimeRange span = new LocalTimeRange(hours.get(0).getStart(), hours.get(hours.size() - 1).getEnd());
			String key = span.getStart() + "\u2013" + span.getEnd();
			spans.putIfAbsent(key, span);
			daysByHours.computeIfAbsent(key, k -> new ArrayList<>()).add(day);
		}
		if (daysByHours.isEmpty()) {
			return;
		}
		String common = daysByHours.entrySet().stream().max((a, b) -> a.getValue().size() - b.getValue().size())
				.orElseThrow().getKey();
		LocalTimeRange span = spans.get(common);
		if (span.getStart() == null || span.getEnd() == null || !span.getEnd().isAfter(span.getStart())) {
			notes.add("The file's calendar works " + common + ", across midnight; the plan's calendar keeps no working"
					+ " hours (the plan counts working days only).");
			return;
		}
		calendar.setWorkdayStart(span.getStart());
		calendar.setWorkdayEnd(span.getEnd());
		if (daysByHours.size() > 1) {
			String others = daysByHours.entrySet().stream().filter(entry -> !entry.getKey().equals(common))
					.map(entry -> entry.getKey() + " on " + days(entry.getValue())).collect(Collectors.joining(", "));
			notes.add("The file's calendar works " + others + "; the plan's calendar works " + common
					+ " on every working day.");
		}
	}

	private void daysOff(ProjectCalendar source, Set<DayOfWeek> working, LocalDate from, LocalDate to,
			BusinessCalendar calendar) {
		List<String> extraWorkingDays = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			boolean usual = working.contains(date.getDayOfWeek());
			boolean works = source.isWorkingDate(date);
			if (usual && !works) {
				Holiday holiday = AdvocacyFactory.eINSTANCE.createHoliday();
				holiday.setDate(date);
				ProjectCalendarException exception = source.getException(date);
				holiday.setName(exception != null && exception.getName() != null && !exception.getName().isBlank()
						? exception.getName() : "Day off in " + fileName);
				calendar.getHolidays().add(holiday);
			} else if (!usual && works) {
				extraWorkingDays.add(DAY.format(date));
			}
		}
		if (!extraWorkingDays.isEmpty()) {
			notes.add("The file's calendar makes " + String.join(", ", extraWorkingDays) + " a working day; a business"
					+ " calendar cannot add working days, so the plan does not work "
					+ (extraWorkingDays.size() == 1 ? "that day." : "those days."));
		}
	}

	private static boolean sameWorkingTime(BusinessCalendar existing, BusinessCalendar read, LocalDate from,
			LocalDate to) {
		return Set.copyOf(existing.getWorkingDays()).equals(Set.copyOf(read.getWorkingDays()))
				&& Objects.equals(existing.getWorkdayStart(), read.getWorkdayStart())
				&& Objects.equals(existing.getWorkdayEnd(), read.getWorkdayEnd())
				&& daysOff(existing, from, to).equals(daysOff(read, from, to));
	}

	private static Set<LocalDate> daysOff(BusinessCalendar calendar, LocalDate from, LocalDate to) {
		return calendar.getHolidays().stream().map(Holiday::getDate)
				.filter(date -> date != null && !date.isBefore(from) && !date.isAfter(to))
				.collect(Collectors.toSet());
	}

	/** @return e.g. "Monday to Friday, 08:00–17:00, 3 days off" */
	static String describe(BusinessCalendar calendar) {
		List<DayOfWeek> days = calendar.getWorkingDays().stream().map(day -> DayOfWeek.of(day.getValue())).toList();
		StringBuilder text = new StringBuilder(days(days));
		LocalTime start = calendar.getWorkdayStart();
		LocalTime end = calendar.getWorkdayEnd();
		if (start != null && end != null) {
			text.append(", ").append(start).append('\u2013').append(end);
		}
		int off = calendar.getHolidays().size();
		text.append(off == 0 ? ", no days off" : off == 1 ? ", 1 day off" : ", " + off + " days off");
		return text.toString();
	}

	/** @return the days as runs of consecutive days, e.g. "Sunday to Thursday" or "Monday, Wednesday, Friday" */
	private static String days(List<DayOfWeek> days) {
		Set<DayOfWeek> set = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
		if (set.size() == 7) {
			return "every day";
		}
		List<String> runs = new ArrayList<>();
		DayOfWeek first = DayOfWeek.MONDAY;
		while (!set.isEmpty() && (!set.contains(first) || set.contains(first.minus(1)))) {
			first = first.plus(1);
		}
		for (int i = 0; i < 7 && !set.isEmpty(); i++) {
			DayOfWeek day = first.plus(i);
			if (set.contains(day) && !set.contains(day.minus(1))) {
				DayOfWeek last = day;
				while (set.contains(last.plus(1))) {
					last = last.plus(1);
				}
				runs.add(run(day, last));
			}
		}
		return String.join(", ", runs);
	}

	private static String run(DayOfWeek first, DayOfWeek last) {
		String from = first.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		String to = last.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		int length = (last.getValue() - first.getValue() + 7) % 7 + 1;
		return length == 1 ? from : length == 2 ? from + ", " + to : from + " to " + to;
	}
}

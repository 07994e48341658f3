// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The real public holidays of the regions the sample organization works in, computed per year (Easter by the
 * anonymous Gregorian algorithm). Special one-off holidays (coronations, state funerals) are not included; the
 * Singapore lunar-calendar holidays are only known for the years in {@link #CHINESE_NEW_YEAR}.
 */
final class Holidays {

	/** A dated, named holiday. */
	record Entry(LocalDate date, String name) {
	}

	/** First day of the Chinese New Year, per year (Singapore observes the first two days). */
	private static final LocalDate[] CHINESE_NEW_YEAR = { LocalDate.of(2023, 1, 22), LocalDate.of(2024, 2, 10),
			LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17), LocalDate.of(2027, 2, 6),
			LocalDate.of(2028, 1, 26) };

	private Holidays() {
	}

	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

	/** US federal holidays as commonly observed by businesses (Saturday → Friday, Sunday → Monday). */
	static List<Entry> unitedStates(int year) {
		List<Entry> result = new ArrayList<>();
		observedUs(result, LocalDate.of(year, 1, 1), "New Year's Day");
		result.add(new Entry(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Martin Luther King Jr. Day"));
		result.add(new Entry(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Presidents' Day"));
		result.add(new Entry(last(year, Month.MAY, DayOfWeek.MONDAY), "Memorial Day"));
		observedUs(result, LocalDate.of(year, 6, 19), "Juneteenth");
		observedUs(result, LocalDate.of(year, 7, 4), "Independence Day");
		result.add(new Entry(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day"));
		LocalDate thanksgiving = nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
		result.add(new Entry(thanksgiving, "Thanksgiving Day"));
		result.add(new Entry(thanksgiving.plusDays(1), "Day after Thanksgiving"));
		observedUs(result, LocalDate.of(year, 12, 25), "Christmas Day");
		return result;
	}

	/** Bank holidays in England and Wales, with substitute days for holidays falling on a weekend. */
	static List<Entry> unitedKingdom(int year) {
		List<Entry> result = new ArrayList<>();
		LocalDate newYear = LocalDate.of(year, 1, 1);
		result.add(new Entry(nextWeekday(newYear), newYear.getDayOfWeek().getValue() > 5
				? "New Year's Day (substitute day)" : "New Year's Day"));
		LocalDate easter = easterSunday(year);
		result.add(new Entry(easter.minusDays(2), "Good Friday"));
		result.add(new Entry(easter.plusDays(1), "Easter Monday"));
		result.add(new Entry(nth(year, Month.MAY, DayOfWeek.MONDAY, 1), "Early May bank holiday"));
		result.add(new Entry(last(year, Month.MAY, DayOfWeek.MONDAY), "Spring bank holiday"));
		result.add(new Entry(last(year, Month.AUGUST, DayOfWeek.MONDAY), "Summer bank holiday"));
		LocalDate christmas = LocalDate.of(year, 12, 25);
		LocalDate christmasObserved = nextWeekday(christmas);
		LocalDate boxingObserved = nextWeekday(christmasObserved.plusDays(1));
		result.add(new Entry(christmasObserved,
				christmasObserved.equals(christmas) ? "Christmas Day" : "Christmas Day (substitute day)"));
		result.add(new Entry(boxingObserved,
				boxingObserved.equals(christmas.plusDays(1)) ? "Boxing Day" : "Boxing Day (substitute day)"));
		return result;
	}

	/** Public holidays in Berlin: the German national holidays plus International Women's Day. */
	static List<Entry> berlin(int year) {
		LocalDate easter = easterSunday(year);
		return List.of(new Entry(LocalDate.of(year, 1, 1), "Neujahr"),
				new Entry(LocalDate.of(year, 3, 8), "Internationaler Frauentag"),
				new Entry(easter.minusDays(2), "Karfreitag"), new Entry(easter.plusDays(1), "Ostermontag"),
				new Entry(LocalDate.of(year, 5, 1), "Tag der Arbeit"),
				new Entry(easter.plusDays(39), "Christi Himmelfahrt"),
				new Entry(easter.plusDays(50), "Pfingstmontag"),
				new Entry(LocalDate.of(year, 10, 3), "Tag der Deutschen Einheit"),
				new Entry(LocalDate.of(year, 12, 25), "1. Weihnachtstag"),
				new Entry(LocalDate.of(year, 12, 26), "2. Weihnachtstag"));
	}

	/** Singapore public holidays (a holiday on a Sunday gives the next free weekday off); lunar ones where known. */
	static List<Entry> singapore(int year) {
		List<Entry> actual = new ArrayList<>();
		actual.add(new Entry(LocalDate.of(year, 1, 1), "New Year's Day"));
		for (LocalDate newYear : CHINESE_NEW_YEAR) {
			if (newYear.getYear() == year) {
				actual.add(new Entry(newYear, "Chinese New Year"));
				actual.add(new Entry(newYear.plusDays(1), "Chinese New Year (second day)"));
			}
		}
		actual.add(new Entry(easterSunday(year).minusDays(2), "Good Friday"));
		actual.add(new Entry(LocalDate.of(year, 5, 1), "Labour Day"));
		actual.add(new Entry(LocalDate.of(year, 8, 9), "National Day"));
		actual.add(new Entry(LocalDate.of(year, 12, 25), "Christmas Day"));
		List<Entry> result = new ArrayList<>();
		for (Entry entry : actual) {
			if (entry.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
				result.add(entry);
			}
		}
		for (Entry entry : actual) {
			if (entry.date().getDayOfWeek() == DayOfWeek.SUNDAY) {
				LocalDate observed = entry.date().plusDays(1);
				while (isListed(result, observed) || observed.getDayOfWeek().getValue() > 5) {
					observed = observed.plusDays(1);
				}
				result.add(new Entry(observed, entry.name() + " (observed)"));
			}
		}
		result.sort((x, y) -> x.date().compareTo(y.date()));
		return result;
	}

	private static boolean isListed(List<Entry> entries, LocalDate date) {
		for (Entry entry : entries) {
			if (entry.date().equals(date)) {
				return true;
			}
		}
		return false;
	}

	private static void observedUs(List<Entry> result, LocalDate date, String name) {
		DayOfWeek day = date.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY) {
			result.add(new Entry(date.minusDays(1), name + " (observed)"));
		} else if (day == DayOfWeek.SUNDAY) {
			result.add(new Entry(date.plusDays(1), name + " (observed)"));
		} else {
			result.add(new Entry(date, name));
		}
	}

	private static LocalDate nextWeekday(LocalDate date) {
		LocalDate result = date;
		while (result.getDayOfWeek().getValue() > 5) {
			result = result.plusDays(1);
		}
		return result;
	}

	private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
	}

	private static LocalDate last(int year, Month month, DayOfWeek day) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day));
	}
}

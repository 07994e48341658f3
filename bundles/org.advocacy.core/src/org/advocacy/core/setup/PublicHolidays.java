// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;

/**
 * The public holidays of countries and their regions, from Jollyday, a maintained holiday library whose rules
 * (fixed dates, Easter-relative feasts, "fourth Thursday of November", substitute days) cover some eighty countries.
 * Only official public holidays count; observances and bank-only holidays do not close a support organization.
 * <p>
 * A holiday is named in the country's language when the country has one language the library translates into (so
 * Bavaria gets "Fronleichnam"), otherwise in English. Thread-safe; the library keeps each country's rules once read.
 */
public final class PublicHolidays {

	/** The earliest year asked about: before it, the library's rules are not kept for business use. */
	public static final int FIRST_YEAR = 1970;
	/** The latest year asked about. */
	public static final int LAST_YEAR = 2199;
	/** The most years one calendar takes holidays for at once; more are added later, year by year. */
	public static final int MAX_YEARS = 30;

	private static final String DESCRIPTIONS = "descriptions.holiday_descriptions";
	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	private PublicHolidays() {
	}

	/** @return the countries the library knows, by English name */
	public static List<HolidayPlace> countries() {
		return HolidayManager.getSupportedCalendarCodes().stream().filter(ISO_COUNTRIES::contains)
				.map(code -> new HolidayPlace(code, countryName(code)))
				.sorted(Comparator.comparing(HolidayPlace::name)).toList();
	}

	/**
	 * @param country an ISO 3166 country code, in any case
	 * @return the country's regions with holidays of their own (states, provinces, nations), by name; empty for a
	 *         country whose holidays are the same everywhere
	 * @throws IllegalArgumentException when the library does not know the country
	 */
	public static List<HolidayPlace> regions(String country) {
		String code = knownCountry(HolidayRegion.of(country, null));
		CalendarHierarchy hierarchy = HolidayLibrary.manager(code).getCalendarHierarchy();
		List<HolidayPlace> regions = new ArrayList<>();
		hierarchy.getChildren().forEach((id, child) -> regions
				.add(new HolidayPlace(id.toUpperCase(Locale.ROOT), child.getDescription(Locale.ENGLISH))));
		regions.sort(Comparator.comparing(HolidayPlace::name));
		return regions;
	}

	/**
	 * @param where     a country or one of its regions
	 * @param firstYear the first year, from {@link #FIRST_YEAR}
	 * @param lastYear  the last year, at most {@link #MAX_YEARS} after the first and up to {@link #LAST_YEAR}
	 * @return the public holidays of those years, by date; two holidays on one day become one with both names
	 * @throws IllegalArgumentException naming the country, region or years the library cannot answer for
	 */
	public static List<PublicHoliday> between(HolidayRegion where, int firstYear, int lastYear) {
		checkYears(firstYear, lastYear);
		String country = knownCountry(where);
		if (where.region() != null) {
			knownRegion(where);
		}
		String[] subdivisions = where.region() == null ? new String[0]
				: new String[] { where.region().toLowerCase(Locale.ROOT) };
		Locale language = namesLanguage(country);
		Map<LocalDate, String> byDate = new LinkedHashMap<>();
		HolidayLibrary.manager(country).getHolidays(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31),
				HolidayType.PUBLIC_HOLIDAY, subdivisions).stream().sorted(Comparator.comparing(Holiday::getDate)
						.thenComparing(holiday -> holiday.getDescription(language)))
				.forEach(holiday -> byDate.merge(holiday.getDate(), holiday.getDescription(language),
						(first, second) -> first.equals(second) ? first : first + " / " + second));
		return byDate.entrySet().stream().map(entry -> new PublicHoliday(entry.getKey(), entry.getValue())).toList();
	}

	/**
	 * @param where a country or region
	 * @return its English name: "Germany", "Germany (Bavaria)"
	 * @throws IllegalArgumentException when the library does not know it
	 */
	public static String describe(HolidayRegion where) {
		String country = countryName(knownCountry(where));
		return where.region() == null ? country : country + " (" + knownRegion(where).name() + ")";
	}

	/**
	 * @throws IllegalArgumentException when the years are out of order, outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}
	 *                                  or more than {@link #MAX_YEARS} apart
	 */
	public static void checkYears(int firstYear, int lastYear) {
		if (firstYear > lastYear) {
			throw new IllegalArgumentException(
					"the years " + firstYear + "-" + lastYear + " are out of order; write the earlier year first");
		}
		if (firstYear < FIRST_YEAR || lastYear > LAST_YEAR) {
			throw new IllegalArgumentException("the years " + firstYear + "-" + lastYear + " must lie between "
					+ FIRST_YEAR + " and " + LAST_YEAR);
		}
		if (lastYear - firstYear + 1 > MAX_YEARS) {
			throw new IllegalArgumentException("the years " + firstYear + "-" + lastYear + " span "
					+ (lastYear - firstYear + 1) + " years; take at most " + MAX_YEARS + " at once");
		}
	}

	private static String knownCountry(HolidayRegion where) {
		String country = where.country();
		if (!ISO_COUNTRIES.contains(country) || !HolidayManager.getSupportedCalendarCodes().contains(country)) {
			throw new IllegalArgumentException("the holiday library knows no public holidays for the country '"
					+ country + "'; it knows " + countries().stream().map(HolidayPlace::code).sorted()
							.collect(Collectors.joining(", ")));
		}
		return country;
	}

	private static HolidayPlace knownRegion(HolidayRegion where) {
		List<HolidayPlace> regions = regions(where.country());
		return regions.stream().filter(place -> place.code().equals(where.region())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(countryName(where.country()) + " has no region '"
						+ where.region() + "' in the holiday library; "
						+ (regions.isEmpty() ? "its holidays are the same everywhere, so give no region"
								: "its regions are " + regions.stream().map(HolidayPlace::label)
										.collect(Collectors.joining(", ")))));
	}

	private static String countryName(String code) {
		return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
	}

	/**
	 * @return the country's language when the country has exactly one language besides English that the library
	 *         has holiday names in, otherwise English
	 */
	static Locale namesLanguage(String country) {
		List<String> translated = Arrays.stream(Locale.getAvailableLocales())
				.filter(locale -> locale.getCountry().equals(country)).map(Locale::getLanguage)
				.filter(language -> !language.equals("en")).distinct().filter(PublicHolidays::hasNames).sorted()
				.toList();
		return translated.size() == 1 ? Locale.of(translated.get(0), country) : Locale.ENGLISH;
	}

	private static boolean hasNames(String language) {
		try {
			ResourceBundle names = ResourceBundle.getBundle(DESCRIPTIONS, Locale.of(language),
					HolidayManager.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			return names.getLocale().getLanguage().equals(language);
		} catch (MissingResourceException e) {
			return false;
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a business calendar takes its public holidays from: a country, optionally one of its regions (a state,
 * province or nation), written as in ISO 3166-2: {@code US}, {@code DE-BY} (Bavaria), {@code GB-ENG} (England). This
 * is the {@code holidayRegion} a {@link org.advocacy.model.BusinessCalendar} records.
 *
 * @param country the ISO 3166 country code, upper case
 * @param region  the region's code within the country, upper case, or {@code null} for the whole country
 */
public record HolidayRegion(String country, String region) {

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
	private static final Pattern REGION = Pattern.compile("[A-Z0-9]{1,3}");

	/**
	 * @throws IllegalArgumentException when a code is not two letters (country) or one to three letters and digits
	 *                                  (region)
	 */
	public HolidayRegion {
		checkCountry(country, country);
		checkRegion(region, region);
	}

	/**
	 * @param country a country code in any case, such as {@code de}
	 * @param region  a region code in any case, or {@code null} or blank for the whole country
	 * @return the place, with upper-case codes
	 * @throws IllegalArgumentException when a code is malformed
	 */
	public static HolidayRegion of(String country, String region) {
		String countryCode = checkCountry(upper(country), country);
		String regionCode = region == null || region.isBlank() ? null : checkRegion(upper(region), region);
		return new HolidayRegion(countryCode, regionCode);
	}

	/**
	 * @param code {@code US}, {@code DE-BY}, in any case
	 * @return the place
	 * @throws IllegalArgumentException when the code is malformed
	 */
	public static HolidayRegion parse(String code) {
		int dash = code.indexOf('-');
		return dash < 0 ? of(code, null) : of(code.substring(0, dash), code.substring(dash + 1));
	}

	/** @return the ISO 3166-2 style code, {@code DE-BY} or {@code US} */
	public String code() {
		return region == null ? country : country + "-" + region;
	}

	private static String checkCountry(String code, String typed) {
		if (code == null || !COUNTRY.matcher(code).matches()) {
			throw new IllegalArgumentException(
					"'" + typed + "' is not a country code; use two letters as in ISO 3166, such as US or DE");
		}
		return code;
	}

	private static String checkRegion(String code, String typed) {
		if (code != null && !REGION.matcher(code).matches()) {
			throw new IllegalArgumentException("'" + typed + "' is not a region code; use the code after the "
					+ "country's in ISO 3166-2, such as BY for DE-BY (Bavaria)");
		}
		return code;
	}

	private static String upper(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}
}

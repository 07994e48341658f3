// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.Locale;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;

/**
 * Case numbers ("ADV-0042"): the prefix, at least four digits. Stores hand them out ({@link Repository#create});
 * nobody else does, so two clients never give out the same one.
 */
public final class CaseNumbers {

	/** What every case number starts with. */
	public static final String PREFIX = "ADV-";

	private CaseNumbers() {
	}

	/**
	 * @param number a positive number
	 * @return the case number, e.g. "ADV-0042" for 42 and "ADV-12345" for 12345
	 */
	public static String format(long number) {
		if (number < 1) {
			throw new IllegalArgumentException("Case numbers start at 1, not " + number);
		}
		return String.format(Locale.ROOT, PREFIX + "%04d", number);
	}

	/**
	 * @param repository a repository (a file's content, under its write lock)
	 * @return the case number after the highest one in the repository ("ADV-0001" for an empty one)
	 */
	public static String afterHighest(AdvocacyRepository repository) {
		long highest = 0;
		for (Engagement engagement : repository.getEngagements()) {
			highest = Math.max(highest, number(engagement.getKey()));
		}
		return format(highest + 1);
	}

	/**
	 * @param key a key, possibly {@code null} or not a case number
	 * @return its number, or 0 when it is not "ADV-" followed by digits
	 */
	public static long number(String key) {
		if (key == null || !key.startsWith(PREFIX) || key.length() == PREFIX.length()
				|| key.length() > PREFIX.length() + 18) {
			return 0;
		}
		long number = 0;
		for (int i = PREFIX.length(); i < key.length(); i++) {
			char digit = key.charAt(i);
			if (digit < '0' || digit > '9') {
				return 0;
			}
			number = number * 10 + (digit - '0');
		}
		return number;
	}
}

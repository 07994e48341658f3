// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * Turns the attribute values of a repository file into objects while it loads, faster than the model's factory
 * alone for the two kinds of value a repository holds by the hundred thousand: instants and dates.
 * <p>
 * An instant in the form the repository saves ({@code 2026-11-20T14:30:00Z}) is read digit by digit instead of
 * through {@link java.time.format.DateTimeFormatter}, whose general parser produced most of the garbage of a
 * load. Dates repeat (a 10,000-engagement file has 610,000 dates but 650 distinct ones), so each distinct date
 * is parsed once per load and the same immutable {@link LocalDate} is shared. Every other value, and any instant
 * written differently, goes to the factory as before, so what a file means and how a bad value is reported do
 * not change.
 */
final class AdvocacyXMLHelper extends XMIHelperImpl {

	/** {@code uuuu-MM-ddTHH:mm:ssZ}, the form of {@link Instant#toString()} for whole seconds. */
	private static final int CANONICAL_INSTANT_LENGTH = 20;

	private final Map<String, LocalDate> dates = new HashMap<>();

	AdvocacyXMLHelper(XMLResource resource) {
		super(resource);
	}

	@Override
	protected Object createFromString(EFactory factory, EDataType dataType, String value) {
		Class<?> type = dataType.getInstanceClass();
		if (type == Instant.class) {
			Instant instant = canonicalInstant(value);
			return instant != null ? instant : super.createFromString(factory, dataType, value);
		}
		if (type == LocalDate.class) {
			LocalDate date = dates.get(value);
			if (date == null) {
				date = (LocalDate) super.createFromString(factory, dataType, value);
				if (date != null) {
					dates.put(value, date);
				}
			}
			return date;
		}
		return super.createFromString(factory, dataType, value);
	}

	/** @return the instant a canonical text denotes, or {@code null} if the text is in any other form */
	static Instant canonicalInstant(String text) {
		if (text.length() != CANONICAL_INSTANT_LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
				|| text.charAt(19) != 'Z') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		try {
			return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
		} catch (DateTimeException outOfRange) {
			return null; // e.g. a 30th of February or a leap second: the factory decides
		}
	}

	/** @return the number written with the digits {@code text[from, to)}, or -1 if one is not a digit */
	private static int digits(String text, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			int digit = text.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			number = number * 10 + digit;
		}
		return number;
	}
}

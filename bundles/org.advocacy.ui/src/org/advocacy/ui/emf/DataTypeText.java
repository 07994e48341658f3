// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * How a value of an EMF data type is typed in: the text shown for editing and the value parsed back, with a
 * message in plain words when the text is not a valid value. Instants are typed as local date and time
 * ({@code 2026-11-22 14:30}) in the user's time zone, dates as {@code 2026-11-22}; other types use EMF's own
 * conversion of the data type.
 */
public final class DataTypeText {

	private static final DateTimeFormatter INSTANT_INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
	private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
			short.class, Short.class, byte.class, Byte.class, BigInteger.class);
	private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class,
			BigDecimal.class);

	private final EDataType type;
	private final ZoneId zone;

	/**
	 * @param type the data type of the attribute edited
	 * @param zone the time zone in which instants are typed
	 */
	public DataTypeText(EDataType type, ZoneId zone) {
		this.type = type;
		this.zone = zone;
	}

	/** @return the text for editing a value; empty for {@code null} */
	public String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return INSTANT_INPUT.format(instant.atZone(zone));
		}
		return EcoreUtil.convertToString(type, value);
	}

	/**
	 * @param text the text typed
	 * @return why the text is not a valid value, or {@code null} when it is
	 */
	public String problem(String text) {
		try {
			parse(text);
			return null;
		} catch (IllegalArgumentException | DateTimeParseException e) {
			return expectation(text.strip());
		}
	}

	/**
	 * @param text the text typed; empty means "no value" ({@code null}), or the empty string for text attributes
	 * @return the value
	 * @throws IllegalArgumentException when the text is not a valid value; see {@link #problem(String)}
	 */
	public Object parse(String text) {
		String stripped = text.strip();
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == String.class) {
			return text;
		}
		if (stripped.isEmpty()) {
			if (instanceClass != null && instanceClass.isPrimitive()) {
				throw new IllegalArgumentException("a value is required");
			}
			return null;
		}
		if (instanceClass == Instant.class) {
			return LocalDateTime.parse(stripped, INSTANT_INPUT).atZone(zone).toInstant();
		}
		try {
			return EcoreUtil.createFromString(type, stripped);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(expectation(stripped), e);
		}
	}

	private String expectation(String text) {
		Class<?> instanceClass = type.getInstanceClass();
		String typed = text.isEmpty() ? "An empty value" : "\u201C" + text + "\u201D";
		if (instanceClass == Instant.class) {
			return typed + " is not a date and time: enter it like 2026-11-22 14:30 ("
					+ zone.getId() + ").";
		}
		if (instanceClass == LocalDate.class) {
			return typed + " is not a date: enter it like 2026-11-22.";
		}
		if (instanceClass == LocalTime.class) {
			return typed + " is not a time of day: enter it like 09:00.";
		}
		if (instanceClass == ZoneId.class) {
			return typed + " is not a time zone: enter it like Europe/Berlin or America/New_York.";
		}
		if (WHOLE_NUMBERS.contains(instanceClass)) {
			return typed + " is not a whole number: enter it like 42.";
		}
		if (NUMBERS.contains(instanceClass)) {
			return typed + " is not a number: enter it like 1250.50.";
		}
		return typed + " is not a valid " + type.getName() + ".";
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.util.Collection;

import org.advocacy.core.exports.JsonText;

/**
 * Writes the small JSON objects the save path takes (header columns, feature changes). Every text is escaped as
 * RFC 8259 requires, so no value can break out of its string, whatever it contains.
 */
public final class Json {

	private final StringBuilder text = new StringBuilder("{");

	/** @return a new, empty object */
	public static Json object() {
		return new Json();
	}

	/**
	 * @param name  the member's name
	 * @param value a text, number or boolean, a {@link Json} object, a collection of such values, or {@code null}
	 * @return this object
	 */
	public Json put(String name, Object value) {
		if (text.length() > 1) {
			text.append(',');
		}
		JsonText.appendQuoted(text, name);
		text.append(':');
		appendValue(text, value);
		return this;
	}

	/**
	 * @param values texts, numbers, booleans, objects or {@code null}s
	 * @return the JSON array of them
	 */
	public static String array(Collection<?> values) {
		StringBuilder array = new StringBuilder();
		appendValue(array, values);
		return array.toString();
	}

	@Override
	public String toString() {
		return text + "}";
	}

	private static void appendValue(StringBuilder out, Object value) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
			out.append(value);
		} else if (value instanceof Double number) {
			out.append(number.isNaN() || number.isInfinite() ? "null" : number.toString());
		} else if (value instanceof java.math.BigDecimal number) {
			out.append(number.toPlainString());
		} else if (value instanceof Json object) {
			out.append(object);
		} else if (value instanceof Collection<?> values) {
			out.append('[');
			boolean first = true;
			for (Object element : values) {
				if (!first) {
					out.append(',');
				}
				appendValue(out, element);
				first = false;
			}
			out.append(']');
		} else {
			JsonText.appendQuoted(out, value.toString());
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.advocacy.core.commands.WhoToCallRow;
import org.advocacy.model.AreaKind;
import org.advocacy.model.EscalationLevel;

/**
 * Turns the cleaned cell values of one line into a {@link WhoToCallRow}: reports each empty required value and each
 * value that is not what its column expects (level, area kind, e-mail, phone, yes/no, time zone).
 */
final class WhoToCallRowBuilder {

	private final int line;
	private final String[] values;
	private final int[] positionOf;
	private final List<ImportProblem> problems;
	private boolean clean = true;

	/**
	 * @param line       the row's line
	 * @param values     the stripped value of each column by ordinal; empty when absent, {@code null} when the cell was
	 *                   already reported as unacceptable
	 * @param positionOf the 1-based header position of each column by ordinal, 0 when the header lacks it
	 * @param problems   receives the row's problems
	 */
	WhoToCallRowBuilder(int line, String[] values, int[] positionOf, List<ImportProblem> problems) {
		this.line = line;
		this.values = values;
		this.positionOf = positionOf;
		this.problems = problems;
	}

	/** @return the row, or {@code null} when it has a problem */
	WhoToCallRow build() {
		for (WhoToCallColumn column : WhoToCallColumn.values()) {
			String value = values[column.ordinal()];
			if (column.required() && positionOf[column.ordinal()] > 0 && value != null && value.isEmpty()) {
				report(column, "the " + column.header() + " is empty; every row needs one");
			}
		}
		AreaKind kind = typed(WhoToCallColumn.AREA_KIND, WhoToCallFieldRules::kind, WhoToCallFieldRules::kindProblem);
		EscalationLevel level = typed(WhoToCallColumn.LEVEL, WhoToCallFieldRules::level,
				WhoToCallFieldRules::levelProblem);
		check(WhoToCallColumn.EMAIL, WhoToCallFieldRules::emailProblem);
		check(WhoToCallColumn.PHONE, WhoToCallFieldRules::phoneProblem);
		check(WhoToCallColumn.MOBILE, WhoToCallFieldRules::phoneProblem);
		Boolean available = typed(WhoToCallColumn.AVAILABLE_24X7, WhoToCallFieldRules::yesNo,
				WhoToCallFieldRules::yesNoProblem);
		ZoneId zone = typed(WhoToCallColumn.TIME_ZONE, WhoToCallFieldRules::zone, WhoToCallFieldRules::zoneProblem);
		if (!clean) {
			return null;
		}
		return new WhoToCallRow(line, value(WhoToCallColumn.AREA), kind, level, value(WhoToCallColumn.NAME),
				value(WhoToCallColumn.TITLE), value(WhoToCallColumn.EMAIL), value(WhoToCallColumn.PHONE),
				value(WhoToCallColumn.MOBILE), Boolean.TRUE.equals(available), zone);
	}

	private String value(WhoToCallColumn column) {
		String value = values[column.ordinal()];
		return value == null ? "" : value;
	}

	/** Converts a non-empty value, reporting it when the conversion gives {@code null}. */
	private <T> T typed(WhoToCallColumn column, Function<String, T> conversion, Function<String, String> problem) {
		String value = value(column);
		if (value.isEmpty() && column != WhoToCallColumn.AVAILABLE_24X7) {
			return null;
		}
		T result = conversion.apply(value);
		if (result == null) {
			report(column, problem.apply(value));
		}
		return result;
	}

	private void check(WhoToCallColumn column, Function<String, String> rule) {
		String value = value(column);
		String problem = value.isEmpty() ? null : rule.apply(value);
		if (problem != null) {
			report(column, problem);
		}
	}

	private void report(WhoToCallColumn column, String message) {
		clean = false;
		problems.add(new ImportProblem(line, positionOf[column.ordinal()], column.header(), message));
	}
}

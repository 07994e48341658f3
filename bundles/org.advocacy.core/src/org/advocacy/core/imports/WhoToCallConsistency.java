// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.advocacy.core.commands.WhoToCallRow;
import org.advocacy.model.EscalationLevel;

/**
 * The rules that span rows of a who-to-call file: one person per level of an area, one kind per area, and one set
 * of details per person (identified by e-mail). Each conflict is reported on the later line, naming the earlier.
 */
final class WhoToCallConsistency {

	private WhoToCallConsistency() {
	}

	static void check(List<WhoToCallRow> rows, int[] positionOf, List<ImportProblem> problems) {
		Map<String, WhoToCallRow> firstOfArea = new HashMap<>();
		Map<String, Map<EscalationLevel, WhoToCallRow>> levels = new HashMap<>();
		Map<String, WhoToCallRow> firstOfPerson = new HashMap<>();
		for (WhoToCallRow row : rows) {
			String area = WhoToCallRow.areaKey(row.area());
			WhoToCallRow first = firstOfArea.putIfAbsent(area, row);
			if (first != null && first.kind() != row.kind()) {
				report(problems, positionOf, row, WhoToCallColumn.AREA_KIND, "area \"" + row.area() + "\" is of kind "
						+ words(first.kind().getName()) + " on line " + first.line() + "; an area has one kind");
			}
			WhoToCallRow sameLevel = levels.computeIfAbsent(area, a -> new EnumMap<>(EscalationLevel.class))
					.putIfAbsent(row.level(), row);
			if (sameLevel != null) {
				report(problems, positionOf, row, WhoToCallColumn.LEVEL, "area \"" + row.area() + "\" already has "
						+ sameLevel.name() + " as " + words(row.level().getName()) + " on line " + sameLevel.line()
						+ "; each level of an area has one person");
			}
			WhoToCallRow samePerson = firstOfPerson.putIfAbsent(WhoToCallRow.emailKey(row.email()), row);
			if (samePerson != null) {
				checkSamePerson(samePerson, row, positionOf, problems);
			}
		}
	}

	private static void checkSamePerson(WhoToCallRow first, WhoToCallRow row, int[] positionOf,
			List<ImportProblem> problems) {
		WhoToCallColumn differing = !first.name().equals(row.name()) ? WhoToCallColumn.NAME
				: !first.title().equals(row.title()) ? WhoToCallColumn.TITLE
				: !first.phone().equals(row.phone()) ? WhoToCallColumn.PHONE
				: !first.mobile().equals(row.mobile()) ? WhoToCallColumn.MOBILE
				: first.available24x7() != row.available24x7() ? WhoToCallColumn.AVAILABLE_24X7
				: !Objects.equals(first.timeZone(), row.timeZone()) ? WhoToCallColumn.TIME_ZONE
				: null;
		if (differing != null) {
			report(problems, positionOf, row, differing, "the " + differing.header() + " of " + row.email()
					+ " differs from line " + first.line() + "; give each person the same details on every line");
		}
	}

	private static void report(List<ImportProblem> problems, int[] positionOf, WhoToCallRow row,
			WhoToCallColumn column, String message) {
		problems.add(new ImportProblem(row.line(), positionOf[column.ordinal()], column.header(), message));
	}

	/** "VICE_PRESIDENT" becomes "vice president". */
	static String words(String literal) {
		return literal.toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}

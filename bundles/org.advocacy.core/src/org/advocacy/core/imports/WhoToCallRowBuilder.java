// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import static org.advocacy.core.imports.WhoToCallColumn.AREA;
import static org.advocacy.core.imports.WhoToCallColumn.AREA_KIND;
import static org.advocacy.core.imports.WhoToCallColumn.AVAILABLE_24X7;
import static org.advocacy.core.imports.WhoToCallColumn.EMAIL;
import static org.advocacy.core.imports.WhoToCallColumn.LEVEL;
import static org.advocacy.core.imports.WhoToCallColumn.MOBILE;
import static org.advocacy.core.imports.WhoToCallColumn.NAME;
import static org.advocacy.core.imports.WhoToCallColumn.PHONE;
import static org.advocacy.core.imports.WhoToCallColumn.TIME_ZONE;
import static org.advocacy.core.imports.WhoToCallColumn.TITLE;

import java.time.ZoneId;

import org.advocacy.core.commands.WhoToCallRow;
import org.advocacy.model.AreaKind;
import org.advocacy.model.EscalationLevel;

/**
 * Turns one line of a who-to-call file into a {@link WhoToCallRow}: reports each empty required value and each value
 * that is not what its column expects (level, area kind, e-mail, phone, yes/no, time zone).
 */
final class WhoToCallRowBuilder {

	private WhoToCallRowBuilder() {
	}

	/** @return the row, or {@code null} when the line has a problem */
	static WhoToCallRow build(CsvLine<WhoToCallColumn> line) {
		line.reportEmptyRequiredValues(WhoToCallColumn.values());
		AreaKind kind = line.typed(AREA_KIND, WhoToCallFieldRules::kind, WhoToCallFieldRules::kindProblem);
		EscalationLevel level = line.typed(LEVEL, WhoToCallFieldRules::level, WhoToCallFieldRules::levelProblem);
		line.check(EMAIL, CsvFieldRules::emailProblem);
		line.check(PHONE, CsvFieldRules::phoneProblem);
		line.check(MOBILE, CsvFieldRules::phoneProblem);
		Boolean available = line.typed(AVAILABLE_24X7, CsvFieldRules::yesNo, CsvFieldRules::yesNoProblem);
		ZoneId zone = line.typed(TIME_ZONE, WhoToCallFieldRules::zone, WhoToCallFieldRules::zoneProblem);
		if (!line.clean()) {
			return null;
		}
		return new WhoToCallRow(line.line(), line.value(AREA), kind, level, line.value(NAME), line.value(TITLE),
				line.value(EMAIL), line.value(PHONE), line.value(MOBILE), Boolean.TRUE.equals(available), zone);
	}
}

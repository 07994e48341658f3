// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * What a validation found, in the words a support manager reads: how many problems of which severity, and the
 * first of them (each message names the engagement or person it is about).
 *
 * @param fileName the repository file validated
 * @param problems the problems found, in the order the validation found them
 */
public record ValidationSummary(String fileName, List<Diagnostic> problems) {

	/** How many problems the summary lists before saying how many more there are. */
	public static final int LISTED = 10;

	/**
	 * @param fileName   the repository file validated
	 * @param diagnostic the validation's result
	 * @return the summary of its problems (the leaves of the diagnostic tree worse than OK)
	 */
	public static ValidationSummary of(String fileName, Diagnostic diagnostic) {
		List<Diagnostic> found = new ArrayList<>();
		collect(diagnostic, found);
		return new ValidationSummary(fileName, List.copyOf(found));
	}

	/** @return the worst severity found, {@link Diagnostic#OK} when nothing was found */
	public int severity() {
		return problems.stream().mapToInt(Diagnostic::getSeverity).max().orElse(Diagnostic.OK);
	}

	/** @return the headline, e.g. "sample.advocacy: 3 problems (1 error, 2 warnings)." */
	public String headline() {
		if (problems.isEmpty()) {
			return fileName + ": no problems found.";
		}
		long errors = problems.stream().filter(problem -> problem.getSeverity() >= Diagnostic.ERROR).count();
		long warnings = problems.stream().filter(problem -> problem.getSeverity() == Diagnostic.WARNING).count();
		long other = problems.size() - errors - warnings;
		List<String> counts = new ArrayList<>();
		if (errors > 0) {
			counts.add(count(errors, "error"));
		}
		if (warnings > 0) {
			counts.add(count(warnings, "warning"));
		}
		if (other > 0) {
			counts.add(count(other, "note"));
		}
		return fileName + ": " + count(problems.size(), "problem") + " (" + String.join(", ", counts) + ").";
	}

	/** @return the headline and the first {@value #LISTED} problems, one per line */
	public String text() {
		StringBuilder text = new StringBuilder(headline());
		if (!problems.isEmpty()) {
			text.append('\n');
		}
		problems.stream().limit(LISTED).forEach(problem -> text.append("\n\u2022 ").append(problem.getMessage()));
		if (problems.size() > LISTED) {
			text.append("\n\u2026 and ").append(problems.size() - LISTED).append(" more.");
		}
		return text.toString();
	}

	private static String count(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> found) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() > Diagnostic.OK) {
				found.add(diagnostic);
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> collect(child, found));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.List;

import org.eclipse.emf.common.command.Command;

/**
 * The outcome of reading a CSV file to import: either clean, with the one command that applies it (execute it on
 * the editing domain's command stack; one undo reverts the whole import), or a list of every problem found, in which
 * case there is no command and nothing can be imported. Notes say what is imported in a way worth knowing (a value
 * that looks like a spreadsheet formula, kept as text); they do not stop the import.
 */
public final class CsvImport {

	private final String noun;
	private final String fileName;
	private final List<ImportProblem> problems;
	private final List<ImportProblem> notes;
	private final Command command;
	private final String summary;

	/**
	 * @param noun     what kind of file it is, e.g. "who-to-call"
	 * @param fileName the file's name, for the report
	 * @param problems the problems found; the command is dropped when there is any
	 * @param notes    what is worth knowing about a clean file
	 * @param command  the command applying a clean file
	 * @param summary  what the command does in one sentence, e.g. "Adds 2 customers and updates 1."
	 */
	CsvImport(String noun, String fileName, List<ImportProblem> problems, List<ImportProblem> notes, Command command,
			String summary) {
		this.noun = noun;
		this.fileName = fileName;
		this.problems = List.copyOf(problems);
		this.notes = List.copyOf(notes);
		this.command = problems.isEmpty() ? command : null;
		this.summary = problems.isEmpty() ? summary : "";
	}

	/** @return whether the file has no problem, so that {@link #command()} can be executed */
	public boolean isClean() {
		return problems.isEmpty();
	}

	/** @return every problem found, in the order of the file; empty when clean */
	public List<ImportProblem> problems() {
		return problems;
	}

	/** @return what is worth knowing about how the file is imported, in the order of the file */
	public List<ImportProblem> notes() {
		return notes;
	}

	/** @return what importing the clean file does, in one sentence; empty when it has problems */
	public String summary() {
		return summary;
	}

	/**
	 * @return the command that applies the file, not yet executed
	 * @throws IllegalStateException when the file has problems: nothing may be imported then
	 */
	public Command command() {
		if (command == null) {
			throw new IllegalStateException(report());
		}
		return command;
	}

	/** @return a report for the user: that the file was clean, what it does and its notes, or its problems */
	public String report() {
		StringBuilder report = new StringBuilder("The ").append(noun).append(" file \"").append(fileName)
				.append('"');
		if (isClean()) {
			report.append(" has no problems and can be imported. ").append(summary);
			appendLines(report, notes);
			return report.toString();
		}
		report.append(" has ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
				.append("; nothing was imported. Fix ").append(problems.size() == 1 ? "it" : "them")
				.append(" and import the file again.");
		appendLines(report, problems);
		return report.toString();
	}

	private static void appendLines(StringBuilder report, List<ImportProblem> lines) {
		for (ImportProblem line : lines) {
			report.append(System.lineSeparator()).append("  ").append(line);
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.List;

import org.eclipse.emf.common.command.Command;

/**
 * The outcome of reading a who-to-call file: either clean, with the one command that applies it (execute it on the
 * editing domain's command stack; one undo reverts the whole import), or a list of every problem found, in which
 * case there is no command and nothing can be imported.
 */
public final class WhoToCallImport {

	private final String fileName;
	private final List<ImportProblem> problems;
	private final Command command;

	WhoToCallImport(String fileName, List<ImportProblem> problems, Command command) {
		this.fileName = fileName;
		this.problems = List.copyOf(problems);
		this.command = problems.isEmpty() ? command : null;
	}

	/** @return whether the file has no problem, so that {@link #command()} can be executed */
	public boolean isClean() {
		return problems.isEmpty();
	}

	/** @return every problem found, in the order of the file; empty when clean */
	public List<ImportProblem> problems() {
		return problems;
	}

	/**
	 * @return the command that applies the file to the organization, not yet executed
	 * @throws IllegalStateException when the file has problems: nothing may be imported then
	 */
	public Command command() {
		if (command == null) {
			throw new IllegalStateException(report());
		}
		return command;
	}

	/** @return a report for the user: that the file was clean, or its problems one per line */
	public String report() {
		if (isClean()) {
			return "The who-to-call file \"" + fileName + "\" has no problems and can be imported.";
		}
		StringBuilder report = new StringBuilder("The who-to-call file \"").append(fileName).append("\" has ")
				.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
				.append("; nothing was imported. Fix ").append(problems.size() == 1 ? "it" : "them")
				.append(" and import the file again.");
		for (ImportProblem problem : problems) {
			report.append(System.lineSeparator()).append("  ").append(problem);
		}
		return report.toString();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A repository file could not be opened. The message names the file and, where the parser knows it, the line
 * and column, followed by a reason a support manager can act on.
 */
public class RepositoryLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String reason;

	/**
	 * @param file   the file that was being opened
	 * @param line   1-based line of the problem, or 0 when unknown
	 * @param column 1-based column of the problem, or 0 when unknown
	 * @param reason what is wrong, in plain words
	 * @param cause  the underlying exception, may be {@code null}
	 */
	public RepositoryLoadException(Path file, int line, int column, String reason, Throwable cause) {
		super(format(file, line, column, reason), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	private static String format(Path file, int line, int column, String reason) {
		StringBuilder text = new StringBuilder("Cannot open repository ").append(file);
		if (line > 0) {
			text.append(" at line ").append(line);
			if (column > 0) {
				text.append(", column ").append(column);
			}
		}
		return text.append(": ").append(reason).toString();
	}

	/** @return the file that could not be opened */
	public Path getFile() {
		return file;
	}

	/** @return the 1-based line of the problem, or 0 when unknown */
	public int getLine() {
		return line;
	}

	/** @return the 1-based column of the problem, or 0 when unknown */
	public int getColumn() {
		return column;
	}

	/** @return the reason alone, without file and position */
	public String getReason() {
		return reason;
	}
}

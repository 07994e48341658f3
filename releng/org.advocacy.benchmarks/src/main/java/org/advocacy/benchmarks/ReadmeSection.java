// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part of the README between {@value #BEGIN} and {@value #END}, which the benchmark report replaces with the
 * table of its run so that the README's figures are always one run's, never copied by hand.
 */
final class ReadmeSection {

	static final String BEGIN = "<!-- bench:begin -->";
	static final String END = "<!-- bench:end -->";

	private ReadmeSection() {
	}

	/**
	 * @param readme  the README file
	 * @param content what goes between the markers
	 * @throws IOException when the file cannot be read or written, or lacks the markers
	 */
	static void replace(Path readme, String content) throws IOException {
		String text = Files.readString(readme, StandardCharsets.UTF_8);
		int begin = text.indexOf(BEGIN);
		int end = text.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IOException(readme + " has no section between " + BEGIN + " and " + END);
		}
		String replaced = text.substring(0, begin + BEGIN.length()) + "\n" + content + text.substring(end);
		Files.writeString(readme, replaced, StandardCharsets.UTF_8);
	}
}

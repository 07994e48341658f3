// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Runs commands of the command line as the launch script does, and keeps what the last one printed. */
final class CommandLineRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/**
	 * @param clock       what "now" is
	 * @param environment the environment variables
	 * @param arguments   the command and its arguments
	 * @return the exit code
	 */
	int run(Clock clock, Map<String, String> environment, String... arguments) {
		out.reset();
		err.reset();
		return AdvocacyCommandLine.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), clock, environment);
	}

	/** @return what the last command printed on stdout */
	String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** @return what the last command printed on stderr */
	String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}
}

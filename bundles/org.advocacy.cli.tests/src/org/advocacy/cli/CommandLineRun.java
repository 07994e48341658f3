// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** Runs {@code advocacy} commands as a user types them and keeps what the last one printed on stdout and stderr. */
final class CommandLineRun {

	private final Clock clock;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** @param clock what "now" is for the commands */
	CommandLineRun(Clock clock) {
		this.clock = clock;
	}

	/** @return the exit code of {@code advocacy <arguments>} */
	int run(String... arguments) {
		out.reset();
		err.reset();
		return AdvocacyCommandLine.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), clock);
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

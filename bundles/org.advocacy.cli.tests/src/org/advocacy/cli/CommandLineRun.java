// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Runs {@code advocacy} commands as a user types them and keeps what the last one printed on stdout and stderr. */
final class CommandLineRun {

	private final Clock clock;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** For commands that are given their clock and environment with each run. */
	CommandLineRun() {
		this(Clock.systemDefaultZone());
	}

	/** @param clock what "now" is for the commands */
	CommandLineRun(Clock clock) {
		this.clock = clock;
	}

	/** @return the exit code of {@code advocacy <arguments>}, with no environment variables and no input */
	int run(String... arguments) {
		return run(clock, Map.of(), arguments);
	}

	/**
	 * @param now         what "now" is
	 * @param environment the environment variables
	 * @param arguments   the command and its arguments
	 * @return the exit code
	 */
	int run(Clock now, Map<String, String> environment, String... arguments) {
		out.reset();
		err.reset();
		return AdvocacyCommandLine.run(List.of(arguments), InputStream.nullInputStream(),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				now, environment);
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

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.util.List;

/** One command of {@code advocacy <command>}. */
interface CliCommand {

	/** Exit code: the command did what was asked. */
	int OK = 0;
	/** Exit code: the input was bad or a check failed; details are on stderr. */
	int FAILED = 1;
	/** Exit code: the command line itself was wrong. */
	int USAGE = 2;

	/** @return the command's name, as typed */
	String name();

	/** @return the arguments and one line saying what it does, for the overview */
	String synopsis();

	/** @return what {@code advocacy <command> --help} explains below the synopsis; empty when the synopsis says it all */
	default String help() {
		return "";
	}

	/**
	 * Runs the command.
	 *
	 * @param arguments what followed the command's name
	 * @param context   output streams, clock and repository store
	 * @return the exit code
	 * @throws UsageException when the arguments are wrong
	 * @throws Exception      when the work fails; the message is shown on stderr
	 */
	int run(List<String> arguments, CliContext context) throws Exception;
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A command that knows its name and synopsis from construction and parses its arguments the one way every command
 * does: the options it allows, then an exact number of positional arguments.
 */
abstract class NamedCommand implements CliCommand {

	private final String name;
	private final String synopsis;

	/**
	 * @param name     the command's name, as typed
	 * @param synopsis the arguments and one line saying what it does, for the overview
	 */
	protected NamedCommand(String name, String synopsis) {
		this.name = Objects.requireNonNull(name, "name");
		this.synopsis = Objects.requireNonNull(synopsis, "synopsis");
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final String synopsis() {
		return synopsis;
	}

	/**
	 * @param arguments  what followed the command's name
	 * @param options    the options allowed
	 * @param positional how many positional arguments there must be
	 * @param what       what they are, for the usage error
	 * @return the parsed arguments
	 * @throws UsageException when an option is unknown or the positional arguments are not as many
	 */
	protected Arguments parse(List<String> arguments, Set<String> options, int positional, String what) {
		return Arguments.parse(name, arguments, options).expectPositional(positional, what);
	}
}

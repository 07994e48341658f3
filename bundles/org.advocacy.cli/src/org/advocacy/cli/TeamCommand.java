// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.util.List;
import java.util.Set;

import org.advocacy.core.repository.ServerLocation;

/**
 * {@code team init|migrate|import|export|grant|history <repository> ...}: sets up and administers a team repository
 * on PostgreSQL and moves whole repositories between it and {@code *.advocacy} files. The repository is a
 * {@code postgresql://host[:port]/database} URI; the password comes from {@code ~/.pgpass} or {@code PGPASSWORD},
 * never from the command line.
 */
final class TeamCommand extends NamedCommand {

	private static final List<String> SUBCOMMANDS = List.of("init", "migrate", "import", "export", "grant",
			"history");

	TeamCommand() {
		super("team",
				"""
					team init|migrate <repository> [--team T]      create or update a team repository's schema
					  team import|export <repository> <file> [--team T]  copy a repository file into it, or out of it
					  team grant <repository> <login> <team> advocate|manager|director|read-only [--new-login]
					                                               give a user a role in a team
					  team history <repository> <ADV-key>          every saved version of an engagement and its changes"""
					.stripIndent().stripTrailing());
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		if (arguments.isEmpty() || !SUBCOMMANDS.contains(arguments.get(0))) {
			throw new UsageException("team: expected one of " + String.join(", ", SUBCOMMANDS)
					+ (arguments.isEmpty() ? "." : ", not '" + arguments.get(0) + "'."));
		}
		String subcommand = arguments.get(0);
		List<String> rest = arguments.subList(1, arguments.size());
		String command = "team " + subcommand;
		return switch (subcommand) {
		case "init" -> TeamSchemaCommands.init(parse(command, rest, 1, "the repository"), context);
		case "migrate" -> TeamSchemaCommands.migrate(parse(command, rest, 1, "the repository"), context);
		case "grant" -> TeamSchemaCommands.grant(Arguments.parse(command, rest, Set.of(), Set.of("new-login"))
				.expectPositional(4, "the repository, the login, the team and the role"), context);
		case "import" -> TeamTransferCommands.importFile(parse(command, rest, 2, "the repository and the file"),
				context);
		case "export" -> TeamTransferCommands.exportFile(
				Arguments.parse(command, rest, Set.of()).expectPositional(2, "the repository and the file"), context);
		default -> TeamTransferCommands.history(
				Arguments.parse(command, rest, Set.of()).expectPositional(2, "the repository and the case number"),
				context);
		};
	}

	private static Arguments parse(String command, List<String> arguments, int positional, String what) {
		return Arguments.parse(command, arguments, Set.of("team")).expectPositional(positional, what);
	}

	/**
	 * @param context the command's context
	 * @param text    what the user typed as the repository
	 * @param command the command, for the message
	 * @return the team repository's location
	 * @throws UsageException when the text names a file
	 */
	static ServerLocation serverLocation(CliContext context, String text, String command) {
		if (context.location(text) instanceof ServerLocation server) {
			return server;
		}
		throw new UsageException(command + ": '" + text + "' is a file; a team repository is "
				+ "postgresql://host[:port]/database.");
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.core.logging.LibraryLogging;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.team.TeamRepositoryProvider;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless {@code org.advocacy.cli.app} application, {@code advocacy <command> [arguments]}: it runs wherever
 * the command-line bundle is installed, the standalone product and a support team's own console alike. Results go to
 * stdout, problems to stderr; exit code 0 means done, 1 bad input or a failed check, 2 a wrong command line. Every
 * command that takes a repository accepts a {@code *.advocacy} file or a team repository's
 * {@code postgresql://host[:port]/database} URI.
 */
public class AdvocacyCommandLine implements IApplication {

	private static final List<CliCommand> COMMANDS = List.of(new InitCommand(), new DueCommand(), new AgendaCommand(),
			new ListCommand(), new CommitmentsCommand(), new MetricsCommand(), new ExportCommand(), new InviteCommand(),
			new ImportCommand(), new ValidateCommand(), new WatchCommand(), new SummaryCommand(), new SampleCommand(),
			new TeamCommand(), new DiagnoseCommand());

	/** The thread running a command, interrupted when the application is stopped (the watcher runs until then). */
	private volatile Thread running;

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		running = Thread.currentThread();
		try {
			return run(Arrays.asList(arguments), System.in, System.out, System.err, Clock.systemDefaultZone(),
					System.getenv());
		} finally {
			running = null;
		}
	}

	@Override
	public void stop() {
		Thread thread = running;
		if (thread != null) {
			thread.interrupt();
		}
	}

	/**
	 * Runs one command.
	 *
	 * @param arguments   the command and its arguments
	 * @param in          the standard input
	 * @param out         where results go
	 * @param err         where usage and problems go
	 * @param clock       what "now" is
	 * @param environment the environment variables ({@code PGPASSWORD}, the watcher's secrets)
	 * @return the process exit code
	 */
	public static int run(List<String> arguments, InputStream in, PrintStream out, PrintStream err, Clock clock,
			Map<String, String> environment) {
		LibraryLogging.discard();
		TeamRepositoryProvider.register();
		Map<String, CliCommand> byName = new LinkedHashMap<>();
		COMMANDS.forEach(command -> byName.put(command.name(), command));
		if (arguments.isEmpty() || List.of("help", "--help", "-h").contains(arguments.get(0))) {
			(arguments.isEmpty() ? err : out).println(usage());
			return arguments.isEmpty() ? CliCommand.USAGE : CliCommand.OK;
		}
		CliCommand command = byName.get(arguments.get(0));
		if (command == null) {
			err.println("Unknown command '" + arguments.get(0) + "'.");
			err.println(usage());
			return CliCommand.USAGE;
		}
		List<String> rest = arguments.subList(1, arguments.size());
		if (rest.contains("--help")) {
			out.println("Usage: advocacy " + command.synopsis());
			if (!command.help().isEmpty()) {
				out.println();
				out.println(command.help());
			}
			return CliCommand.OK;
		}
		try {
			return command.run(rest, new CliContext(out, err, clock, new RepositoryStore(),
					new BufferedReader(new InputStreamReader(in, Charset.defaultCharset())), Map.copyOf(environment)));
		} catch (UsageException e) {
			err.println(e.getMessage());
			err.println("Usage: advocacy " + command.synopsis());
			return CliCommand.USAGE;
		} catch (Exception e) {
			err.println(e.getMessage() == null ? e.toString() : e.getMessage());
			return CliCommand.FAILED;
		}
	}

	static String usage() {
		StringBuilder text = new StringBuilder("Usage: advocacy <command> [arguments]   (advocacy <command> --help)\n");
		COMMANDS.forEach(command -> text.append("  ").append(command.synopsis()).append('\n'));
		return text.toString().stripTrailing();
	}
}

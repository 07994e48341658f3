// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.advocacy.notify.watch.EscalationWatcher;
import org.advocacy.notify.watch.WatchLocation;
import org.advocacy.notify.watch.WatcherOptions;
import org.advocacy.notify.watch.WatcherStatus;

/**
 * {@code watch <repository> [--once] [--interval 60s]} and {@code watch --status <repository>}: the escalation
 * watcher. It sends what is due — ladder steps, warnings, customer-update and root-cause reminders, meeting
 * invitations — exactly once, recording each in the repository; it runs until stopped (a systemd service), or one
 * pass with {@code --once} (cron, a check by hand). {@code --status} shows what the watcher of the repository did
 * last, from another process.
 */
final class WatchCommand extends NamedCommand {

	/** The pause between passes when nothing else is said. */
	static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

	/** How long stopping waits for a pass that is sending, so that what was accepted is also recorded. */
	private static final Duration STOP_GRACE = Duration.ofSeconds(90);

	WatchCommand() {
		super("watch",
				"watch <repository> [--once] [--interval 60s] | watch --status <repository>   the escalation watcher,"
				+ " or its status");
	}

	@Override
	public String help() {
		return """
				Evaluates the repository every interval on business time and e-mails what is due: the person whose
				ladder step is due, the advocate at the warning thresholds and when a ladder is exhausted, the
				advocate when a customer update is overdue, the accountable manager before and when a root-cause
				commitment's update date passes, and the invitations of scheduled meetings. Each notification is
				recorded in the repository once the mail server accepted it, and never sent twice; a second watcher
				of the same repository stands by until the first stops.

				The repository is a *.advocacy file (the lease and the status are files beside it) or a team
				repository, postgresql://host[:port]/database (the lease is a PostgreSQL advisory lock, the status a
				row every member reads; the watcher's login is a manager of the teams it watches, or a director).

				  --once          run one pass, print the status and exit
				  --interval D    the pause between passes: 60s, 5m, 1h (default 60s)
				  --status        print the status the repository's watcher published last

				The mail server is the repository's notification settings (set in the workbench's preferences). Its
				password, and the optional chat webhook, never go on the command line:
				  $CREDENTIALS_DIRECTORY/smtp-password, chat-webhook   (systemd LoadCredential=)
				  ADVOCACY_SMTP_PASSWORD, ADVOCACY_CHAT_WEBHOOK          (environment)

				Exit codes: 0 done (or stopped); 1 the pass failed, or a notification waits for another try or a
				problem was reported (--once), or the last pass failed or no watcher has run (--status); 2 a wrong
				command line.""";
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = Arguments.parse(name(), arguments, Set.of("interval"), Set.of("once", "status"))
				.expectPositional(1, "one repository: a file or postgresql://host/database");
		if (parsed.flag("status") && (parsed.flag("once") || parsed.has("interval"))) {
			throw new UsageException("watch: --status only shows the status; it takes no --once or --interval.");
		}
		Duration interval = parsed.duration("interval", DEFAULT_INTERVAL);
		try (WatchLocation location = WatchLocations.open(parsed.positional(0), context.clock())) {
			if (parsed.flag("status")) {
				return status(location, context);
			}
			WatcherSecrets secrets = new WatcherSecrets(context.environment());
			WatcherOptions options = secrets.addTo(WatcherOptions.defaults());
			if (parsed.flag("once")) {
				return once(location, options, context);
			}
			context.out().println("Watching " + location.describe() + " every " + describe(interval) + " ("
					+ secrets.describe() + "). Stop with Ctrl+C or SIGTERM.");
			return watch(EscalationWatcher.of(location, options, context.clock()), interval, context);
		}
	}

	private static int status(WatchLocation location, CliContext context) throws IOException {
		Optional<WatcherStatus> status = location.lastStatus();
		if (status.isEmpty()) {
			context.err().println("No watcher has run on " + location.describe() + " yet.");
			return FAILED;
		}
		WatcherReport.print(status.get(), context.clock().instant(), context.out());
		return status.get().state() == WatcherStatus.State.FAILED ? FAILED : OK;
	}

	private static int once(WatchLocation location, WatcherOptions options, CliContext context) throws IOException {
		WatcherStatus status;
		try (EscalationWatcher watcher = EscalationWatcher.of(location, options, context.clock())) {
			status = watcher.runPass();
		}
		WatcherReport.print(status, context.clock().instant(), context.out());
		boolean clean = status.state() != WatcherStatus.State.FAILED && status.queue().isEmpty()
				&& status.problems().isEmpty();
		return clean ? OK : FAILED;
	}

	/** Runs passes until the process is told to stop (a signal, or the application's stop), then gives the lease up. */
	private static int watch(EscalationWatcher watcher, Duration interval, CliContext context) throws IOException {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
				task -> new Thread(task, "Escalation watcher"));
		ScheduledFuture<?> passes = watcher.schedule(executor, interval,
				status -> context.out().println(WatcherReport.line(status)));
		CountDownLatch stopped = new CountDownLatch(1);
		AtomicBoolean stopping = new AtomicBoolean();
		Runnable stop = () -> {
			if (stopping.compareAndSet(false, true)) {
				stop(watcher, executor, passes, context);
				stopped.countDown();
			}
		};
		Thread hook = new Thread(stop, "Escalation watcher shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			stopped.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			stop.run();
		} finally {
			removeHook(hook);
		}
		return OK;
	}

	/** Lets a pass that is sending finish, so that a message the server accepted is also recorded; then frees the lease. */
	private static void stop(EscalationWatcher watcher, ScheduledExecutorService executor, ScheduledFuture<?> passes,
			CliContext context) {
		passes.cancel(false);
		executor.shutdown();
		try {
			if (!executor.awaitTermination(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
				context.err().println("The last pass did not end within " + describe(STOP_GRACE) + "; stopping anyway.");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try {
			watcher.close();
		} catch (IOException e) {
			context.err().println("The sending lease could not be given up: " + e.getMessage());
		}
		context.out().println("Stopped watching.");
	}

	private static void removeHook(Thread hook) {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// The process is shutting down: the hook is running or has run.
		}
	}

	private static String describe(Duration duration) {
		long seconds = duration.toSeconds();
		return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.advocacy.notify.watch.QueuedNotification;
import org.advocacy.notify.watch.WatcherStatus;

/** A watcher's status as text: the full report of {@code watch --status} and {@code --once}, and one line per pass. */
final class WatcherReport {

	private WatcherReport() {
	}

	/**
	 * @param status the status
	 * @param now    the current time, to say how long ago the last pass ran
	 * @param out    where to print
	 */
	static void print(WatcherStatus status, Instant now, PrintStream out) {
		out.println("Repository: " + status.repository());
		out.println("State:      " + status.state() + " \u2014 " + meaning(status.state()));
		out.println("Last run:   " + (status.lastRunAt() == null ? "never"
				: status.lastRunAt().truncatedTo(ChronoUnit.SECONDS) + " (" + ago(status.lastRunAt(), now) + ")"));
		out.println("Summary:    " + status.summary());
		out.println("Sent:       " + status.sentLastRun() + " in the last pass, " + status.sentTotal()
				+ " since the watcher started");
		out.println("Queue (" + status.queue().size() + ")" + (status.queue().isEmpty() ? ": empty." : ":"));
		for (QueuedNotification entry : status.queue()) {
			out.println("  " + entry.kind().getLiteral() + " \"" + entry.subject() + "\""
					+ (entry.recipients().isEmpty() ? "" : " to " + String.join(", ", entry.recipients())) + ": failed "
					+ entry.attempts() + (entry.attempts() == 1 ? " time" : " times") + ", next try "
					+ entry.nextAttemptAt().truncatedTo(ChronoUnit.SECONDS));
			out.println("    " + entry.reason());
		}
		out.println("Problems (" + status.problems().size() + ")" + (status.problems().isEmpty() ? ": none." : ":"));
		status.problems().forEach(problem -> out.println("  " + problem));
	}

	/** @return one line for the log of a running watcher, such as "2026-03-10T01:00:00Z SENDING 1 notification sent; …" */
	static String line(WatcherStatus status) {
		StringBuilder line = new StringBuilder().append(status.lastRunAt() == null ? "-" : status.lastRunAt().truncatedTo(
				ChronoUnit.SECONDS)).append(' ').append(status.state()).append(' ').append(status.summary());
		for (QueuedNotification entry : status.queue()) {
			line.append("\n  waiting: ").append(entry.kind().getLiteral()).append(" \"").append(entry.subject())
					.append("\" (").append(entry.attempts()).append(" failed): ").append(entry.reason());
		}
		status.problems().forEach(problem -> line.append("\n  problem: ").append(problem));
		return line.toString();
	}

	private static String meaning(WatcherStatus.State state) {
		return switch (state) {
		case NOT_STARTED -> "it has not run yet";
		case SENDING -> "it holds the sending lease and sends what is due";
		case STANDBY -> "another watcher holds the sending lease; this one takes over when it stops";
		case FAILED -> "its last pass could not run";
		};
	}

	private static String ago(Instant then, Instant now) {
		Duration age = Duration.between(then, now);
		if (age.isNegative()) {
			return "in the future: check the clocks";
		}
		if (age.toMinutes() < 1) {
			return age.toSeconds() + " seconds ago";
		}
		if (age.toHours() < 2) {
			return age.toMinutes() + " minutes ago";
		}
		return age.toDays() < 2 ? age.toHours() + " hours ago" : age.toDays() + " days ago";
	}
}

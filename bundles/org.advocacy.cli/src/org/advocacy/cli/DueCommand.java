// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.util.List;
import java.util.Set;

import org.advocacy.core.repository.DueWork;
import org.advocacy.core.repository.Repository;

/**
 * {@code due <repository> [--now T]}: what needs the advocates now — escalation steps due or exhausted (and
 * ladders nearing their timeout), customer updates overdue or held drafts ready, and overdue root-cause commitments;
 * only the engagements whose headers say something may be due are evaluated ({@link DueWork}).
 */
final class DueCommand extends NamedCommand {

	DueCommand() {
		super("due",
				"due <repository> [--now T]                   list due and overdue escalations, updates and commitments");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = parse(arguments, Set.of("now"), 1, "one repository");
		var now = parsed.instant("now", context.clock().instant());
		DueWork due;
		try (Repository repository = context.open(parsed.positional(0))) {
			due = DueWork.find(repository, now);
		}
		section(context, "Escalations", due.ladders().size());
		due.ladders().forEach(status -> context.out().println("  " + status.engagement().getKey() + "  "
				+ (status.isDue() ? "DUE     " : "WARNING ") + status.reason()));

		section(context, "Customer updates", due.updates().size());
		due.updates().forEach(status -> context.out().println("  " + status.engagement().getKey() + "  "
				+ status.reason()));

		section(context, "Root-cause commitments overdue", due.commitments().size());
		due.commitments().forEach(overdue -> context.out().println("  " + overdue.reason()));
		return OK;
	}

	private static void section(CliContext context, String title, int count) {
		context.out().println(title + " (" + count + ")" + (count == 0 ? ": nothing due." : ":"));
	}
}

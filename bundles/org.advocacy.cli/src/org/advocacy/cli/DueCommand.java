// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.util.List;
import java.util.Set;

import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.escalation.OverdueCommitments;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.model.AdvocacyRepository;

/**
 * {@code due <file> [--now T]}: what needs the advocates now — escalation steps due or exhausted (and ladders
 * nearing their timeout), customer updates overdue or held drafts ready, and overdue root-cause commitments.
 */
final class DueCommand implements CliCommand {

	@Override
	public String name() {
		return "due";
	}

	@Override
	public String synopsis() {
		return "due <file> [--now T]                         list due and overdue escalations, updates and commitments";
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = Arguments.parse(name(), arguments, Set.of("now")).expectPositional(1, "one repository file");
		var now = parsed.instant("now", context.clock().instant());
		AdvocacyRepository repository = context.store().loadRepository(parsed.path(0));

		List<LadderStatus> ladders = new EscalationLadder().activeLadders(repository, now).stream()
				.filter(status -> status.isDue() || status.isWarning()).toList();
		section(context, "Escalations", ladders.size());
		ladders.forEach(status -> context.out().println("  " + status.engagement().getKey() + "  "
				+ (status.isDue() ? "DUE     " : "WARNING ") + status.reason()));

		List<UpdateStatus> updates = new CustomerUpdates().needingAttention(repository, now);
		section(context, "Customer updates", updates.size());
		updates.forEach(status -> context.out().println("  " + status.engagement().getKey() + "  " + status.reason()));

		List<OverdueCommitment> commitments = OverdueCommitments.find(repository, now);
		section(context, "Root-cause commitments overdue", commitments.size());
		commitments.forEach(overdue -> context.out().println("  " + overdue.reason()));
		return OK;
	}

	private static void section(CliContext context, String title, int count) {
		context.out().println(title + " (" + count + ")" + (count == 0 ? ": nothing due." : ":"));
	}
}

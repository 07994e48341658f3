// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.advocacy.core.review.AgendaDraft;
import org.advocacy.core.review.AgendaItem;
import org.advocacy.core.review.RecurringCauses;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.review.ReviewText;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.RootCauseCommitment;

/**
 * {@code agenda <file> [--now T]}: the agenda of the next weekly management review — new situations, updates on
 * open ones, closures to confirm, overdue root-cause commitments, the commitments asked for this review and the
 * recurring root causes by category.
 */
final class AgendaCommand implements CliCommand {

	@Override
	public String name() {
		return "agenda";
	}

	@Override
	public String synopsis() {
		return "agenda <file> [--now T]                      the agenda of the next management review";
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = Arguments.parse(name(), arguments, Set.of("now")).expectPositional(1, "one repository file");
		Instant now = parsed.instant("now", context.clock().instant());
		AdvocacyRepository repository = context.store().loadRepository(parsed.path(0));
		ReviewAgenda agenda = new ReviewAgendaPlanner(context.clock().getZone(), ReviewAgendaPlanner.DEFAULT_LOOK_BACK)
				.prepare(repository, now);
		context.out().println("Management review agenda since " + agenda.since()
				+ agenda.lastReview().map(review -> " (the last review)").orElse(" (no earlier review)"));
		section(context, "New situations", agenda.newEngagements());
		section(context, "Updates on open engagements", agenda.updates());
		section(context, "To confirm closed", agenda.toConfirmClosed());
		context.out().println("Root-cause commitments overdue (" + agenda.overdueCommitments().size() + ")");
		agenda.overdueCommitments().forEach(overdue -> context.out().println("  " + overdue.reason()));
		List<RootCauseCommitment> asked = AgendaDraft.find(repository).map(ManagementReview::getCommitments)
				.map(List::copyOf).orElse(List.of());
		context.out().println("Root-cause commitments asked for this review (" + asked.size() + ")");
		asked.forEach(commitment -> context.out().println("  " + ReviewText.name(commitment.getAccountableManager())
				+ " by " + commitment.getPromisedUpdateOn() + ": " + commitment.getCommitment() + "  ["
				+ ReviewText.causes(commitment) + "]"));
		RecurringCauses recurring = RecurringCauses.of(repository);
		context.out().println("Recurring root causes (" + recurring.causeCount() + " causes)");
		for (RecurringCauses.Category category : recurring.categories()) {
			context.out().printf("  %-18s %3d customers %4d engagements %4d causes, %d with a commitment%n",
					category.label(), category.customers(), category.engagements(), category.causes().size(),
					category.committed());
		}
		return OK;
	}

	private static void section(CliContext context, String title, List<AgendaItem> items) {
		context.out().println(title + " (" + items.size() + ")");
		for (AgendaItem item : items) {
			context.out().printf("  %-9s %-7s %-16s %4d d  %s%n", item.engagement().getKey(), item.status().getLiteral(),
					item.engagement().getState().getLiteral(), item.age().toDays(),
					item.engagement().getCustomer().getName() + ": " + item.engagement().getTitle());
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.Watermark;
import org.advocacy.core.review.AgendaDraft;
import org.advocacy.core.review.AgendaItem;
import org.advocacy.core.review.OpenEndedEngagements;
import org.advocacy.core.review.RecurringCauses;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.review.ReviewText;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.RootCauseCommitment;

/**
 * {@code agenda <repository> [--now T] [--stalled-days N] [--max-age-days N]}: the agenda of the next weekly
 * management review — new situations, updates on open ones, closures to confirm, from engagement headers; the
 * open-ended engagements (no progress for N days, by default 14, or open longer than N days, by default 90); overdue
 * root-cause commitments — then the commitments asked for this review and the recurring root causes by category,
 * which read every engagement.
 */
final class AgendaCommand extends NamedCommand {

	AgendaCommand() {
		super("agenda",
				"agenda <repository> [--now T] [--stalled-days N] [--max-age-days N]  the next management review's agenda");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = parse(arguments, Set.of("now", "stalled-days", "max-age-days"), 1, "one repository");
		Instant now = parsed.instant("now", context.clock().instant());
		OpenEndedEngagements.Limits limits = OpenEndedEngagements.Limits.ofDays(
				parsed.positiveInt("stalled-days", (int) OpenEndedEngagements.DEFAULT_STALLED_AFTER.toDays()),
				parsed.positiveInt("max-age-days", (int) OpenEndedEngagements.DEFAULT_MAX_AGE.toDays()));
		ReviewAgenda agenda;
		AdvocacyRepository repository;
		try (Repository store = context.open(parsed.positional(0))) {
			List<EngagementHeader> engagements = store.listHeaders(Watermark.BEGINNING).engagements();
			RepositoryModel model = store.openModel(RepositoryStore.newResourceSet());
			List<ManagementReview> reviews = store.loadAll(model, DocumentKind.REVIEW).stream()
					.map(ManagementReview.class::cast).toList();
			agenda = new ReviewAgendaPlanner(context.clock().getZone(), ReviewAgendaPlanner.DEFAULT_LOOK_BACK)
					.prepare(engagements, reviews, now);
			store.loadAll(model, DocumentKind.ENGAGEMENT);
			repository = model.root();
		}
		context.out().println("Management review agenda since " + agenda.since()
				+ agenda.lastReview().map(review -> " (the last review)").orElse(" (no earlier review)"));
		section(context, "New situations", agenda.newEngagements());
		section(context, "Updates on open engagements", agenda.updates());
		section(context, "To confirm closed", agenda.toConfirmClosed());
		List<OpenEndedEngagements.Flag> openEnded = OpenEndedEngagements.flagged(repository.getEngagements(), now,
				limits, context.clock().getZone());
		context.out().println("Open-ended engagements (" + openEnded.size() + ")");
		openEnded.forEach(flag -> context.out().println("  " + flag.engagement().getKey() + "  " + flag.reason()));
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
			context.out().printf("  %-9s %-7s %-16s %4d d  %s%n", item.key(),
					item.status() == null ? "-" : item.status().getLiteral(), item.state().getLiteral(),
					item.age().toDays(), item.customerName() + ": " + item.title());
		}
	}
}

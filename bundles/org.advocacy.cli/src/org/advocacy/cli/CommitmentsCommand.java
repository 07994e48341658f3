// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.advocacy.core.review.CommitmentRows;
import org.advocacy.core.review.CommitmentRows.Row;
import org.advocacy.core.review.ReviewText;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.RootCauseCommitment;

/**
 * {@code commitments <repository> [--overdue] [--now T]}: the root-cause commitments management made in the reviews and
 * those asked for the next one — who promised what by when, how far it got, the root causes it fixes — overdue ones
 * first; with {@code --overdue}, only those whose promised update has passed.
 */
final class CommitmentsCommand extends NamedCommand {

	CommitmentsCommand() {
		super("commitments",
				"commitments <repository> [--overdue] [--now T]       the root-cause commitments of the management reviews");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = Arguments.parse(name(), arguments, Set.of("now"), Set.of("overdue"))
				.expectPositional(1, "one repository file");
		Instant now = parsed.instant("now", context.clock().instant());
		AdvocacyRepository repository = EngagementLookup.wholeRepository(context, parsed.positional(0));
		List<Row> rows = CommitmentRows.of(repository, LocalDate.ofInstant(now, context.clock().getZone())).rows();
		long overdue = rows.stream().filter(Row::isOverdue).count();
		List<Row> shown = parsed.flag("overdue") ? rows.stream().filter(Row::isOverdue).toList() : rows;
		context.out().println("Root-cause commitments (" + rows.size() + ", " + overdue + " overdue)"
				+ (parsed.flag("overdue") ? ", overdue only:" : ":"));
		for (Row row : shown) {
			RootCauseCommitment commitment = row.commitment();
			context.out().printf("  %-10s %-26s %s%n", commitment.getPromisedUpdateOn(),
					ReviewText.status(commitment) + (row.isOverdue() ? ", " + row.overdue().daysOverdue() + " d late"
							: ""),
					ReviewText.name(commitment.getAccountableManager()) + ": " + commitment.getCommitment());
			context.out().println("             root causes: " + ReviewText.causes(commitment));
			context.out().println("             " + (row.isForNextReview() ? "asked for the next review"
					: "made in the review of " + row.review().getHeldOn())
					+ (commitment.getLastUpdate() == null ? "" : "; last update: " + commitment.getLastUpdate()));
		}
		return OK;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.exports.ExecutiveStatusReport;
import org.advocacy.core.exports.HtmlReportWriter;
import org.advocacy.core.exports.HtmlToPdf;
import org.advocacy.core.exports.ReportWriter;
import org.advocacy.core.review.AgendaItem;
import org.advocacy.core.review.BreakdownGroup;
import org.advocacy.core.review.Dimension;
import org.advocacy.core.review.DurationBucket;
import org.advocacy.core.review.MetricsFilter;
import org.advocacy.core.review.PeriodRatio;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.review.ReviewMetrics;
import org.advocacy.core.review.ReviewMetricsCalculator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.ui.review.internal.CommitmentRows.Row;

/**
 * The review pack handed out before the weekly management review: the agenda, the five metrics as tables, the
 * root-cause commitments and every open engagement with its one-page executive status. Everything comes from the
 * engine (agenda planner, metrics calculator, executive status report) and is written with its report writers, so
 * the HTML is self-contained and the PDF shows exactly the same. Headless: no SWT.
 */
public final class ReviewPack {

	private final AdvocacyRepository repository;
	private final Instant now;

	/**
	 * @param repository the repository
	 * @param now        the instant the pack is prepared for
	 */
	public ReviewPack(AdvocacyRepository repository, Instant now) {
		this.repository = repository;
		this.now = now;
	}

	/** @return the pack as one self-contained HTML page */
	public String toHtml() {
		return write(new HtmlReportWriter());
	}

	/**
	 * Renders the pack as PDF from the same HTML page.
	 *
	 * @param out receives the PDF; not closed
	 * @throws IOException when the PDF cannot be written
	 */
	public void toPdf(OutputStream out) throws IOException {
		HtmlToPdf.render(toHtml(), out);
	}

	/**
	 * Writes the pack to any report writer.
	 *
	 * @param out the writer
	 * @return the writer's result
	 */
	public String write(ReportWriter out) {
		ReviewAgenda agenda = new ReviewAgendaPlanner().prepare(repository, now);
		ReviewMetrics metrics = new ReviewMetricsCalculator().compute(repository, MetricsFilter.all(), now);
		out.title("Management review pack: " + nameOf(repository) + ", " + ReviewText.when(now));
		out.field("Since", agenda.lastReview().map(review -> "the review of " + ReviewText.when(review.getHeldOn()))
				.orElse(ReviewText.when(agenda.since())));
		writeAgenda(agenda, out);
		writeMetrics(metrics, out);
		writeCommitments(out);
		EngagementBoard board = EngagementBoard.of(repository, agenda);
		out.heading("Open engagements (" + board.count() + ")");
		List<Engagement> open = new ArrayList<>();
		board.colours().forEach(colour -> colour.states().forEach(state -> state.cards()
				.forEach(card -> open.add(card.engagement()))));
		out.table(List.of("Key", "Title", "Customer", "Colour code", "State", "New since last review"),
				open.stream().map(e -> List.of(e.getKey(), text(e.getTitle()), ReviewText.customer(e),
						e.getStatus() == null ? "" : e.getStatus().getLiteral(), e.getState().getLiteral(),
						board.isNew(e) ? "new" : "")).toList());
		ExecutiveStatusReport status = new ExecutiveStatusReport();
		for (Engagement engagement : open) {
			status.write(engagement, out);
		}
		return out.result();
	}

	private void writeAgenda(ReviewAgenda agenda, ReportWriter out) {
		out.heading("Agenda: new situations (" + agenda.newEngagements().size() + ")");
		out.table(AGENDA_HEADERS, rows(agenda.newEngagements()));
		out.heading("Agenda: updates on open engagements (" + agenda.updates().size() + ")");
		out.table(AGENDA_HEADERS, rows(agenda.updates()));
		out.heading("Agenda: closures to confirm (" + agenda.toConfirmClosed().size() + ")");
		out.table(AGENDA_HEADERS, rows(agenda.toConfirmClosed()));
		out.heading("Agenda: overdue root-cause commitments (" + agenda.overdueCommitments().size() + ")");
		out.bullets(agenda.overdueCommitments().stream().map(OverdueCommitment::reason).toList());
	}

	private static final List<String> AGENDA_HEADERS = List.of("Key", "Title", "Customer", "Colour code", "Age",
			"Advocate");

	private static List<List<String>> rows(List<AgendaItem> items) {
		return items.stream().map(item -> List.of(item.engagement().getKey(), text(item.engagement().getTitle()),
				ReviewText.customer(item.engagement()), item.status() == null ? "" : item.status().getLiteral(),
				ReviewText.age(item.age()), ReviewText.name(item.engagement().getAdvocate()))).toList();
	}

	private static void writeMetrics(ReviewMetrics metrics, ReportWriter out) {
		out.heading("Metrics: " + metrics.engagementCount() + " engagements");
		out.field("Level of effort", Money.format(metrics.costs().effort()));
		out.field("Expenses", Money.format(metrics.costs().expenses()));
		out.field("Cost to the business", Money.format(metrics.costs().total()));
		out.heading("Customers per engagement (" + metrics.customerRatio().customers() + " customers)");
		List<List<String>> periods = new ArrayList<>();
		for (PeriodRatio period : metrics.customerRatio().periods()) {
			periods.add(List.of(period.start().toString(), Integer.toString(period.engagements()),
					period.customersPerEngagement().isPresent()
							? String.format(java.util.Locale.ROOT, "%.1f", period.customersPerEngagement().getAsDouble())
							: "no engagement opened"));
		}
		out.table(List.of("Period from", "Engagements opened", "Customers per engagement"), periods);
		out.heading("Duration of engagements");
		List<List<String>> durations = new ArrayList<>();
		List<DurationBucket> open = metrics.durations().open().buckets();
		List<DurationBucket> closed = metrics.durations().closed().buckets();
		for (int i = 0; i < open.size(); i++) {
			durations.add(List.of(open.get(i).band().label(), Integer.toString(open.get(i).count()),
					Integer.toString(closed.get(i).count())));
		}
		out.table(List.of("Duration", "Open", "Closed"), durations);
		for (Dimension dimension : Dimension.values()) {
			out.heading("By " + dimension.label().toLowerCase(java.util.Locale.ROOT));
			out.table(List.of(dimension.label(), "Engagements", "Effort", "Expenses", "Cost"),
					metrics.breakdown(dimension).groups().stream().map(ReviewPack::breakdownRow).toList());
		}
	}

	private static List<String> breakdownRow(BreakdownGroup group) {
		return List.of(group.label(), Integer.toString(group.count()), Money.format(group.effort()),
				Money.format(group.expenses()), Money.format(group.total()));
	}

	private void writeCommitments(ReportWriter out) {
		CommitmentRows commitments = CommitmentRows.of(repository, LocalDate.ofInstant(now, ZoneOffset.UTC));
		out.heading("Root-cause commitments");
		out.table(List.of("Accountable manager", "Commitment", "Promised update", "Status", "Overdue"),
				commitments.rows().stream().map(ReviewPack::commitmentRow).toList());
	}

	private static List<String> commitmentRow(Row row) {
		return List.of(ReviewText.name(row.commitment().getAccountableManager()), text(row.commitment().getCommitment()),
				row.commitment().getPromisedUpdateOn() == null ? "" : row.commitment().getPromisedUpdateOn().toString(),
				row.commitment().getStatus() == null ? "" : row.commitment().getStatus().getLiteral(),
				row.isOverdue() ? row.overdue().daysOverdue() + " days" : "");
	}

	private static String nameOf(AdvocacyRepository repository) {
		return repository.getName() == null ? "repository" : repository.getName();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}

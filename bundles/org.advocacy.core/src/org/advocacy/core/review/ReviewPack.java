// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.exports.ExecutiveStatusReport;
import org.advocacy.core.exports.HtmlReportWriter;
import org.advocacy.core.exports.HtmlToPdf;
import org.advocacy.core.exports.OfferReturn;
import org.advocacy.core.exports.ReportWriter;
import org.advocacy.core.review.CommitmentRows.Row;
import org.advocacy.core.review.EngagementBoard.Card;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Offer;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.model.RootCauseCommitment;

/**
 * The review pack handed out before the weekly management review: the agenda (as the advocates edited it, else as
 * the engine prepares it), the five metrics as charts and tables, the root-cause commitments and every open
 * engagement with its one-page executive status. Everything comes from the engine (agenda planner, metrics
 * calculator, commitment roll-up, executive status report) and is written with its report writers, so the HTML is
 * self-contained and the PDF shows exactly the same. The charts are drawn by the caller (the user interface) from
 * {@link #metrics()} and handed in as PNG images. Headless: no SWT.
 * <p>
 * The constructor and {@link #toHtml} read the model, so call them where the model may be read (the workbench's UI
 * thread); {@link #toPdf} only reads the finished page, so it belongs in a background job.
 */
public final class ReviewPack {

	private static final List<String> AGENDA_HEADERS = List.of("Key", "Title", "Customer", "Colour code", "Age",
			"Advocate");

	private final AdvocacyRepository repository;
	private final Instant now;
	private final ZoneId zone;
	private final ReviewAgenda agenda;
	private final ReviewMetrics metrics;

	/**
	 * Prepares the agenda and computes the metrics over every engagement, by month like the Review Metrics view.
	 *
	 * @param repository the repository
	 * @param now        the instant the pack is prepared for
	 * @param zone       the readers' time zone
	 */
	public ReviewPack(AdvocacyRepository repository, Instant now, ZoneId zone) {
		this.repository = repository;
		this.now = now;
		this.zone = zone;
		this.agenda = new ReviewAgendaPlanner(zone, ReviewAgendaPlanner.DEFAULT_LOOK_BACK).prepare(repository, now);
		this.metrics = new ReviewMetricsCalculator(zone, PeriodLength.MONTH).compute(repository,
				MetricsFilter.all(), now);
	}

	/** @return the metrics the pack reports, to draw its charts from */
	public ReviewMetrics metrics() {
		return metrics;
	}

	/**
	 * @param charts the metric charts, drawn from {@link #metrics()}
	 * @return the pack as one self-contained HTML page with the charts embedded
	 */
	public String toHtml(List<ChartImage> charts) {
		return write(new HtmlReportWriter(), charts);
	}

	/**
	 * Renders a pack page as PDF through the engine's HTML-to-PDF path, chart images included. Reads only the page,
	 * so it may run in a background job while the model changes.
	 *
	 * @param html a page from {@link #toHtml}
	 * @param out  receives the PDF; not closed
	 * @throws IOException when the PDF cannot be written
	 */
	public static void toPdf(String html, OutputStream out) throws IOException {
		HtmlToPdf.render(html, out);
	}

	/**
	 * Writes the pack to any report writer.
	 *
	 * @param out    the writer
	 * @param charts the metric charts, drawn from {@link #metrics()}
	 * @return the writer's result
	 */
	public String write(ReportWriter out, List<ChartImage> charts) {
		out.title("Management review pack: " + nameOf(repository) + ", " + ReviewText.when(now, zone));
		out.field("Since", agenda.lastReview()
				.map(review -> "the review of " + ReviewText.when(review.getHeldOn(), zone))
				.orElse(ReviewText.when(agenda.since(), zone)));
		AgendaDraft.find(repository).ifPresentOrElse(draft -> writeDraft(draft, out), () -> writeAgenda(out));
		out.heading("Agenda: overdue root-cause commitments (" + agenda.overdueCommitments().size() + ")");
		out.bullets(agenda.overdueCommitments().stream().map(OverdueCommitment::reason).toList());
		writeMetrics(charts, out);
		writeCommitments(out);
		writeOffers(out);
		EngagementBoard board = EngagementBoard.of(repository, agenda);
		out.heading("Open engagements (" + board.count() + ")");
		out.table(List.of("Key", "Title", "Customer", "Colour code", "State", "New since last review"),
				board.cards().stream().map(card -> List.of(card.engagement().getKey(),
						text(card.engagement().getTitle()), ReviewText.customer(card.engagement()),
						card.colour().rationale(), card.engagement().getState().getLiteral(),
						card.isNew() ? "new" : "")).toList());
		ExecutiveStatusReport status = new ExecutiveStatusReport(new EngagementColours(now));
		for (Card card : board.cards()) {
			status.write(card.engagement(), out);
		}
		return out.result();
	}

	private void writeAgenda(ReportWriter out) {
		section(ReviewItemKind.NEW, agenda.newEngagements().size(), out);
		out.table(AGENDA_HEADERS, agenda.newEngagements().stream().map(ReviewPack::row).toList());
		section(ReviewItemKind.UPDATE, agenda.updates().size(), out);
		out.table(AGENDA_HEADERS, agenda.updates().stream().map(ReviewPack::row).toList());
		section(ReviewItemKind.CONFIRM_CLOSED, agenda.toConfirmClosed().size(), out);
		out.table(AGENDA_HEADERS, agenda.toConfirmClosed().stream().map(ReviewPack::row).toList());
	}

	/**
	 * The agenda as the advocates edited it: attendees, then each section in their order, with their notes, then the
	 * root-cause commitments asked for this review.
	 */
	private void writeDraft(ManagementReview draft, ReportWriter out) {
		out.heading("Attendees (" + draft.getAttendees().size() + ")");
		out.bullets(draft.getAttendees().stream().map(ReviewText::name).toList());
		for (ReviewItemKind kind : ReviewItemKind.VALUES) {
			List<ReviewItem> items = AgendaDraft.items(draft, kind);
			boolean closures = kind == ReviewItemKind.CONFIRM_CLOSED;
			section(kind, items.size(), out);
			List<String> headers = new ArrayList<>(AGENDA_HEADERS);
			headers.add("Notes");
			if (closures) {
				headers.add("Closure confirmed");
			}
			List<List<String>> rows = new ArrayList<>();
			for (ReviewItem item : items) {
				List<String> row = new ArrayList<>(row(AgendaDraft.asAgendaItem(item, now)));
				row.add(text(item.getNotes()));
				if (closures) {
					row.add(item.isClosureConfirmed() ? "yes" : "");
				}
				rows.add(row);
			}
			out.table(headers, rows);
		}
		out.heading("Agenda: root-cause commitments asked for (" + draft.getCommitments().size() + ")");
		out.table(List.of("Accountable manager", "Commitment", "Promised update", "Root causes", "Asked by"),
				draft.getCommitments().stream().map(commitment -> List.of(
						ReviewText.name(commitment.getAccountableManager()), text(commitment.getCommitment()),
						Objects.toString(commitment.getPromisedUpdateOn(), ""), ReviewText.causes(commitment),
						ReviewText.name(commitment.getRequestedBy()))).toList());
	}

	private static void section(ReviewItemKind kind, int count, ReportWriter out) {
		out.heading("Agenda: " + switch (kind) {
		case NEW -> "new situations";
		case UPDATE -> "updates on open engagements";
		case CONFIRM_CLOSED -> "closures to confirm";
		} + " (" + count + ")");
	}

	private static List<String> row(AgendaItem item) {
		return List.of(item.engagement().getKey(), text(item.engagement().getTitle()),
				ReviewText.customer(item.engagement()), item.status() == null ? "" : item.status().getLiteral(),
				ReviewText.age(item.age()), ReviewText.name(item.engagement().getAdvocate()));
	}

	private void writeMetrics(List<ChartImage> charts, ReportWriter out) {
		out.heading("Metrics: " + metrics.engagementCount() + " engagements");
		charts.forEach(chart -> out.image(chart.title(), chart.png()));
		out.field("Level of effort", Money.format(metrics.costs().effort()));
		out.field("Expenses", Money.format(metrics.costs().expenses()));
		out.field("Cost to the business", Money.format(metrics.costs().total()));
		out.heading("Customers per engagement (" + metrics.customerRatio().customers() + " customers)");
		List<List<String>> periods = new ArrayList<>();
		for (PeriodRatio period : metrics.customerRatio().periods()) {
			periods.add(List.of(period.start().toString(), Integer.toString(period.engagements()),
					period.customersPerEngagement().isPresent()
							? String.format(Locale.ROOT, "%.1f", period.customersPerEngagement().getAsDouble())
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
			out.heading("By " + dimension.label().toLowerCase(Locale.ROOT));
			out.table(List.of(dimension.label(), "Engagements", "Effort", "Expenses", "Cost"),
					metrics.breakdown(dimension).groups().stream().map(ReviewPack::breakdownRow).toList());
		}
	}

	private static List<String> breakdownRow(BreakdownGroup group) {
		return List.of(group.label(), Integer.toString(group.count()), Money.format(group.effort()),
				Money.format(group.expenses()), Money.format(group.total()));
	}

	private void writeCommitments(ReportWriter out) {
		CommitmentRows commitments = CommitmentRows.of(repository, LocalDate.ofInstant(now, zone));
		out.heading("Root-cause commitments");
		out.table(List.of("Accountable manager", "Commitment", "Promised update", "Status", "Overdue", "Made in"),
				commitments.rows().stream().map(this::commitmentRow).toList());
		RecurringCauses recurring = RecurringCauses.of(repository);
		out.heading("Recurring root causes (" + recurring.causeCount() + " causes)");
		out.table(List.of("Category", "Customers", "Engagements", "Causes", "With a commitment"),
				recurring.categories().stream().map(category -> List.of(category.label(),
						Integer.toString(category.customers()), Integer.toString(category.engagements()),
						Integer.toString(category.causes().size()), Integer.toString(category.committed())))
						.toList());
	}

	private List<String> commitmentRow(Row row) {
		RootCauseCommitment commitment = row.commitment();
		return List.of(ReviewText.name(commitment.getAccountableManager()), text(commitment.getCommitment()),
				Objects.toString(commitment.getPromisedUpdateOn(), ""), ReviewText.status(commitment),
				row.isOverdue() ? row.overdue().daysOverdue() + " days" : "",
				row.isForNextReview() ? "asked for the next review"
						: "the review of " + ReviewText.when(row.review().getHeldOn(), zone));
	}

	/** Services offered to customers to prevent a recurrence: on trial or decided, with the return described. */
	private void writeOffers(ReportWriter out) {
		List<List<String>> rows = new ArrayList<>();
		for (Engagement engagement : repository.getEngagements()) {
			for (Offer offer : engagement.getOffers()) {
				rows.add(List.of(engagement.getKey(), ReviewText.customer(engagement), text(offer.getService()),
						offer.getStatus().getLiteral(), Objects.toString(offer.getSwitchOffOn(), ""),
						OfferReturn.of(offer).text()));
			}
		}
		out.heading("Offers and trials (" + rows.size() + ")");
		out.table(List.of("Key", "Customer", "Service", "Status", "Switched off on", "Return"), rows);
	}

	private static String nameOf(AdvocacyRepository repository) {
		return repository.getName() == null ? "repository" : repository.getName();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}

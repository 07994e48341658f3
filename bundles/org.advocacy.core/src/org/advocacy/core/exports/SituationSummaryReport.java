// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.advocacy.core.exports.ReportText.date;
import static org.advocacy.core.exports.ReportText.instant;
import static org.advocacy.core.exports.ReportText.person;
import static org.advocacy.core.exports.ReportText.text;
import static org.advocacy.core.exports.ReportText.words;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Engagement;
import org.advocacy.model.SituationSummary;

/**
 * The Situation Summary of an engagement as the whitepaper structures it: executive summary, chronology (sorted by
 * time), root causes with category and owning area, contributing factors with owner and whether they caused swirl,
 * the action plan with owners, due dates and status, and recommendations.
 */
public final class SituationSummaryReport {

	static final List<String> CHRONOLOGY_HEADERS = List.of("When", "What happened", "Source", "Reference");
	static final List<String> ROOT_CAUSE_HEADERS = List.of("Root cause", "Category", "Owning area");

	private final ZoneId zone;

	/** @param zone the time zone the chronology is shown in, usually the reader's */
	public SituationSummaryReport(ZoneId zone) {
		this.zone = zone;
	}

	/** @return the summary as a self-contained HTML page */
	public String toHtml(Engagement engagement) {
		return write(engagement, new HtmlReportWriter());
	}

	/** @return the summary as Markdown */
	public String toMarkdown(Engagement engagement) {
		return write(engagement, new MarkdownReportWriter());
	}

	/**
	 * Writes the summary to any writer.
	 *
	 * @return the writer's result
	 */
	public String write(Engagement engagement, ReportWriter out) {
		out.title("Situation Summary: " + text(engagement.getKey()) + " " + text(engagement.getTitle()));
		out.field("Customer", engagement.getCustomer() == null ? "" : engagement.getCustomer().getName());
		out.field("Advocate", person(engagement.getAdvocate()));
		SituationSummary summary = engagement.getSituationSummary();
		if (summary == null) {
			out.paragraph("No situation summary has been written yet.");
			return out.result();
		}
		out.field("State", words(summary.getState()) + (summary.getReviewedAt() == null ? ""
				: " on " + instant(summary.getReviewedAt(), zone) + " by " + person(summary.getReviewedBy())));
		out.heading("Executive summary");
		out.paragraph(text(summary.getExecutiveSummary()));
		out.heading("Chronology");
		out.table(CHRONOLOGY_HEADERS, chronology(summary, zone));
		out.heading("Root causes");
		out.table(ROOT_CAUSE_HEADERS, rootCauses(summary));
		out.heading("Contributing factors");
		out.table(List.of("Contributing factor", "Owner", "Caused swirl", "Disclosed to customer"),
				summary.getContributingFactors().stream()
						.map(factor -> List.of(text(factor.getDescription()), words(factor.getOwner()),
								yesNo(factor.isSwirl()), yesNo(factor.isDisclosedToCustomer())))
						.toList());
		out.heading("Action plan");
		out.table(List.of("Action", "Owner", "Due", "Status"), summary.getActionItems().stream()
				.map(item -> List.of(text(item.getDescription()), person(item.getOwner()), date(item.getDue()),
						words(item.getStatus())))
				.toList());
		out.heading("Recommendations");
		out.table(List.of("Recommendation", "Rationale"), summary.getRecommendations().stream()
				.map(recommendation -> List.of(text(recommendation.getDescription()),
						text(recommendation.getRationale())))
				.toList());
		return out.result();
	}

	/** The chronology's rows, earliest first; events without a time come last. */
	static List<List<String>> chronology(SituationSummary summary, ZoneId zone) {
		List<ChronologyEvent> events = new ArrayList<>(summary.getChronology());
		events.sort(Comparator.comparing(ChronologyEvent::getOccurredAt,
				Comparator.nullsLast(Comparator.naturalOrder())));
		return events.stream().map(event -> List.of(instant(event.getOccurredAt(), zone),
				text(event.getDescription()), words(event.getSource()), text(event.getReference()))).toList();
	}

	static List<List<String>> rootCauses(SituationSummary summary) {
		return summary.getRootCauses().stream().map(cause -> List.of(text(cause.getDescription()),
				words(cause.getCategory()), cause.getOwningArea() == null ? "" : text(cause.getOwningArea().getName())))
				.toList();
	}

	private static String yesNo(boolean value) {
		return value ? "Yes" : "No";
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.advocacy.core.exports.ReportText.date;
import static org.advocacy.core.exports.ReportText.person;
import static org.advocacy.core.exports.ReportText.text;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.Audience;
import org.advocacy.model.Criterion;
import org.advocacy.model.Engagement;

/**
 * A written customer update that stands alone, as the whitepaper asks: an opening with the context (the topic, what
 * was agreed, the purpose of this update), what we are doing right and, when the colour worsened since the last
 * update, the blip in that context ({@link SilverLining}), the section each audience needs (see
 * {@link AudienceSection}; a draft for a mixed audience combines them, in the order given), and a closing with the next steps and the date by which the advocate follows up if there is no answer. The follow-up
 * date is when the next update falls due after one sent {@code now} ({@link CustomerUpdates#nextUpdateAfter}).
 */
public final class CustomerUpdateDraft {

	private final Engagement engagement;
	private final List<Audience> audiences;
	private final Instant now;
	private final Instant followUpBy;
	private final ZoneId zone;

	/**
	 * @param engagement the engagement the update is about
	 * @param audience   who reads it
	 * @param now        when the update is drafted
	 * @param zone       the reader's time zone, for dates and times in the text
	 */
	public CustomerUpdateDraft(Engagement engagement, Audience audience, Instant now, ZoneId zone) {
		this(engagement, audience == null ? List.of() : List.of(audience), now, zone);
	}

	/**
	 * A draft for a mixed audience: every audience's section, in the order given.
	 *
	 * @param engagement the engagement the update is about
	 * @param audiences  who reads it; none means management
	 * @param now        when the update is drafted
	 * @param zone       the readers' time zone, for dates and times in the text
	 */
	public CustomerUpdateDraft(Engagement engagement, List<Audience> audiences, Instant now, ZoneId zone) {
		this.engagement = engagement;
		this.audiences = audiences.isEmpty() ? List.of(Audience.MANAGEMENT) : audiences.stream().distinct().toList();
		this.now = now;
		this.followUpBy = new CustomerUpdates().nextUpdateAfter(engagement, now);
		this.zone = zone;
	}

	/** @return the subject line, naming the topic and the engagement key */
	public String subject() {
		return "Update on " + text(engagement.getTitle()) + " (" + text(engagement.getKey()) + ")";
	}

	/** @return what we are doing right, and the blip when the colour worsened since the last update */
	public SilverLining silverLining() {
		return SilverLining.of(engagement, now);
	}

	/** @return when the advocate follows up if the customer has not answered */
	public Instant followUpBy() {
		return followUpBy;
	}

	/** @return the draft as Markdown, for a Markdown export or a tracker that renders it */
	public String toMarkdown() {
		return write(new MarkdownReportWriter());
	}

	/**
	 * @return the draft as plain text, to paste into an e-mail: everything shows as typed, without Markdown escapes
	 *         or markup
	 */
	public String toPlainText() {
		return write(new PlainTextReportWriter());
	}

	/** @return the draft as a self-contained HTML page */
	public String toHtml() {
		return write(new HtmlReportWriter());
	}

	/**
	 * Writes the draft to any writer.
	 *
	 * @return the writer's result
	 */
	public String write(ReportWriter out) {
		out.title(subject());
		writeOpening(out);
		silverLining().write(out);
		audiences.forEach(audience -> AudienceSection.of(audience).write(engagement, now, zone, out));
		writeClosing(out);
		return out.result();
	}

	private void writeOpening(ReportWriter out) {
		out.heading("Where we are");
		String customer = engagement.getCustomer() == null ? "your organization" : engagement.getCustomer().getName();
		out.paragraph("This update is about " + text(engagement.getTitle()) + " for " + customer + " (our reference "
				+ text(engagement.getKey()) + ", opened " + ReportText.instant(engagement.getOpenedAt(), zone) + ").");
		List<Criterion> criteria = engagement.getDisengagementCriteria();
		if (engagement.getCriteriaAgreedAt() != null && !criteria.isEmpty()) {
			out.paragraph("On " + ReportText.instant(engagement.getCriteriaAgreedAt(), zone)
					+ " we agreed that this work is complete when:");
			out.bullets(criteria.stream().map(criterion -> text(criterion.getDescription())
					+ (criterion.isMet() ? " (met)" : "")).toList());
		} else {
			out.paragraph("We have not yet agreed together when this work is complete; I will propose criteria.");
		}
		out.paragraph("The purpose of this update: " + String.join(" It is also ",
				audiences.stream().map(audience -> AudienceSection.of(audience).purpose()).toList()));
	}

	private void writeClosing(ReportWriter out) {
		out.heading("Next steps");
		List<String> steps = engagement.getSituationSummary() == null ? List.of()
				: engagement.getSituationSummary().getActionItems().stream()
						.filter(item -> item.getStatus() == ActionStatus.OPEN
								|| item.getStatus() == ActionStatus.IN_PROGRESS)
						.sorted(Comparator.comparing(item -> item.getDue(),
								Comparator.nullsLast(Comparator.naturalOrder())))
						.limit(ExecutiveStatusReport.TOP)
						.map(item -> text(item.getDescription()) + " (" + person(item.getOwner())
								+ (item.getDue() == null ? "" : ", by " + date(item.getDue())) + ")")
						.toList();
		out.bullets(steps);
		out.paragraph("If I don't hear back by " + ReportText.longInstant(followUpBy, zone)
				+ ", I will follow up.\n" + person(engagement.getAdvocate()));
	}
}

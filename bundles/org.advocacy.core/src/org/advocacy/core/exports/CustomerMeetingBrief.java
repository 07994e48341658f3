// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.advocacy.core.exports.ReportText.person;
import static org.advocacy.core.exports.ReportText.text;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.ContributingFactor;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.DryRun;
import org.advocacy.model.Engagement;
import org.advocacy.model.FactorOwner;
import org.advocacy.model.MeetingPart;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferStatus;
import org.advocacy.model.SituationSummary;

/**
 * The brief our participants take into a customer meeting: when and where, who attends from both sides and whether
 * senior management joins, the agenda, who covers which part (as rehearsed in the dry-run), the situation in short,
 * the contributing factors, with those the customer owns flagged for full disclosure (with tact, but disclosed, so the
 * situation does not recur), and what we offer with its return.
 */
public final class CustomerMeetingBrief {

	/** Marks a contributing factor the customer owns in the brief. */
	public static final String FULL_DISCLOSURE = "Owned by the customer: disclose in full, with tact";

	private final CustomerMeeting meeting;
	private final Engagement engagement;
	private final ZoneId zone;

	/**
	 * @param meeting a customer meeting of an engagement
	 * @param zone    the readers' time zone
	 */
	public CustomerMeetingBrief(CustomerMeeting meeting, ZoneId zone) {
		this.meeting = meeting;
		this.engagement = (Engagement) meeting.eContainer();
		this.zone = zone;
	}

	/** @return the title, naming the customer, the engagement and the time */
	public String title() {
		return "Brief for the customer meeting with "
				+ (engagement.getCustomer() == null ? "the customer" : text(engagement.getCustomer().getName())) + " ("
				+ text(engagement.getKey()) + "), " + ReportText.instant(meeting.getPlannedAt(), zone);
	}

	/** @return the brief as plain text, to paste into an e-mail or print */
	public String toPlainText() {
		return write(new PlainTextReportWriter());
	}

	/** @return the brief as Markdown */
	public String toMarkdown() {
		return write(new MarkdownReportWriter());
	}

	/** @return the brief as a self-contained HTML page */
	public String toHtml() {
		return write(new HtmlReportWriter());
	}

	/**
	 * @param out any report writer
	 * @return the writer's result
	 */
	public String write(ReportWriter out) {
		out.title(title());
		out.field("Where", text(meeting.getLocation()));
		out.field("Senior management", meeting.isSeniorManagementAttends()
				? "attends, to show the attention the situation receives" : "does not attend");
		out.heading("Who attends");
		List<String> attendees = new ArrayList<>();
		meeting.getParticipants().forEach(participant -> attendees.add(person(participant) + " (ours)"));
		meeting.getCustomerAttendees().forEach(contact -> attendees.add(text(contact.getName())
				+ (contact.getTitle() == null || contact.getTitle().isBlank() ? "" : ", " + contact.getTitle())
				+ " (customer)"));
		out.bullets(attendees);
		out.heading("Agenda");
		out.paragraph(text(meeting.getAgenda()));
		writeParts(out);
		writeSituation(out);
		writeOffers(out);
		return out.result();
	}

	private void writeParts(ReportWriter out) {
		out.heading("Who covers what");
		DryRun dryRun = meeting.getDryRun();
		if (dryRun == null) {
			out.paragraph("No dry-run yet: rehearse the agenda and the situation summary with every participant "
					+ "covering their part as if in front of the customer.");
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (MeetingPart part : dryRun.getParts()) {
			rows.add(List.of(person(part.getPerson()), text(part.getTopic()), part.isRehearsed() ? "yes" : "not yet",
					text(part.getNotes())));
		}
		out.table(List.of("Who", "Covers", "Rehearsed", "Notes from the dry-run"), rows);
	}

	private void writeSituation(ReportWriter out) {
		SituationSummary summary = engagement.getSituationSummary();
		out.heading("The situation");
		if (summary == null) {
			out.paragraph("No situation summary yet.");
			return;
		}
		out.paragraph(text(summary.getExecutiveSummary()));
		out.heading("Root causes");
		out.table(SituationSummaryReport.ROOT_CAUSE_HEADERS, SituationSummaryReport.rootCauses(summary));
		out.heading("Contributing factors");
		List<List<String>> rows = new ArrayList<>();
		for (ContributingFactor factor : summary.getContributingFactors()) {
			rows.add(List.of(text(factor.getDescription()),
					factor.getOwner() == null ? "" : factor.getOwner().getLiteral(),
					factor.getOwner() == FactorOwner.CUSTOMER ? FULL_DISCLOSURE : "",
					factor.isDisclosedToCustomer() ? "disclosed" : "not yet"));
		}
		out.table(List.of("Factor", "Owner", "Full disclosure", "Disclosed to the customer"), rows);
	}

	private void writeOffers(ReportWriter out) {
		List<Offer> open = engagement.getOffers().stream()
				.filter(offer -> offer.getStatus() == OfferStatus.OFFERED || offer.getStatus() == OfferStatus.TRIAL)
				.toList();
		if (open.isEmpty()) {
			return;
		}
		out.heading("What we offer");
		for (Offer offer : open) {
			out.paragraph(text(offer.getService()) + ": " + text(offer.getBenefit()) + " Free trial of "
					+ offer.getTrialDays() + " days" + (offer.getSwitchOffOn() == null ? ""
							: ", switched off on " + ReportText.date(offer.getSwitchOffOn()) + " unless bought")
					+ ". " + OfferReturn.of(offer).text());
		}
	}
}

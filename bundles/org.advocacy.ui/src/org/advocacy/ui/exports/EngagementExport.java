// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.exports;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Predicate;

import org.advocacy.core.exports.CustomerUpdateDraft;
import org.advocacy.core.exports.ExecutiveStatusReport;
import org.advocacy.core.exports.HtmlToPdf;
import org.advocacy.core.exports.MpxExporter;
import org.advocacy.core.exports.MsProjectXmlExporter;
import org.advocacy.core.exports.SituationSummaryReport;
import org.advocacy.model.Engagement;

/**
 * The engine's exports of an engagement, as File &gt; Export offers them under "Customer Advocacy": what each is
 * called, which formats it comes in, which engagements have something to export, and how its files are named.
 * The content itself comes from the headless engine ({@code org.advocacy.core.exports}).
 */
public enum EngagementExport {

	/** The Situation Summary as the whitepaper structures it. */
	SITUATION_SUMMARY("Situation Summary", "The executive summary, chronology, root causes, action plan and "
			+ "recommendations of each engagement.", engagement -> true,
			List.of(ExportFormat.text("HTML", "html",
					(engagement, options) -> new SituationSummaryReport(options.clock().getZone()).toHtml(engagement)),
					ExportFormat.text("Markdown", "md", (engagement, options) -> new SituationSummaryReport(
							options.clock().getZone()).toMarkdown(engagement)))),

	/** The one-page executive status a sponsor reads. */
	EXECUTIVE_STATUS("Executive One-Pager", "The colour code with its rationale, milestones, top risks and next "
			+ "steps of each engagement on one page.", engagement -> true,
			List.of(ExportFormat.text("HTML", "html",
					(engagement, options) -> new ExecutiveStatusReport().toHtml(engagement)),
					new ExportFormat("PDF", "pdf", (engagement, options) -> {
						String html = new ExecutiveStatusReport().toHtml(engagement);
						return out -> HtmlToPdf.render(html, out);
					}))),

	/** A written customer update, tailored to its audience. */
	CUSTOMER_UPDATE("Customer Update Draft", "A customer update for the chosen audience that stands alone: "
			+ "context, what the audience needs to know, next steps and the follow-up date.", engagement -> true,
			List.of(ExportFormat.text("Markdown", "md", (engagement, options) -> draft(engagement, options).toMarkdown()),
					ExportFormat.text("HTML", "html", (engagement, options) -> draft(engagement, options).toHtml()))),

	/** The get-well plan for Microsoft Project. */
	GET_WELL_PLAN("Get-Well Plan", "The get-well plan's phases, tasks, dependencies and owners for Microsoft "
			+ "Project. Only engagements with a get-well plan are listed.", engagement -> engagement.getGetWellPlan() != null,
			List.of(new ExportFormat("Microsoft Project XML", "xml", (engagement, options) -> {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				new MsProjectXmlExporter().write(engagement.getGetWellPlan(), bytes);
				return out -> bytes.writeTo(out);
			}), new ExportFormat("MPX", "mpx", (engagement, options) -> {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				new MpxExporter().write(engagement.getGetWellPlan(), bytes);
				return out -> bytes.writeTo(out);
			})));

	private final String title;
	private final String description;
	private final Predicate<Engagement> applies;
	private final List<ExportFormat> formats;

	EngagementExport(String title, String description, Predicate<Engagement> applies, List<ExportFormat> formats) {
		this.title = title;
		this.description = description;
		this.applies = applies;
		this.formats = formats;
	}

	private static CustomerUpdateDraft draft(Engagement engagement, ExportOptions options) {
		return new CustomerUpdateDraft(engagement, options.audience(), options.clock().instant(),
				options.clock().getZone());
	}

	/** @return the export's name, e.g. "Situation Summary" */
	public String title() {
		return title;
	}

	/** @return what the export contains */
	public String description() {
		return description;
	}

	/** @return the formats offered, the first being the default */
	public List<ExportFormat> formats() {
		return formats;
	}

	/** @return whether an engagement has something to export */
	public boolean appliesTo(Engagement engagement) {
		return applies.test(engagement);
	}

	/** @return whether the user chooses an audience (customer updates) */
	public boolean needsAudience() {
		return this == CUSTOMER_UPDATE;
	}

	/**
	 * @param engagement an engagement
	 * @param format     the format chosen
	 * @return the file name for the engagement, e.g. "ADV-0042 Situation Summary.html"; characters that are not
	 *         allowed in file names are replaced
	 */
	public String fileName(Engagement engagement, ExportFormat format) {
		String key = engagement.getKey() == null || engagement.getKey().isBlank() ? "Engagement" : engagement.getKey();
		return (key + " " + title).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "." + format.extension();
	}
}

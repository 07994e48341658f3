// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.util.Base64;
import java.util.List;

import org.advocacy.model.StatusColour;

/**
 * Writes a report as Markdown (CommonMark with GitHub tables). Everything users typed is escaped with
 * {@link MarkdownText}, so it shows as typed and cannot become a link, an image or raw HTML.
 */
public final class MarkdownReportWriter extends AbstractReportWriter {

	private final StringBuilder out = new StringBuilder(4096);

	@Override
	public void title(String text) {
		out.append("# ").append(MarkdownText.cell(text)).append("\n\n");
	}

	@Override
	public void heading(String text) {
		out.append("## ").append(MarkdownText.cell(text)).append("\n\n");
	}

	@Override
	public void paragraph(String text) {
		out.append(MarkdownText.escape(text).replace("\n", "  \n")).append("\n\n");
	}

	@Override
	public void field(String label, String value) {
		out.append("**").append(MarkdownText.cell(label)).append(":** ").append(MarkdownText.cell(value))
				.append("  \n");
	}

	@Override
	public void colourCode(StatusColour colour, String rationale) {
		out.append("\n**Colour code: ").append(colour == null ? "Not set" : ReportText.words(colour.getName()))
				.append("**");
		if (rationale != null && !rationale.isBlank()) {
			out.append(" \u2014 ").append(MarkdownText.cell(rationale));
		}
		out.append("\n\n");
	}

	@Override
	protected void bulletList(List<String> items) {
		items.forEach(item -> out.append("- ").append(MarkdownText.cell(item)).append('\n'));
		out.append('\n');
	}

	@Override
	protected void tableOf(List<String> headers, List<List<String>> rows) {
		out.append('|');
		headers.forEach(header -> out.append(' ').append(MarkdownText.cell(header)).append(" |"));
		out.append("\n|");
		headers.forEach(header -> out.append(" --- |"));
		out.append('\n');
		for (List<String> row : rows) {
			out.append('|');
			row.forEach(cell -> out.append(' ').append(MarkdownText.cell(SpreadsheetSafe.cell(cell))).append(" |"));
			out.append('\n');
		}
		out.append('\n');
	}

	@Override
	public String result() {
		return out.toString();
	}

	/** Embeds the image as a {@code data:} URI, which CommonMark renderers show inline. */
	@Override
	public void image(String caption, byte[] png) {
		out.append("![").append(MarkdownText.escape(caption)).append("](data:image/png;base64,")
				.append(Base64.getEncoder().encodeToString(png)).append(")\n\n");
	}

	@Override
	protected void none() {
		out.append("_None recorded._\n\n");
	}
}

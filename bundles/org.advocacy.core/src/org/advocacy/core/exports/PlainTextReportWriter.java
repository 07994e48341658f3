// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.StatusColour;

/**
 * Writes a report as plain text for pasting into an e-mail or a ticket: what users typed shows exactly as typed
 * (no escapes, no markup), headings are underlined, lists are dashed and tables are columns padded with spaces.
 * Control characters other than line breaks are dropped; table cells that a spreadsheet would run as a formula are
 * neutralised (see {@link SpreadsheetSafe}). Images cannot be embedded in plain text: their caption stands in their
 * place.
 */
public final class PlainTextReportWriter extends AbstractReportWriter {

	private static final String COLUMN_GAP = "  ";

	private final StringBuilder out = new StringBuilder(4096);

	/** The title on a line of its own: underlining it would wrap in the proportional fonts of e-mail. */
	@Override
	public void title(String text) {
		out.append(line(text)).append("\n\n");
	}

	@Override
	public void heading(String text) {
		String heading = line(text);
		out.append(heading).append('\n').append("-".repeat(Math.max(3, heading.length()))).append("\n\n");
	}

	@Override
	public void paragraph(String text) {
		out.append(clean(text)).append("\n\n");
	}

	@Override
	public void field(String label, String value) {
		out.append(line(label)).append(": ").append(line(value)).append('\n');
	}

	@Override
	public void colourCode(StatusColour colour, String rationale) {
		out.append("\nColour code: ").append(colour == null ? "Not set" : ReportText.words(colour.getName()));
		if (rationale != null && !rationale.isBlank()) {
			out.append(" \u2014 ").append(line(rationale));
		}
		out.append("\n\n");
	}

	@Override
	protected void bulletList(List<String> items) {
		items.forEach(item -> out.append("- ").append(line(item)).append('\n'));
		out.append('\n');
	}

	@Override
	protected void tableOf(List<String> headers, List<List<String>> rows) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(headers.stream().map(PlainTextReportWriter::line).toList());
		rows.forEach(row -> lines.add(row.stream().map(cell -> line(SpreadsheetSafe.cell(cell))).toList()));
		int[] widths = new int[headers.size()];
		for (List<String> cells : lines) {
			for (int column = 0; column < widths.length && column < cells.size(); column++) {
				widths[column] = Math.max(widths[column], cells.get(column).length());
			}
		}
		for (int index = 0; index < lines.size(); index++) {
			appendRow(lines.get(index), widths);
			if (index == 0) {
				List<String> rule = new ArrayList<>();
				for (int width : widths) {
					rule.add("-".repeat(width));
				}
				appendRow(rule, widths);
			}
		}
		out.append('\n');
	}

	@Override
	public void image(String caption, byte[] png) {
		out.append('[').append(line(caption)).append("]\n\n");
	}

	@Override
	public String result() {
		return out.toString();
	}

	private void appendRow(List<String> cells, int[] widths) {
		StringBuilder row = new StringBuilder();
		for (int column = 0; column < cells.size(); column++) {
			if (column > 0) {
				row.append(COLUMN_GAP);
			}
			String cell = cells.get(column);
			row.append(cell);
			if (column < widths.length) {
				row.append(" ".repeat(widths[column] - cell.length()));
			}
		}
		out.append(row.toString().stripTrailing()).append('\n');
	}

	@Override
	protected void none() {
		out.append("None recorded.\n\n");
	}

	/** @return the text with its line breaks as {@code \n} and without other control characters */
	private static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(text.length());
		String lines = text.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < lines.length(); i++) {
			char c = lines.charAt(i);
			if (c == '\t') {
				clean.append(' ');
			} else if (c == '\n' || !Character.isISOControl(c)) {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	/** @return the text on one line, for a heading, a list item or a table cell */
	private static String line(String text) {
		return clean(text).replaceAll("\\s*\\n+\\s*", " ").strip();
	}
}

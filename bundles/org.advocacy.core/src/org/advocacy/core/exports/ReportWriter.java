// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.util.List;

import org.advocacy.model.StatusColour;

/**
 * The building blocks of every report, so that a report's content is written once and rendered to HTML or
 * Markdown by the writer it is given. All text is passed as the user typed it; escaping is the writer's job, and
 * table cells that a spreadsheet would run as a formula are neutralised (see {@link SpreadsheetSafe}).
 */
public interface ReportWriter {

	/** The report's title; called once, first. */
	void title(String text);

	/** A section heading. */
	void heading(String text);

	/** A paragraph; line breaks in the text are kept. */
	void paragraph(String text);

	/** A labelled value, e.g. "Customer: Contoso". */
	void field(String label, String value);

	/** The colour code (Green, Yellow, Red) with the one-line rationale a sponsor reads. */
	void colourCode(StatusColour colour, String rationale);

	/** A bulleted list; an empty list reads "None recorded." */
	void bullets(List<String> items);

	/** A table with a header row; an empty table reads "None recorded." */
	void table(List<String> headers, List<List<String>> rows);

	/**
	 * An image the program drew (a chart), embedded in the document itself so it needs no file beside it and
	 * loads nothing from elsewhere.
	 *
	 * @param caption what the image shows; also its text alternative
	 * @param png     the image as PNG bytes
	 */
	void image(String caption, byte[] png);

	/** @return the finished document */
	String result();
}

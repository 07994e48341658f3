// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.advocacy.model.StatusColour;

/**
 * Writes a report as one self-contained HTML page that is also well-formed XHTML (so the PDF renderer can read it):
 * inline styles only, no scripts, no external resources, and a Content-Security-Policy that forbids loading any;
 * the only images are the program's own charts, embedded as {@code data:} URIs. A report that combines several
 * (a review pack with one status page per engagement) starts each further title on a new printed page; the first
 * title names the page. Everything users typed is entity-escaped with {@link HtmlText}.
 */
public final class HtmlReportWriter extends AbstractReportWriter {

	private static final String STYLE = """
			@page { size: A4; margin: 15mm; }
			body { font-family: sans-serif; font-size: 10pt; color: #222; }
			h1 { font-size: 16pt; margin: 0 0 6pt 0; }
			h2 { font-size: 12pt; margin: 12pt 0 4pt 0; border-bottom: 1px solid #999; }
			table { border-collapse: collapse; width: 100%; }
			th, td { border: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
			th { background: #eee; }
			.field-label { font-weight: bold; }
			.colour { padding: 4pt; font-weight: bold; }
			.colour-green { background: #c8e6c9; }
			.colour-yellow { background: #fff59d; }
			.colour-red { background: #ef9a9a; }
			.none { font-style: italic; color: #666; }
			h1.part { page-break-before: always; margin-top: 0; }
			figure { margin: 6pt 0; page-break-inside: avoid; }
			img.chart { max-width: 100%; border: 1px solid #ddd; }
			figcaption { font-size: 9pt; color: #555; }
			""";

	private final StringBuilder body = new StringBuilder(4096);
	private String title = "";
	private int parts;

	@Override
	public void title(String text) {
		if (parts++ == 0) {
			title = text;
			element("h1", text);
		} else {
			body.append("<h1 class=\"part\">").append(HtmlText.escape(text)).append("</h1>\n");
		}
	}

	@Override
	public void heading(String text) {
		element("h2", text);
	}

	@Override
	public void paragraph(String text) {
		body.append("<p>").append(HtmlText.escape(text).replace("\n", "<br/>")).append("</p>\n");
	}

	@Override
	public void field(String label, String value) {
		body.append("<p><span class=\"field-label\">").append(HtmlText.escape(label)).append(":</span> ")
				.append(HtmlText.escape(value)).append("</p>\n");
	}

	@Override
	public void colourCode(StatusColour colour, String rationale) {
		String name = colour == null ? "Not set" : ReportText.words(colour.getName());
		String css = colour == null ? "" : " colour-" + colour.getName().toLowerCase(Locale.ROOT);
		body.append("<p class=\"colour").append(css).append("\">Colour code: ").append(HtmlText.escape(name))
				.append(rationale == null || rationale.isBlank() ? "" : " \u2014 " + HtmlText.escape(rationale))
				.append("</p>\n");
	}

	@Override
	protected void bulletList(List<String> items) {
		body.append("<ul>\n");
		items.forEach(item -> element("li", item));
		body.append("</ul>\n");
	}

	@Override
	protected void tableOf(List<String> headers, List<List<String>> rows) {
		body.append("<table>\n<thead><tr>");
		headers.forEach(header -> body.append("<th>").append(HtmlText.escape(header)).append("</th>"));
		body.append("</tr></thead>\n<tbody>\n");
		for (List<String> row : rows) {
			body.append("<tr>");
			row.forEach(cell -> body.append("<td>").append(HtmlText.escape(SpreadsheetSafe.cell(cell))).append("</td>"));
			body.append("</tr>\n");
		}
		body.append("</tbody>\n</table>\n");
	}

	@Override
	public void image(String caption, byte[] png) {
		body.append("<figure><img class=\"chart\" alt=\"").append(HtmlText.escape(caption))
				.append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
				.append("\"/><figcaption>").append(HtmlText.escape(caption)).append("</figcaption></figure>\n");
	}

	@Override
	public String result() {
		return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
				+ "<meta charset=\"UTF-8\"/>\n"
				+ "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"/>\n"
				+ "<title>" + HtmlText.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
				+ body + "</body>\n</html>\n";
	}

	private void element(String name, String text) {
		body.append('<').append(name).append('>').append(HtmlText.escape(text)).append("</").append(name).append(">\n");
	}

	@Override
	protected void none() {
		body.append("<p class=\"none\">None recorded.</p>\n");
	}
}

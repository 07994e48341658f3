// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.advocacy.core.exports.SituationSummaryReportTest.assertInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.Engagement;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-page executive status shows the engagement's colour code with its rationale (here the advocate's
 * override), the milestones, the top risks by exposure and the next steps, as HTML and as a PDF rendered from the
 * same page.
 */
class ExecutiveStatusReportTest {

	private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

	private final Engagement engagement = ExportFixture.engagement();

	@TempDir
	Path folder;

	@Test
	void htmlShowsColourMilestonesTopRisksAndNextSteps() {
		String html = new ExecutiveStatusReport(new EngagementColours(NOW)).toHtml(engagement);

		assertTrue(html.contains("class=\"colour colour-yellow\">Colour code: Yellow \u2014 "
				+ "Yellow (set by Rita Advocate): Scheduler patch slipped"), html);
		assertInOrder(html, "Milestones", "Upgrade tested", "2026-11-30", "Batch stable", "2026-12-02");
		assertInOrder(html, "Top risks", "Data loss on rollback", "<td>9</td>", "Vendor patch late", "<td>6</td>",
				"Staff on holiday", "<td>1</td>");
		assertInOrder(html, "Next steps", "Write post-mortem", "Roll back scheduler", "Patch scheduler");
		assertFalse(html.contains("Collect logs"), "done action items are not next steps");
	}

	@Test
	void pdfIsRenderedFromTheHtmlAndReadableByPdfBox() throws IOException {
		engagement.setTitle("Nightly batch failures " + ExportFixture.SCRIPT
				+ "<img src=\"http://evil.example/x.png\"/><link rel=\"stylesheet\" href=\"file:///etc/passwd\"/>");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		new ExecutiveStatusReport(new EngagementColours(NOW)).toPdf(engagement, pdf);

		byte[] bytes = pdf.toByteArray();
		assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertEquals(1, document.getNumberOfPages(), "the executive status fits on one page");
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("ADV-0042"), text);
			assertTrue(text.contains("Colour code: Yellow"), text);
			assertTrue(text.contains("Data loss on rollback"), text);
			assertTrue(text.replaceAll("\\s", "").contains("<script>alert(1)</script><imgsrc="),
					"hostile text is shown as text: " + text);
		}
	}

	@Test
	void pdfRendererReadsNoFileAndNoStyleSheetOutsideThePage() throws IOException {
		Path css = Files.writeString(folder.resolve("leak.css"), "body::before { content: \"LEAKED\"; }");
		String page = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><link rel=\"stylesheet\" href=\""
				+ css.toUri() + "\"/></head><body><p>Visible</p><img src=\"" + css.toUri() + "\"/></body></html>";
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		HtmlToPdf.render(page, pdf);

		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("Visible"), text);
			assertFalse(text.contains("LEAKED"), "the external style sheet must not be read: " + text);
		}
	}
}

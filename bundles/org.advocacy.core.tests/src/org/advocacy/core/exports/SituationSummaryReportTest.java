// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;

import org.advocacy.model.Engagement;
import org.junit.jupiter.api.Test;

/**
 * The Situation Summary export shows every section of the whitepaper, the chronology in time order, and what users
 * typed exactly as typed: never as markup, a link or a spreadsheet formula.
 */
class SituationSummaryReportTest {

	private final Engagement engagement = ExportFixture.engagement();
	private final SituationSummaryReport report = new SituationSummaryReport(ZoneOffset.UTC);

	@Test
	void htmlHasEverySectionAndTheChronologyInTimeOrder() {
		String html = report.toHtml(engagement);

		assertInOrder(html, "Executive summary", "Chronology", "Root causes", "Contributing factors", "Action plan",
				"Recommendations");
		assertInOrder(html, "2026-11-07 02:00", "First nightly failure", "2026-11-08 02:00", "Second failure",
				"2026-11-09 02:00", "Third nightly failure");
		assertTrue(html.contains("<td>Product</td><td>Engineering</td>"), "root cause category and owning area");
		assertTrue(html.contains("<td>Three teams paged at 2 a.m.</td><td>Firm</td><td>Yes</td>"),
				"contributing factor owner and swirl");
		assertTrue(html.contains("<td>Roll back scheduler</td><td>Sam Owner</td><td>2026-11-26</td><td>In progress</td>"));
	}

	@Test
	void htmlEscapesScriptsAndNeutralisesFormulas() {
		String html = report.toHtml(engagement);

		assertFalse(html.contains("<script"), html);
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertTrue(html.contains("<td>&#39;=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)</td>"), html);
		assertTrue(html.contains("Contoso &amp; Sons"));
	}

	@Test
	void markdownHasTheChronologyInTimeOrderAndEscapesHostileText() {
		String markdown = report.toMarkdown(engagement);

		assertInOrder(markdown, "First nightly failure", "Second failure", "Third nightly failure");
		assertFalse(markdown.contains("<script>"), markdown);
		assertTrue(markdown.contains("\\<script\\>alert\\(1\\)\\</script\\>"), markdown);
		assertTrue(markdown.contains("\\*retry\\* \\[ignored\\]\\(http://x\\)"), "no emphasis and no link");
		assertTrue(markdown.contains("| '=HYPERLINK\\(\"http://evil.example\",\"click\"\\) |"), markdown);
	}

	@Test
	void markdownEscapesLineStartsThatWouldBecomeListsOrHeadings() {
		assertTrue(MarkdownText.escape("- not a list\n1. not numbered\n# not a heading").equals(
				"\\- not a list\n1\\. not numbered\n\\# not a heading"));
	}

	static void assertInOrder(String text, String... parts) {
		int from = 0;
		for (String part : parts) {
			int at = text.indexOf(part, from);
			assertTrue(at >= 0, "\"" + part + "\" missing or out of order in:\n" + text);
			from = at + part.length();
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.advocacy.core.exports.SituationSummaryReportTest.assertInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.advocacy.model.Audience;
import org.advocacy.model.Engagement;
import org.advocacy.model.Urgency;
import org.junit.jupiter.api.Test;

/**
 * Each customer update stands alone: an opening with the topic, what was agreed and the purpose; the section its
 * audience needs; and a closing with next steps and the date the advocate follows up, from the segment's cadence.
 */
class CustomerUpdateDraftTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final String FOLLOW_UP = "If I don't hear back by Thursday 26 November 2026, 11:00 CET, I will follow up.";

	private final Engagement engagement = ExportFixture.engagement();

	@Test
	void managementGetsBusinessImpactNumbersOptionsAndRecommendation() {
		String draft = draft(Audience.MANAGEMENT);

		assertOpeningAndClosing(draft);
		assertInOrder(draft, "## Business impact", "unable to bill customers", "We work on this during business hours; it has been open 14 days", "Colour code: Yellow",
				"## The numbers", "0 of 3 plan tasks complete", "2 open action items", "10\\.0 hours of effort; cost so far 1,500.00",
				"## Options", "Stage upgrades on a copy of the batch: Catches failures", "## Our recommendation",
				"Stage upgrades on a copy of the batch");
	}

	@Test
	void engineerGetsChronologyAndRootCauses() {
		String draft = draft(Audience.ENGINEER);

		assertOpeningAndClosing(draft);
		assertInOrder(draft, "## Technical detail", "## Chronology", "First nightly failure", "Third nightly failure",
				"## Root causes", "\\<script\\>", "Product", "Engineering");
		assertFalse(draft.contains("## Business impact"));
	}

	@Test
	void administrativeReadersGetWhatItMeansAndHowTo() {
		String draft = draft(Audience.ADMINISTRATIVE);

		assertOpeningAndClosing(draft);
		assertInOrder(draft, "## What this means for you", "A risk may delay the plan", "Upgrade tested: 2026-11-30",
				"## How to reach us", "Your advocate: Rita Advocate, rita@example.com", "quote the reference ADV-0042");
		assertFalse(draft.contains("## Chronology"));
	}

	@Test
	void followUpComesFromTheSegmentCadenceForTheUrgency() {
		CustomerUpdateDraft businessHours = new CustomerUpdateDraft(engagement, Audience.MANAGEMENT,
				ExportFixture.NOW, BERLIN);
		assertEquals(Instant.parse("2026-11-26T10:00:00Z"), businessHours.followUpBy());

		engagement.setUrgency(Urgency.URGENT_24X7);
		CustomerUpdateDraft urgent = new CustomerUpdateDraft(engagement, Audience.MANAGEMENT, ExportFixture.NOW, BERLIN);
		assertEquals(Instant.parse("2026-11-24T14:00:00Z"), urgent.followUpBy());

		engagement.getCustomer().setSegment(null);
		CustomerUpdateDraft withoutTarget = new CustomerUpdateDraft(engagement, Audience.MANAGEMENT, ExportFixture.NOW,
				BERLIN);
		assertEquals(ExportFixture.NOW.plus(Duration.ofDays(1)), withoutTarget.followUpBy(), "daily without a target");
	}

	@Test
	void htmlDraftEscapesWhatUsersTyped() {
		String html = new CustomerUpdateDraft(engagement, Audience.ENGINEER, ExportFixture.NOW, BERLIN).toHtml();

		assertFalse(html.contains("<script"));
		assertTrue(html.contains("If I don&#39;t hear back by Thursday 26 November 2026, 11:00 CET"), html);
	}

	@Test
	void plainTextDraftShowsWhatUsersTypedWithoutEscapesAndHasEverySection() {
		for (Audience audience : Audience.values()) {
			CustomerUpdateDraft draft = new CustomerUpdateDraft(engagement, audience, ExportFixture.NOW, BERLIN);
			String text = draft.toPlainText();

			assertFalse(text.contains("\\"), audience + ": no backslash escapes\n" + text);
			assertFalse(text.contains("**") || text.contains("## "), audience + ": no Markdown markup\n" + text);
			assertTrue(text.startsWith(draft.subject() + "\n\n"), "the subject, on a line of its own: " + text);
			assertInOrder(text, "Update on Nightly batch failures (ADV-0042)", "Where we are\n------------",
					"This update is about Nightly batch failures for Contoso & Sons",
					"we agreed that this work is complete when", "- Five consecutive clean nightly runs",
					"The purpose of this update", "Next steps\n----------",
					"- Write post-mortem (Rita Advocate, by 2026-11-25)", FOLLOW_UP);
			for (String heading : headings(new CustomerUpdateDraft(engagement, audience, ExportFixture.NOW, BERLIN)
					.toMarkdown())) {
				assertTrue(text.contains("\n" + heading + "\n---"), audience + ": the section " + heading + "\n" + text);
			}
		}
	}

	@Test
	void plainTextTablesAreAlignedColumnsWithWhatUsersTyped() {
		String text = new CustomerUpdateDraft(engagement, Audience.ENGINEER, ExportFixture.NOW, BERLIN).toPlainText();

		assertInOrder(text, "Chronology\n----------", "First nightly failure", "Root causes\n-----------", "<script>");
	}

	/** @return the section headings of a Markdown draft, unescaped */
	private static List<String> headings(String markdown) {
		return markdown.lines().filter(line -> line.startsWith("## "))
				.map(line -> line.substring(3).replaceAll("\\\\(.)", "$1")).toList();
	}

	private String draft(Audience audience) {
		return new CustomerUpdateDraft(engagement, audience, ExportFixture.NOW, BERLIN).toMarkdown();
	}

	private static void assertOpeningAndClosing(String draft) {
		assertInOrder(draft, "# Update on Nightly batch failures \\(ADV-0042\\)", "## Where we are",
				"This update is about Nightly batch failures for Contoso \\& Sons", "we agreed that this work is complete when",
				"Five consecutive clean nightly runs", "The purpose of this update", "## Next steps",
				"Write post-mortem \\(Rita Advocate, by 2026-11-25\\)", FOLLOW_UP);
	}
}

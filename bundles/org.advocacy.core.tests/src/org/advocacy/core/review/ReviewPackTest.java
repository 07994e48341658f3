// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.advocacy.core.commands.AgendaCommands;
import org.advocacy.core.exports.HtmlText;
import org.advocacy.core.exports.PlainTextReportWriter;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.tests.harness.StandardSample;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review pack holds the agenda (as edited), the charts as embedded images, the commitments and every open
 * engagement with its one-page status, as HTML and as PDF.
 */
class ReviewPackTest {

	/** An hour after the sample was generated. */
	private static final Instant NOW = StandardSample.NOW.plusSeconds(3600);
	/** Three 4 × 4 PNGs (red, green, blue) standing in for the charts the user interface draws. */
	private static final List<ChartImage> CHARTS = List.of(
			chart("Customers per engagement",
					"iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGM4r6QHRwzEcQDcsxHxygEUwQAAAABJRU5ErkJggg=="),
			chart("Engagements by reason",
					"iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGPQW+AMRwzEcQC6kxERYWtwUwAAAABJRU5ErkJggg=="),
			chart("Duration, open and closed",
					"iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGOQz98ERwzEcQD/ExQBNkXwGwAAAABJRU5ErkJggg=="));

	private static ChartImage chart(String title, String base64) {
		return new ChartImage(title, Base64.getDecoder().decode(base64));
	}

	private AdvocacyRepository repository;
	private List<Engagement> open;

	@BeforeEach
	void generateSample() {
		repository = StandardSample.generate();
		open = new ArrayList<>();
		EngagementBoard.of(repository, new ReviewAgendaPlanner().prepare(repository, NOW)).colours()
				.forEach(colour -> colour.states().forEach(state -> state.cards()
						.forEach(card -> open.add(card.engagement()))));
	}

	@Test
	void offersOnTrialOrDecidedAreListedWithTheirReturn() {
		String pack = new ReviewPack(repository, NOW, ZoneOffset.UTC).write(new PlainTextReportWriter(), List.of());
		long offers = repository.getEngagements().stream().mapToLong(engagement -> engagement.getOffers().size()).sum();
		assertTrue(offers > 0, "the sample offers services");
		assertTrue(pack.contains("Offers and trials (" + offers + ")"), pack);
		assertTrue(pack.contains("Proactive monitoring service with 24x7 alerting"), pack);
		assertTrue(pack.contains("times the investment."), pack);
	}

	private String html() {
		return new ReviewPack(repository, NOW, ZoneOffset.UTC).toHtml(CHARTS);
	}

	@Test
	void htmlHasEveryOpenEngagementWithItsStatusTheAgendaAndTheCommitments() {
		String html = html();

		assertFalse(open.isEmpty(), "the sample has open engagements");
		for (Engagement engagement : open) {
			assertTrue(html.contains("Executive status: " + HtmlText.escape(engagement.getKey())),
					"one-page status of " + engagement.getKey());
		}
		for (String heading : List.of("Agenda: new situations", "Agenda: updates on open engagements",
				"Agenda: closures to confirm", "Agenda: overdue root-cause commitments", "Root-cause commitments",
				"Customers per engagement", "Duration of engagements", "By reason for engagement",
				"Open engagements (" + open.size() + ")")) {
			assertTrue(html.contains(heading), "the pack has " + heading);
		}
		repository.getReviews().forEach(review -> review.getCommitments().forEach(commitment -> assertTrue(
				html.contains(HtmlText.escape(commitment.getCommitment())), "commitment " + commitment.getCommitment())));
	}

	@Test
	void chartsAreEmbeddedAsDataImagesAndNothingElseMayLoad() {
		String html = html();

		Matcher images = Pattern.compile("<img class=\"chart\" alt=\"([^\"]*)\" src=\"data:image/png;base64,([^\"]+)\"/>")
				.matcher(html);
		List<String> shown = new ArrayList<>();
		while (images.find()) {
			shown.add(images.group(1));
			assertEquals(CHARTS.get(shown.size() - 1).png().length, Base64.getDecoder().decode(images.group(2)).length);
		}
		assertEquals(CHARTS.stream().map(ChartImage::title).toList(), shown, "every chart, in order, as an image");
		assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""),
				"images from data: URIs only, nothing external");
		assertFalse(html.contains("src=\"http") || html.contains("src=\"file"), "no external image");
	}

	@Test
	void pdfHasAPagePerOpenEngagementTheirTextAndTheChartImages() throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		ReviewPack.toPdf(html(), pdf);

		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertTrue(document.getNumberOfPages() > open.size(),
					"the pack's own pages, then one status page per open engagement: " + document.getNumberOfPages());
			String text = new PDFTextStripper().getText(document);
			for (Engagement engagement : open) {
				assertTrue(text.contains("Executive status: " + engagement.getKey()), engagement.getKey());
			}
			assertTrue(text.contains("Root-cause commitments"));
			int images = 0;
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().isImageXObject(name)) {
						images++;
					}
				}
			}
			assertEquals(CHARTS.size(), images, "the charts are images in the PDF");
		}
	}

	@Test
	void anEditedAgendaIsThePacksAgendaWithItsNotesAndAttendees() {
		ReviewAgenda agenda = new ReviewAgendaPlanner().prepare(repository, NOW);
		EditingDomain domain = CommandCheck.domain();
		AgendaCommands commands = new AgendaCommands(domain, repository, agenda);
		Engagement update = agenda.updates().get(0).engagement();
		Engagement removed = agenda.updates().get(1).engagement();
		domain.getCommandStack().execute(commands.setNotes(update, "Sponsor asks for a <b>weekly</b> call"));
		domain.getCommandStack().execute(commands.removeEngagement(removed));

		String html = html();

		assertTrue(html.contains("Sponsor asks for a &lt;b&gt;weekly&lt;/b&gt; call"), "the item's notes, escaped");
		assertTrue(html.contains("Attendees (" + AgendaDraft.find(repository).orElseThrow().getAttendees().size() + ")"));
		assertTrue(html.contains("Agenda: updates on open engagements ("
				+ AgendaDraft.items(AgendaDraft.find(repository).orElseThrow(), ReviewItemKind.UPDATE).size() + ")"));
		String agendaPart = html.substring(html.indexOf("Agenda: updates"), html.indexOf("Agenda: closures"));
		assertFalse(agendaPart.contains(">" + removed.getKey() + "<"), "the removed engagement is off the agenda");
	}
}

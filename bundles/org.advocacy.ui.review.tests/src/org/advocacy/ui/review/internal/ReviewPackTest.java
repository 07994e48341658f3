// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.NOW;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.session;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.showPerspective;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.advocacy.core.exports.HtmlText;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review pack holds every open engagement, the agenda and the commitments, as HTML with chart images. */
class ReviewPackTest {

	@TempDir
	Path folder;

	private AdvocacyRepository repository;

	@BeforeEach
	void openSample() throws Exception {
		repository = ReviewWorkbenchFixture.openSample(folder);
	}

	@Test
	void packContainsEveryOpenEngagementWithItsStatusAndTheAgenda() {
		String html = new ReviewPack(repository, NOW).toHtml();
		EngagementBoard board = EngagementBoard.of(repository, new ReviewAgendaPlanner().prepare(repository, NOW));

		assertTrue(board.count() > 0);
		board.colours().forEach(colour -> colour.states().forEach(state -> state.cards().forEach(card -> {
			Engagement engagement = card.engagement();
			assertTrue(html.contains("Executive status: " + HtmlText.escape(engagement.getKey())),
					"one-page status of " + engagement.getKey());
		})));
		for (String heading : List.of("Agenda: new situations", "Agenda: updates on open engagements",
				"Agenda: closures to confirm", "Root-cause commitments", "Customers per engagement",
				"Duration of engagements", "By reason for engagement")) {
			assertTrue(html.contains(heading), "the pack has " + heading);
		}
		repository.getReviews().forEach(review -> review.getCommitments().forEach(commitment -> assertTrue(
				html.contains(HtmlText.escape(commitment.getCommitment())), "commitment " + commitment.getCommitment())));
	}

	@Test
	void exportWritesHtmlWithTheChartImages() throws Exception {
		showPerspective();
		ReviewAgendaView agenda = view(ReviewAgendaView.ID);

		List<Path> written = agenda.getExport().export(session(), folder.resolve("pack.html"));
		assertEquals(6, written.size(), "the page and the five charts");
		assertTrue(Files.readString(written.get(0), StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
		for (Path image : written.subList(1, written.size())) {
			byte[] png = Files.readAllBytes(image);
			assertTrue(png.length > 100 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', image + " is a PNG");
		}
	}
}

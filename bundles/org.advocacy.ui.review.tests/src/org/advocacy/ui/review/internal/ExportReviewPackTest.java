// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import static org.advocacy.tests.harness.ui.DisplayEvents.waitUntil;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.NOW;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.showPerspective;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.advocacy.core.exports.HtmlText;
import org.advocacy.core.review.ChartImage;
import org.advocacy.core.review.Dimension;
import org.advocacy.core.review.EngagementBoard;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.review.ReviewPack;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.ui.OpenSample;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Review Agenda view's export writes the review pack as HTML and PDF into a folder, from a background job,
 * with the five charts drawn offscreen and embedded, and every open engagement's status.
 */
@ExtendWith(OpenSample.class)
class ExportReviewPackTest {

	@TempDir
	Path folder;

	private AdvocacyRepository repository;

	@BeforeEach
	void takeTheOpenSample() {
		repository = session().getRepository();
	}

	@Test
	void exportWritesHtmlAndPdfWithTheChartsAndEveryOpenEngagement() throws Exception {
		showPerspective();
		ReviewAgendaView agenda = view(ReviewAgendaView.ID);
		Path out = Files.createDirectory(folder.resolve("pack"));

		Job job = agenda.getExport().export(session(), out);
		// the job never needs the UI thread, and the UI thread stays free meanwhile
		waitUntil("the export job finished (a stuck PDF library would hang it)", () -> job.getResult() != null);

		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		List<Path> files;
		try (var listing = Files.list(out)) {
			files = listing.sorted().toList();
		}
		assertEquals(2, files.size(), "the page and the PDF: " + files);
		String html = Files.readString(files.get(0), StandardCharsets.UTF_8);
		assertTrue(files.get(0).getFileName().toString().matches("review-pack-\\d{4}-\\d{2}-\\d{2}\\.html"));
		Matcher images = Pattern.compile("<img class=\"chart\" alt=\"[^\"]*\" src=\"data:image/png;base64,([^\"]+)\"/>")
				.matcher(html);
		List<byte[]> charts = new ArrayList<>();
		while (images.find()) {
			charts.add(Base64.getDecoder().decode(images.group(1)));
		}
		assertEquals(5, charts.size(), "the five metric charts as images");
		for (byte[] png : charts) {
			assertTrue(colours(new ImageData(new ByteArrayInputStream(png))) > 3,
					"a chart image shows a drawn chart, not a blank area");
		}
		EngagementBoard.of(repository, new ReviewAgendaPlanner().prepare(repository, NOW)).colours()
				.forEach(colour -> colour.states().forEach(state -> state.cards().forEach(card -> {
					Engagement engagement = card.engagement();
					assertTrue(html.contains("Executive status: " + HtmlText.escape(engagement.getKey())),
							engagement.getKey());
				})));
		byte[] pdf = Files.readAllBytes(files.get(1));
		assertTrue(files.get(1).getFileName().toString().endsWith(".pdf"));
		assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-") && pdf.length > 20_000,
				"a PDF with the embedded images: " + pdf.length + " bytes");
	}

	@Test
	void chartImagesAreTheChartsOfThePacksMetrics() {
		ReviewPack pack = new ReviewPack(repository, NOW, java.time.ZoneOffset.UTC);
		List<BarChartData> data = MetricsCharts.all(pack.metrics(), Dimension.SEGMENT);

		List<ChartImage> images = ChartImages.draw(Display.getCurrent(), data);

		assertEquals(data.stream().map(BarChartData::title).toList(), images.stream().map(ChartImage::title).toList());
		for (ChartImage image : images) {
			ImageData decoded = new ImageData(new ByteArrayInputStream(image.png()));
			assertEquals(ChartImages.WIDTH, decoded.width);
			assertEquals(ChartImages.HEIGHT, decoded.height);
		}
	}

	/** @return how many distinct pixel values a sample of the image has */
	private static int colours(ImageData image) {
		Set<Integer> seen = new HashSet<>();
		for (int y = 0; y < image.height; y += 3) {
			for (int x = 0; x < image.width; x += 3) {
				seen.add(image.getPixel(x, y));
			}
		}
		return seen.size();
	}
}

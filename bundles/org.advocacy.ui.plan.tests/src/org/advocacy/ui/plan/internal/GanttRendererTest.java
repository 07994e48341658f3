// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.advocacy.model.StatusColour;
import org.advocacy.ui.plan.TestPlans;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The renderer draws bars where the dates say, critical tasks in the critical colour, and links between bars. */
class GanttRendererTest {

	private static final double DAY = 20;
	private static final int HEADER = 30;
	private static final int ROW = 24;
	/** ChartImage starts seven days before the first date drawn. */
	private static final LocalDate ORIGIN = TestPlans.MONDAY.minusDays(7);

	private final TestPlans fixture = new TestPlans();
	private GanttResources resources;
	private Image image;
	private ImageData pixels;
	private GanttRows rows;
	private TimeScale scale;

	@BeforeEach
	void render() {
		Display display = Display.getDefault();
		resources = new GanttResources(display);
		rows = GanttRows.of(fixture.plan, TestPlans.MONDAY_NOON);
		image = ChartImage.render(display, resources, rows, DAY, HEADER, ROW, TestPlans.MONDAY.plusDays(1));
		pixels = image.getImageData();
		scale = new TimeScale(ORIGIN, DAY, 0);
	}

	@AfterEach
	void dispose() {
		image.dispose();
		resources.dispose();
	}

	@Test
	void theEngineSchedulesTheFixtureAsExpected() {
		assertTrue(rows.row(rows.rowOf(fixture.analyse)).isCritical());
		assertTrue(rows.row(rows.rowOf(fixture.fix)).isCritical());
		assertTrue(!rows.row(rows.rowOf(fixture.inform)).isCritical());
		assertEquals(StatusColour.GREEN, rows.colour().colour());
	}

	@Test
	void aCriticalBarSpansItsDatesInTheCriticalColour() {
		int y = middleOf(fixture.analyse);
		int start = scale.x(LocalDate.of(2026, 1, 5));
		int end = scale.x(LocalDate.of(2026, 1, 8));

		assertEquals(resources.criticalBar.getRGB(), rgb(start + 3, y - 4));
		assertEquals(resources.criticalBar.getRGB(), rgb(end - 3, y - 4));
		assertNotBar(rgb(start - 3, y - 4));
		assertNotBar(rgb(end + 3, y - 4));
	}

	@Test
	void aTaskWithSlackIsDrawnInTheNormalColourWithItsSlackAfterIt() {
		int y = middleOf(fixture.inform);
		int start = scale.x(TestPlans.MONDAY);

		assertEquals(resources.bar.getRGB(), rgb(start + 10, y - 4));
		assertNotBar(rgb(scale.x(TestPlans.MONDAY.plusDays(1)) + 3, y - 4));
	}

	@Test
	void theCriticalLinkRunsFromTheEndOfItsPredecessorToTheStartOfItsSuccessor() {
		// Analyse ends where Fix starts (Thu 8 Jan): the arrow drops just left of that boundary
		int x = scale.x(LocalDate.of(2026, 1, 8)) - 3;
		int between = HEADER + (rows.rowOf(fixture.fix)) * ROW;
		boolean found = false;
		for (int dx = -1; dx <= 1; dx++) {
			for (int dy = -1; dy <= 1; dy++) {
				found |= close(resources.criticalBar.getRGB(), rgb(x + dx, between + dy));
			}
		}
		assertTrue(found, "a critical-coloured vertical segment between the two bars");
	}

	@Test
	void theMilestoneDiamondSitsAtTheEndOfItsDay() {
		int x = scale.x(LocalDate.of(2026, 1, 10)); // end of Friday 9 January
		assertEquals(resources.criticalProgress.getRGB(), rgb(x, middleOf(fixture.goLive)));
	}

	@Test
	void weekendsAreShaded() {
		int saturday = scale.x(LocalDate.of(2026, 1, 10)) + 10;
		int y = HEADER + rows.size() * ROW + 2;
		assertEquals(resources.nonWorking.getRGB(), rgb(saturday, y));
		assertEquals(resources.background.getRGB(), rgb(scale.x(LocalDate.of(2026, 1, 13)) + 10, y));
	}

	private int middleOf(org.advocacy.model.PlanTask task) {
		return HEADER + rows.rowOf(task) * ROW + ROW / 2;
	}

	private RGB rgb(int x, int y) {
		return pixels.palette.getRGB(pixels.getPixel(x, y));
	}

	private void assertNotBar(RGB actual) {
		assertNotEquals(resources.criticalBar.getRGB(), actual);
		assertNotEquals(resources.bar.getRGB(), actual);
	}

	private static boolean close(RGB expected, RGB actual) {
		return Math.abs(expected.red - actual.red) + Math.abs(expected.green - actual.green)
				+ Math.abs(expected.blue - actual.blue) < 60;
	}
}

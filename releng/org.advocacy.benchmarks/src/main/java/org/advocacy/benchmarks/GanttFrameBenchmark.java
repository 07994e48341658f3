// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.advocacy.tests.harness.SyntheticPlans;
import org.advocacy.ui.plan.internal.GanttRenderer;
import org.advocacy.ui.plan.internal.GanttResources;
import org.advocacy.ui.plan.internal.GanttRows;
import org.advocacy.ui.plan.internal.TimeScale;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One 1200 × 800 frame of the Gantt timeline painted offscreen (GC on an Image): a 10,000-task / 20,000-link plan
 * against a 100-task plan as the baseline. Painting is virtualized, so the ratio should stay ≤ 1.5. Needs an X
 * display (run the bench profile under xvfb-run).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GanttFrameBenchmark {

	private static final int WIDTH = 1200;
	private static final int HEIGHT = 800;
	private static final int HEADER = 28;
	private static final int ROW = 22;

	private Display display;
	private GanttResources resources;
	private GanttRenderer renderer;
	private GanttRows small;
	private GanttRows large;
	private TimeScale scale;
	private Image image;
	private GC gc;
	private final Rectangle frame = new Rectangle(0, 0, WIDTH, HEIGHT);
	private final GanttRenderer.Viewport viewport = new GanttRenderer.Viewport(HEADER, ROW, 0, HEADER);

	/** Schedules both plans once and prepares the offscreen image. */
	@Setup(Level.Trial)
	public void prepare() {
		display = Display.getDefault();
		resources = new GanttResources(display);
		renderer = new GanttRenderer(resources);
		Instant now = SyntheticPlans.START.plusDays(20).atTime(12, 0).toInstant(ZoneOffset.UTC);
		small = GanttRows.of(SyntheticPlans.large(100, 200, 42), now);
		large = GanttRows.of(SyntheticPlans.large(10_000, 20_000, 42), now);
		scale = new TimeScale(SyntheticPlans.START, TimeScale.Zoom.WEEK.pixelsPerDay(), 0);
		image = new Image(display, WIDTH, HEIGHT);
		gc = new GC(image);
		Heap.settle();
	}

	/** Releases the SWT resources. */
	@TearDown(Level.Trial)
	public void release() {
		gc.dispose();
		image.dispose();
		resources.dispose();
		display.dispose();
	}

	/** Paints a frame of the 100-task plan: the baseline. */
	@Benchmark
	public void baseline() {
		renderer.paint(gc, frame, small, scale, viewport, GanttRenderer.Overlay.of(SyntheticPlans.START));
	}

	/** Paints a frame of the 10,000-task plan. */
	@Benchmark
	public void tenThousandTasks() {
		renderer.paint(gc, frame, large, scale, viewport, GanttRenderer.Overlay.of(SyntheticPlans.START));
	}
}

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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One 1200 × 800 frame of the Gantt timeline painted offscreen (GC on an Image): a 10,000-task / 20,000-link plan
 * against a 100-task plan as the baseline. Painting is virtualized, so the ratio should stay ≤ 1.5. Needs an X
 * display (run the bench profile under xvfb-run).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GanttFrameBenchmark extends OffscreenPaintBenchmark {

	private static final int WIDTH = 1200;
	private static final int HEIGHT = 800;
	private static final int HEADER = 28;
	private static final int ROW = 22;

	private GanttRenderer renderer;
	private GanttRows small;
	private GanttRows large;
	private TimeScale scale;
	private final GanttRenderer.Viewport viewport = new GanttRenderer.Viewport(HEADER, ROW, 0, HEADER);

	/** Schedules both plans once and prepares the offscreen image. */
	@Setup(Level.Trial)
	public void prepare() {
		openFrame(WIDTH, HEIGHT);
		renderer = new GanttRenderer(resources(GanttResources::new, GanttResources::dispose));
		Instant now = SyntheticPlans.START.plusDays(20).atTime(12, 0).toInstant(ZoneOffset.UTC);
		small = GanttRows.of(SyntheticPlans.large(100, 200, 42), now);
		large = GanttRows.of(SyntheticPlans.large(10_000, 20_000, 42), now);
		scale = new TimeScale(SyntheticPlans.START, TimeScale.Zoom.WEEK.pixelsPerDay(), 0);
		Heap.settle();
	}

	/** Paints a frame of the 100-task plan: the baseline. */
	@Benchmark
	public void baseline() {
		renderer.paint(gc(), bounds(), small, scale, viewport, GanttRenderer.Overlay.of(SyntheticPlans.START));
	}

	/** Paints a frame of the 10,000-task plan. */
	@Benchmark
	public void tenThousandTasks() {
		renderer.paint(gc(), bounds(), large, scale, viewport, GanttRenderer.Overlay.of(SyntheticPlans.START));
	}
}

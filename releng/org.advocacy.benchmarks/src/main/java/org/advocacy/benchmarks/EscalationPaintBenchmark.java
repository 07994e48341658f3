// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import static org.advocacy.tests.harness.StandardSample.NOW;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.advocacy.layout.GraphLayout;
import org.advocacy.layout.GraphNode;
import org.advocacy.layout.OrganizationGraphBuilder;
import org.advocacy.layout.OrganizationLayouter;
import org.advocacy.layout.PersonPresence;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.tests.harness.SyntheticOrganizations;
import org.advocacy.ui.escalation.GraphRenderer;
import org.advocacy.ui.escalation.GraphResources;
import org.advocacy.ui.escalation.GraphScene;
import org.advocacy.ui.escalation.Viewport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Painting the visible part (1200 × 800 at 100 %) of the laid-out escalation graph of a 1,000-person / 150-area
 * organization, against the same frame of a 7-area organization as the baseline: only what is visible is drawn.
 * Needs an X display (run the bench profile under xvfb-run).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EscalationPaintBenchmark extends OffscreenPaintBenchmark {

	private GraphRenderer renderer;
	private GraphScene small;
	private GraphScene large;
	private final Viewport viewport = new Viewport(1, 0, 0);

	/** Lays out both organizations once and prepares the offscreen image. */
	@Setup(Level.Trial)
	public void prepare() {
		openFrame(1200, 800);
		renderer = new GraphRenderer(resources(GraphResources::new, GraphResources::dispose));
		small = scene(SyntheticOrganizations.large(7, 40, NOW));
		large = scene(SyntheticOrganizations.large(150, 1_000, NOW));
		Heap.settle();
	}

	private static GraphScene scene(Organization organization) {
		GraphLayout layout = new OrganizationLayouter().layout(new OrganizationGraphBuilder().build(organization, NOW));
		Map<Person, PersonPresence> presence = new HashMap<>();
		for (GraphNode node : layout.nodes()) {
			if (node.person() != null) {
				presence.put(node.person(), PersonPresence.of(node.person(), organization.getDefaultCalendar(), NOW));
			}
		}
		return new GraphScene(layout, null, Map.of(), presence, NOW, ZoneId.of("UTC"));
	}

	/** Paints the frame of the small organization: the baseline. */
	@Benchmark
	public void baseline() {
		renderer.paint(gc(), small, viewport, bounds(), null);
	}

	/** Paints the visible frame of the large organization. */
	@Benchmark
	public void visibleFrameOfLargeOrganization() {
		renderer.paint(gc(), large, viewport, bounds(), null);
	}
}

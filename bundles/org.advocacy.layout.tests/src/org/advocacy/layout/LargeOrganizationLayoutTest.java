// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.advocacy.model.Organization;
import org.advocacy.tests.harness.SyntheticOrganizations;
import org.junit.jupiter.api.Test;

/**
 * A large organization (150 areas, 1,000 people, every third primary away with an alternate) converts and lays out
 * without overlaps. Its speed is measured in the benchmark harness (EscalationLayoutBenchmark), not here.
 */
class LargeOrganizationLayoutTest {

	private static final int AREAS = 150;

	@Test
	void aLargeOrganizationIsLaidOutWithoutOverlaps() {
		Organization organization = organization();
		assertEquals(1_000, organization.getPeople().size());

		OrganizationGraph graph = new OrganizationGraphBuilder().build(organization, NOW);
		GraphLayout layout = new OrganizationLayouter().layout(graph);

		assertEquals(AREAS, layout.groups().size());
		assertEquals(AREAS * 5 + AREAS / 3, layout.nodes().size());
		OrganizationGraphTest.assertNoOverlaps(layout);
		assertTrue(layout.width() < layout.height() * 6, "the areas wrap into rows instead of one endless line");
	}

	private static Organization organization() {
		return SyntheticOrganizations.large(AREAS, 1_000, NOW);
	}
}

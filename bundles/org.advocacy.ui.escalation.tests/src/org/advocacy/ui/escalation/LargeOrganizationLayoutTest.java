// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEventsFor;
import static org.advocacy.tests.harness.ui.DisplayEvents.waitUntil;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.layout.GraphElementKind;
import org.advocacy.layout.GraphLayout;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.tests.harness.SyntheticOrganizations;
import org.advocacy.tests.harness.ui.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organizations above {@link EscalationGraphView#BACKGROUND_LAYOUT_THRESHOLD} people are laid out in a background
 * job: the UI thread stays free, the view says what it is doing, and only the newest layout is ever shown.
 */
class LargeOrganizationLayoutTest {

	@TempDir
	Path folder;

	private EscalationGraphView view;

	@BeforeEach
	void showTheGraph() throws Exception {
		view = (EscalationGraphView) page().showView(EscalationGraphView.ID);
		view.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		processEvents();
	}

	@AfterEach
	void hideTheGraph() {
		page().hideView(view);
	}

	@Test
	void aLargeOrganizationIsLaidOutOffTheUiThreadAndThenShown() throws Exception {
		open(organizationOf(150, 1_000, "Global support"));

		assertTrue(view.getContentDescription().matches("Laying out \\d+ people in 150 areas\u2026"),
				"the view says it is laying out, not frozen: " + view.getContentDescription());
		assertNull(view.getCanvas().getScene(), "the previous repository's graph is not left on screen");

		GraphLayout layout = awaitLayout();
		assertEquals(150, layout.groups().size());
		assertEquals(150 * 5, layout.nodes().stream().filter(node -> node.kind() == GraphElementKind.RUNG).count(),
				"every rung of every ladder");
		assertTrue(!view.getContentDescription().startsWith("Laying out"), view.getContentDescription());
	}

	@Test
	void onlyTheNewestOfOverlappingLayoutsIsShown() throws Exception {
		open(organizationOf(160, 1_000, "Before the reorganization"));
		open(organizationOf(170, 1_100, "After the reorganization"));

		awaitLayout();
		processEventsFor(Duration.ofMillis(500));

		assertEquals(170, view.getCanvas().getScene().layout().groups().size(),
				"the first layout finished too but belongs to a repository no longer open");
	}

	private void open(AdvocacyRepository repository) throws Exception {
		Path file = folder.resolve(repository.getName().replace(' ', '-') + ".advocacy");
		new RepositoryStore().save(repository, file);
		WorkbenchFixture.open(file);
	}

	private static AdvocacyRepository organizationOf(int areas, int people, String name) {
		AdvocacyRepository repository = AdvocacyFactory.eINSTANCE.createAdvocacyRepository();
		repository.setName(name);
		repository.setOrganization(SyntheticOrganizations.large(areas, people, NOW));
		return repository;
	}

	/** Waits for the background layout; ELK needs well under a second for these organizations. */
	private GraphLayout awaitLayout() {
		waitUntil("the background layout is shown",
				() -> !view.getContentDescription().startsWith("Laying out") && view.getCanvas().getScene() != null);
		return view.getCanvas().getScene().layout();
	}
}

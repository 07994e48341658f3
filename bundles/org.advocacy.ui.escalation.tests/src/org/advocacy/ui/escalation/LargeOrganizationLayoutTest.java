// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.layout.GraphElementKind;
import org.advocacy.layout.GraphLayout;
import org.advocacy.layout.SyntheticOrganizations;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organizations above {@link EscalationGraphView#BACKGROUND_LAYOUT_THRESHOLD} people are laid out in a background
 * job: the UI thread stays free, the view says what it is doing, and only the newest layout is ever shown.
 */
class LargeOrganizationLayoutTest {

	private static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");
	/** How long the test waits for ELK before calling the background layout lost; ELK needs well under a second. */
	private static final long GIVE_UP_MILLIS = 60_000;

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
		processEventsFor(500);

		assertEquals(170, view.getCanvas().getScene().layout().groups().size(),
				"the first layout finished too but belongs to a repository no longer open");
	}

	private void open(AdvocacyRepository repository) throws Exception {
		Path file = folder.resolve(repository.getName().replace(' ', '-') + ".advocacy");
		new RepositoryStore().save(repository, file);
		AdvocacyUiPlugin.getDefault().openRepository(file);
		processEvents();
	}

	private static AdvocacyRepository organizationOf(int areas, int people, String name) {
		AdvocacyRepository repository = AdvocacyFactory.eINSTANCE.createAdvocacyRepository();
		repository.setName(name);
		repository.setOrganization(SyntheticOrganizations.large(areas, people, NOW));
		return repository;
	}

	private GraphLayout awaitLayout() {
		long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
		Display display = Display.getCurrent();
		while (view.getContentDescription().startsWith("Laying out") || view.getCanvas().getScene() == null) {
			if (System.currentTimeMillis() > giveUp) {
				throw new AssertionError("the background layout never arrived: " + view.getContentDescription());
			}
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		return view.getCanvas().getScene().layout();
	}

	private static void processEventsFor(long millis) {
		long until = System.currentTimeMillis() + millis;
		Display display = Display.getCurrent();
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes sleep() so the loop re-checks the time
				});
				display.sleep();
			}
		}
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain asyncExecs
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}

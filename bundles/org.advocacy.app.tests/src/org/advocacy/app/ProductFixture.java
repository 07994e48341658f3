// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import java.nio.file.Path;
import java.time.Instant;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;

/** What the product tests share: the sample repository, the page, the event loop and where parts are. */
final class ProductFixture {

	private ProductFixture() {
	}

	/** Writes the standard sample repository into a folder and opens it in the workbench. */
	static void openSample(Path folder) throws Exception {
		Path file = folder.resolve("sample.advocacy");
		new RepositoryStore().save(new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED,
				Instant.parse("2026-11-20T14:30:00Z")).generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT),
				file);
		AdvocacyUiPlugin.getDefault().openRepository(file);
		processEvents();
	}

	/** @return the active workbench page */
	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the pending events and asynchronous runnables of the UI thread. */
	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain asyncExecs
		}
	}

	/**
	 * @param part a part shown in the active page
	 * @return the bounds, in display coordinates, of the stack (tab folder) the part is in, found from the
	 *         control that has the focus once the part is activated
	 */
	static Rectangle stackBounds(IWorkbenchPart part) {
		page().activate(part);
		part.setFocus();
		processEvents();
		Control control = Display.getCurrent().getFocusControl();
		while (control != null && !(control instanceof CTabFolder)) {
			control = control.getParent();
		}
		if (control == null) {
			throw new AssertionError(part.getTitle() + " has the focus in a stack");
		}
		return control.getDisplay().map(control.getParent(), null, control.getBounds());
	}
}

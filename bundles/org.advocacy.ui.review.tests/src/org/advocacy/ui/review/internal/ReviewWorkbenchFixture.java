// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.review.ManagementReviewPerspective;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/** Opens the sample repository in the running workbench and shows the Management Review perspective. */
final class ReviewWorkbenchFixture {

	/** The instant the sample was generated for. */
	static final Instant SAMPLE_NOW = Instant.parse("2026-11-20T14:30:00Z");
	/** The instant the views measure at: an hour after the sample was written. */
	static final Instant NOW = SAMPLE_NOW.plusSeconds(3600);

	private ReviewWorkbenchFixture() {
	}

	/** Writes the standard sample to a file in {@code folder} and makes it the workbench's repository. */
	static AdvocacyRepository openSample(Path folder) throws Exception {
		Path file = folder.resolve("sample.advocacy");
		AdvocacyRepository sample = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, SAMPLE_NOW)
				.generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
		new RepositoryStore().save(sample, file);
		AdvocacyUiPlugin.getDefault().openRepository(file);
		processEvents();
		return session().getRepository();
	}

	static RepositorySession session() {
		return AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
	}

	static IWorkbenchPage showPerspective() throws WorkbenchException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ManagementReviewPerspective.ID, window);
		processEvents();
		return window.getActivePage();
	}

	static Clock clockAt(Instant now) {
		return Clock.fixed(now, ZoneOffset.UTC);
	}

	@SuppressWarnings("unchecked")
	static <T> T view(String id) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		return (T) page.findView(id);
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run pending asyncExecs such as the views' refreshes
		}
	}
}

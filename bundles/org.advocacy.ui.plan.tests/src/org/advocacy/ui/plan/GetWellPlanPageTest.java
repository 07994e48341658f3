// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engagement editor has a Get-Well Plan page showing the engagement's plan as a Gantt chart. */
class GetWellPlanPageTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void theEngagementEditorShowsThePlanOnItsGetWellPlanPage() throws Exception {
		Path file = folder.resolve("sample.advocacy");
		new RepositoryStore().save(new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED,
				Instant.parse("2026-11-20T14:30:00Z")).generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT),
				file);
		AdvocacyUiPlugin.getDefault().openRepository(file);
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		Engagement engagement = session.getRepository().getEngagements().stream()
				.filter(candidate -> candidate.getGetWellPlan() != null).findFirst().orElseThrow();

		EngagementEditor editor = (EngagementEditor) page().openEditor(EngagementEditorInput.of(session, engagement),
				EngagementEditor.ID);
		IFormPage planPage = editor.setActivePage(GetWellPlanPage.ID);
		processEvents();

		assertNotNull(planPage, "the editor has a Get-Well Plan page");
		GanttComposite gantt = find(planPage.getPartControl());
		assertNotNull(gantt, "the page shows the Gantt chart");
		assertSame(engagement.getGetWellPlan(), gantt.getPlan());
		assertEquals("Get-Well Plan \u2014 " + engagement.getGetWellPlan().getName(),
				planPage.getManagedForm().getForm().getText());
	}

	private static GanttComposite find(Control root) {
		Deque<Control> pending = new ArrayDeque<>();
		pending.add(root);
		while (!pending.isEmpty()) {
			Control control = pending.poll();
			if (control instanceof GanttComposite gantt) {
				return gantt;
			}
			if (control instanceof Composite composite) {
				pending.addAll(java.util.List.of(composite.getChildren()));
			}
		}
		return null;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the editor create its pages
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.ui;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;

import java.nio.file.Path;

import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * What the tests in the running workbench share: opening a repository as a user would, the repository open now, the
 * active page, engagement editors and commands. Every method runs the pending UI events before it returns, so the
 * views have caught up when the test looks.
 */
public final class WorkbenchFixture {

	private WorkbenchFixture() {
	}

	/**
	 * Writes the {@link StandardSample standard sample} into a folder and opens it in the workbench.
	 *
	 * @param folder a temporary folder
	 * @return the repository file
	 * @throws Exception when it cannot be written or opened
	 */
	public static Path openSample(Path folder) throws Exception {
		return open(StandardSample.write(folder));
	}

	/**
	 * Makes a repository file the workbench's repository, as <i>Open Repository</i> does.
	 *
	 * @param file a repository file
	 * @return the same file
	 * @throws Exception when it cannot be opened
	 */
	public static Path open(Path file) throws Exception {
		AdvocacyUiPlugin.getDefault().openRepository(file);
		processEvents();
		return file;
	}

	/** @return the repository open now */
	public static RepositorySession session() {
		return AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
	}

	/** @return the active workbench page */
	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/**
	 * @param engagement an engagement of the current session
	 * @return its editor, opened and active
	 * @throws Exception when it cannot be opened
	 */
	public static EngagementEditor open(Engagement engagement) throws Exception {
		EngagementEditor editor = (EngagementEditor) page()
				.openEditor(EngagementEditorInput.of(session(), engagement), EngagementEditor.ID);
		processEvents();
		return editor;
	}

	/**
	 * Runs a workbench command as its menu item or key binding would.
	 *
	 * @param id the command id
	 * @throws Exception when the command is not handled or fails
	 */
	public static void command(String id) throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(id,
				null);
		processEvents();
	}

	/** Closes every editor without saving, as the tests leave the workbench. */
	public static void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}
}

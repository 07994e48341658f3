// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositoryManager;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;

/**
 * Reads the repository file again and replaces the session with the fresh one: File &gt; Revert, and reloading
 * after the file changed on disk. The engagement editors of the old session follow: each is closed without saving
 * and opened again on the same engagement and page of the new session; editors whose engagement is no longer in the
 * file stay closed. When the file cannot be read, nothing changes.
 */
public final class RepositoryReload {

	private RepositoryReload() {
	}

	/** An engagement editor to open again after the reload. */
	private record OpenEditor(IWorkbenchPage page, EngagementEditorInput input, String pageId, boolean active) {
	}

	/**
	 * @param manager the manager whose current session is replaced
	 * @param session the session to replace; its unsaved changes are discarded
	 * @return the new session
	 * @throws RepositoryLoadException naming the file, line and reason when the file cannot be read; the session
	 *                                 and its editors then stay as they were
	 */
	public static RepositorySession reload(RepositoryManager manager, RepositorySession session)
			throws RepositoryLoadException {
		RepositorySession fresh = RepositorySession.open(session.getFile());
		List<OpenEditor> reopen = closeEditorsOf(session);
		manager.makeCurrent(fresh);
		for (OpenEditor open : reopen) {
			if (open.input().resolve(fresh) != null) {
				reopen(open);
			}
		}
		return fresh;
	}

	private static void reopen(OpenEditor open) {
		try {
			IEditorPart part = open.page().openEditor(open.input(), EngagementEditor.ID, open.active());
			if (part instanceof EngagementEditor editor && open.pageId() != null) {
				editor.setActivePage(open.pageId());
			}
		} catch (PartInitException e) {
			AdvocacyUiPlugin.getDefault().getLog().log(e.getStatus());
		}
	}

	private static List<OpenEditor> closeEditorsOf(RepositorySession session) {
		List<OpenEditor> closed = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IEditorPart active = page.getActiveEditor();
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof EngagementEditor editor
							&& editor.getSession() == session) {
						IFormPage shown = editor.getActivePageInstance();
						closed.add(new OpenEditor(page, (EngagementEditorInput) editor.getEditorInput(),
								shown == null ? null : shown.getId(), editor == active));
						page.closeEditor(editor, false);
					}
				}
			}
		}
		return closed;
	}
}

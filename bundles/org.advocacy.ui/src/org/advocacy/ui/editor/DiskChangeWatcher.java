// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositoryManager;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Notices when the repository file was changed on disk by someone else, the way Eclipse's text editors do: each
 * time a workbench window is activated it compares the file with what the session read or saved. Without unsaved
 * changes the file is reloaded silently (nothing can be lost, and the user sees the other program's change at
 * once); with unsaved changes the user chooses "reload" or "keep mine", and is asked once per change. Saving over
 * a changed file asks first ({@link #mayOverwrite(RepositorySession)}).
 */
public final class DiskChangeWatcher implements IWindowListener {

	private static DiskChangeWatcher instance;

	private final RepositoryManager manager;
	private DiskChangePrompt prompt = new DiskChangeDialogs();
	private boolean checking;

	/** @param manager the manager of the repository watched */
	public DiskChangeWatcher(RepositoryManager manager) {
		this.manager = manager;
	}

	/** @return the watcher of the workbench's repository */
	public static synchronized DiskChangeWatcher getDefault() {
		if (instance == null) {
			instance = new DiskChangeWatcher(AdvocacyUiPlugin.getDefault().getRepositoryManager());
		}
		return instance;
	}

	/** @param workbench the workbench whose window activations trigger the check */
	public void install(IWorkbench workbench) {
		workbench.addWindowListener(this);
	}

	/** @param newPrompt how the user is asked (tests answer directly) */
	public void setPrompt(DiskChangePrompt newPrompt) {
		prompt = newPrompt;
	}

	/** @return how the user is asked */
	public DiskChangePrompt getPrompt() {
		return prompt;
	}

	@Override
	public void windowActivated(IWorkbenchWindow window) {
		check();
	}

	@Override
	public void windowDeactivated(IWorkbenchWindow window) {
		// only activation matters
	}

	@Override
	public void windowClosed(IWorkbenchWindow window) {
		// only activation matters
	}

	@Override
	public void windowOpened(IWorkbenchWindow window) {
		// only activation matters
	}

	/**
	 * Reloads the current repository if its file changed on disk and the user agrees (or has nothing unsaved).
	 *
	 * @return whether the repository was reloaded
	 */
	public boolean check() {
		RepositorySession session = manager.getCurrent();
		if (checking || session == null || !session.hasUndecidedDiskChange()) {
			return false;
		}
		checking = true;
		try {
			if (session.isDirty() && !prompt.reloadChangedFile(session.getFile())) {
				session.keepMine();
				return false;
			}
			RepositoryReload.reload(manager, session);
			return true;
		} catch (RepositoryLoadException e) {
			session.keepMine();
			ErrorDialog.openError(null, "Reload Failed", "The repository changed on disk but could not be reloaded; "
					+ "the workbench keeps the version it has.", Status.error(e.getMessage(), e));
			return false;
		} finally {
			checking = false;
		}
	}

	/**
	 * @param session the session about to be saved
	 * @return whether saving may write the file: it was not changed on disk, or the user agrees to overwrite it
	 */
	public boolean mayOverwrite(RepositorySession session) {
		return !session.isChangedOnDisk() || prompt.overwriteChangedFile(session.getFile());
	}
}

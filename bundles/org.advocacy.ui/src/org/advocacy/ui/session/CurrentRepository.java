// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What the user asks for that needs an open repository (a handler, a wizard) gets the current session here, or the
 * user is told, in the same words everywhere, to open a repository first.
 */
public final class CurrentRepository {

	/** What a user is told who asks for something that needs a repository while none is open. */
	public static final String OPEN_ONE_FIRST = "Open an advocacy repository first (File > Open Advocacy Repository...).";

	private CurrentRepository() {
	}

	/**
	 * @param shell where to tell the user
	 * @param title the title of what was asked for, e.g. "New Engagement"
	 * @return the current session, or {@code null} after telling the user to open a repository first
	 */
	public static RepositorySession orExplain(Shell shell, String title) {
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		if (session == null) {
			explain(shell, title);
		}
		return session;
	}

	/**
	 * Tells the user that what was asked for needs an open repository.
	 *
	 * @param shell where to tell the user
	 * @param title the title of what was asked for
	 */
	public static void explain(Shell shell, String title) {
		MessageDialog.openInformation(shell, title, OPEN_ONE_FIRST);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.handlers;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.RepositoryReload;
import org.advocacy.ui.session.RepositoryManager;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.session.TeamSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Revert: discards the unsaved changes of the open repository by reading its file again; the engagement
 * editors open on it follow (see {@link RepositoryReload}); on a team repository the changed documents are read again
 * ({@link TeamSession#revert}). Enabled while there are unsaved changes.
 */
public class RevertRepositoryHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		RepositorySession session = manager().getCurrent();
		setBaseEnabled(session != null && session.isDirty());
	}

	@Override
	public Object execute(ExecutionEvent event) {
		RepositorySession session = manager().getCurrent();
		if (session == null || !session.isDirty()) {
			return null;
		}
		if (session instanceof TeamSession team) {
			team.revert(HandlerUtil.getActiveShell(event));
			return null;
		}
		try {
			RepositoryReload.reload(manager(), session);
		} catch (RepositoryLoadException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "Revert Failed",
					"The repository could not be read again; your changes are kept.\n\n" + e.getMessage());
		}
		return null;
	}

	private static RepositoryManager manager() {
		return AdvocacyUiPlugin.getDefault().getRepositoryManager();
	}
}

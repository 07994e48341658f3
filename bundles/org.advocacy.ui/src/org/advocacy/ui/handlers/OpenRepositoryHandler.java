// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.handlers;

import java.nio.file.Path;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Advocacy Repository...: picks a {@code *.advocacy} file and shows it in the workbench. */
public class OpenRepositoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Open Advocacy Repository");
		dialog.setFilterExtensions(new String[] { "*.advocacy", "*.*" });
		dialog.setFilterNames(new String[] { "Advocacy repositories (*.advocacy)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				AdvocacyUiPlugin.getDefault().openRepository(Path.of(chosen));
			} catch (RepositoryLoadException e) {
				MessageDialog.openError(shell, "Cannot Open Repository", e.getMessage());
			}
		}
		return null;
	}
}

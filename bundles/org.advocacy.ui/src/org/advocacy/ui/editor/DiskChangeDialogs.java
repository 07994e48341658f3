// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Asks about changes on disk with message dialogs on the active shell. */
final class DiskChangeDialogs implements DiskChangePrompt {

	@Override
	public boolean reloadChangedFile(Path file) {
		return MessageDialog.open(MessageDialog.QUESTION, shell(), "Repository Changed on Disk", file.getFileName()
				+ " was changed by another program since you opened it, and you have unsaved changes.\n\n"
				+ "Reload it and lose your unsaved changes, or keep your version? If you keep yours, saving will "
				+ "ask before it overwrites the other change.\n\n" + file, 0, "&Reload from Disk", "&Keep Mine") == 0;
	}

	@Override
	public boolean overwriteChangedFile(Path file) {
		return MessageDialog.open(MessageDialog.WARNING, shell(), "Overwrite Changed Repository?", file.getFileName()
				+ " was changed by another program since you opened it. Saving replaces that change with your "
				+ "version.\n\n" + file, 0, "&Overwrite", "&Cancel") == 0;
	}

	private static Shell shell() {
		return Display.getCurrent().getActiveShell();
	}
}

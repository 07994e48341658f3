// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.handlers;

import org.advocacy.ui.editor.DiskChangeWatcher;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts watching the repository file for changes made on disk by someone else once the workbench is up. */
public class DiskChangeStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> DiskChangeWatcher.getDefault().install(workbench));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide.internal;

import org.advocacy.ui.ide.AdvocacyIdePlugin;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;

/**
 * Saves the workspace when the workbench has shut down, as the Eclipse IDE does, so that the project holding
 * the repository link is restored as it was instead of being recovered from an unsaved session. The workbench
 * of the standalone product has no other owner of the workspace.
 */
final class WorkspaceSaving implements IWorkbenchListener {

	@Override
	public boolean preShutdown(IWorkbench workbench, boolean forced) {
		return true;
	}

	@Override
	public void postShutdown(IWorkbench workbench) {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			AdvocacyIdePlugin.getDefault().getLog().log(e.getStatus());
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide.internal;

import org.advocacy.ui.ide.AdvocacyIdePlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the Problems-view markers once the workbench is up — when the workbench has a workspace to put them
 * in (the product always gives it one: {@code -data ~/.advocacy/workspace}) — and saves that workspace when the
 * workbench shuts down.
 */
public final class ProblemMarkersStartup implements IStartup {

	@Override
	public void earlyStartup() {
		Location workspace = Platform.getInstanceLocation();
		if (workspace == null || !workspace.isSet() && workspace.getDefault() == null) {
			AdvocacyIdePlugin.getDefault().getLog().log(Status.info(
					"No workspace (-data): validation problems show in the engagement editor only, not as markers."));
			return;
		}
		AdvocacyIdePlugin.getDefault().startProblemMarkers();
		PlatformUI.getWorkbench().addWorkbenchListener(new WorkspaceSaving());
	}
}

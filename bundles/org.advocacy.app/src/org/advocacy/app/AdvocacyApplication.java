// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import java.io.IOException;
import java.util.Arrays;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The standalone Advocacy Workbench. Arguments (after the launcher's own):
 * <ul>
 * <li>{@code <file>.advocacy} — open that repository;</li>
 * <li>{@code -sample} — open the sample repository, writing it first if it does not exist yet;</li>
 * <li>nothing — reopen the repository of the previous session.</li>
 * </ul>
 */
public class AdvocacyApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Display display = PlatformUI.createDisplay();
		try {
			openRequestedRepository(display, StartupArguments.parse(Arrays.asList(arguments)));
			int code = PlatformUI.createAndRunWorkbench(display, new AdvocacyWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	private static void openRequestedRepository(Display display, StartupArguments arguments) {
		try {
			if (arguments.repository() != null) {
				AdvocacyUiPlugin.getDefault().openRepository(arguments.ensureRepositoryExists());
			}
		} catch (IOException e) {
			MessageDialog.openError(null, "Advocacy Workbench", e.getMessage());
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}

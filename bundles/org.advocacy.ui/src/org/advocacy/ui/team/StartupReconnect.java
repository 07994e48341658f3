// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import org.advocacy.core.repository.RepositoryLocation;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * When the previous session ended on a team repository, connects to it again in a job while the workbench starts
 * (the first connection of a cold program takes most of a second); the UI thread never waits for it.
 */
public class StartupReconnect implements IStartup {

	@Override
	public void earlyStartup() {
		AdvocacyUiPlugin plugin = AdvocacyUiPlugin.getDefault();
		String last = plugin.getLastRepository();
		if (!last.contains("://") || plugin.getRepositoryManager().getCurrent() != null) {
			return;
		}
		try {
			if (RepositoryLocation.parse(last) instanceof ServerLocation server) {
				new ReconnectJob(TeamConnection.of(server), PlatformUI.getWorkbench().getDisplay(), true).schedule();
			}
		} catch (IllegalArgumentException unreadable) {
			// a location written by another version: the user connects through the wizard
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.conflicts;

import java.nio.file.Path;
import java.time.Clock;

import org.advocacy.core.repository.RepositoryLocation;
import org.advocacy.core.repository.outbox.Outbox;
import org.advocacy.ui.AdvocacyUiPlugin;

/** Where the workbench keeps the offline outboxes: in its state location, one folder per repository. */
public final class WorkbenchOutboxes {

	private WorkbenchOutboxes() {
	}

	/**
	 * @param location a repository
	 * @return its outbox in the workbench's state location ({@code .metadata/.plugins/org.advocacy.ui/outbox})
	 */
	public static Outbox forLocation(RepositoryLocation location) {
		Path root = AdvocacyUiPlugin.getDefault().getStateLocation().append("outbox").toFile().toPath();
		return Outbox.of(root, location, Clock.systemDefaultZone());
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import org.advocacy.core.repository.RepositoryException;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.TeamSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.swt.widgets.Display;

/**
 * Connects to a team repository known from before (the one of the previous session at start-up, or one picked from
 * the recent list) with the password kept in secure storage or {@code ~/.pgpass}, in the background, and makes it
 * the workbench's repository. At start-up it gives way to a repository the user opened meanwhile, and a failure is
 * only logged and shown in the status line: the workbench starts anyway.
 */
public final class ReconnectJob extends Job {

	/** The family of these jobs, for waiting on them. */
	public static final Object FAMILY = ReconnectJob.class;

	private final TeamConnection connection;
	private final Display display;
	private final boolean atStartup;

	/**
	 * @param connection the repository and login
	 * @param display    the workbench's display
	 * @param atStartup  whether the workbench is starting: then a repository opened meanwhile wins, and a failure
	 *                   raises no dialog
	 */
	public ReconnectJob(TeamConnection connection, Display display, boolean atStartup) {
		super("Connecting to " + connection.describe());
		this.connection = connection;
		this.display = display;
		this.atStartup = atStartup;
		setUser(!atStartup);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			char[] password = TeamPasswords.isKept(connection) ? TeamPasswords.get(connection) : null;
			TeamSession session = TeamConnect.open(connection, password, display, monitor);
			display.asyncExec(() -> {
				AdvocacyUiPlugin plugin = AdvocacyUiPlugin.getDefault();
				if (atStartup && plugin != null && plugin.getRepositoryManager().getCurrent() != null) {
					session.close();
				} else {
					TeamConnect.show(connection, session);
				}
			});
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RepositoryException | StorageException | RuntimeException e) {
			String reason = e.getMessage();
			TeamStatusControl.failedToConnect(connection, reason);
			return atStartup ? new Status(IStatus.WARNING, AdvocacyUiPlugin.PLUGIN_ID,
					"Could not reconnect to " + connection.describe() + ": " + reason, e)
					: Status.error(reason, e);
		}
	}
}

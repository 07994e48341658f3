// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.advocacy.core.repository.Credentials;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryProviders;
import org.advocacy.team.TeamRepositoryProvider;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.TeamSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Display;

/**
 * Connects to a team repository and reads it into a {@link TeamSession}, off the UI thread; then, on the UI thread,
 * makes it the workbench's repository and remembers it (recent list, the next start, the password if asked).
 */
public final class TeamConnect {

	/** How the workbench names itself in the repository's history. */
	public static final String CLIENT = "Advocacy Workbench";

	private TeamConnect() {
	}

	/**
	 * Signs in and reads the repository; call it off the UI thread.
	 *
	 * @param connection the repository and login
	 * @param password   the password, or {@code null} for the one in {@code ~/.pgpass} (or none)
	 * @param display    the workbench's display
	 * @param monitor    progress and cancel
	 * @return the session, not yet current
	 * @throws RepositoryException naming the repository and the server's reason when it cannot be opened
	 */
	public static TeamSession open(TeamConnection connection, char[] password, Display display,
			IProgressMonitor monitor) throws RepositoryException {
		SubMonitor progress = SubMonitor.convert(monitor, "Connecting to " + connection.describe(), 10);
		TeamRepositoryProvider.register();
		AtomicBoolean asked = new AtomicBoolean();
		OpenOptions options = new OpenOptions(CLIENT, Clock.systemDefaultZone(),
				(location, problem) -> password == null || asked.getAndSet(true) ? Optional.empty()
						: Optional.of(new Credentials(connection.user(), password.clone())));
		Repository repository = RepositoryProviders.open(connection.location(), options);
		progress.worked(2);
		try {
			return TeamSession.open(repository, display, progress.split(8));
		} catch (RepositoryException | RuntimeException e) {
			repository.close();
			throw e;
		}
	}

	/**
	 * Makes a session current and remembers its repository for the recent list and the next start; on the UI
	 * thread.
	 *
	 * @param connection the repository and login the session was opened with
	 * @param session    the session
	 */
	public static void show(TeamConnection connection, TeamSession session) {
		AdvocacyUiPlugin plugin = AdvocacyUiPlugin.getDefault();
		if (plugin == null) {
			session.close();
			return;
		}
		plugin.show(session);
		new RecentTeamRepositories(plugin.getPreferenceStore()).add(connection);
	}
}

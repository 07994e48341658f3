// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.advocacy.core.repository.RepositoryException;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.TeamSession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;

/**
 * File &gt; Connect to Team Repository...: the server, database and login (a recent one to start from), TLS on by
 * default. Finishing signs in and reads the repository in the background while the wizard shows progress (Cancel
 * stops it); a refusal stays on the page to correct. Then the repository becomes the workbench's, the password is
 * kept in secure storage when asked, and the repository heads the recent list.
 */
public final class ConnectWizard extends Wizard {

	private final Display display;
	private final List<TeamConnection> recent;
	private ConnectPage page;

	/**
	 * @param display the workbench's display
	 * @param recent  the repositories connected to lately, most recent first
	 */
	public ConnectWizard(Display display, List<TeamConnection> recent) {
		this.display = display;
		this.recent = recent;
		setWindowTitle("Connect to Team Repository");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ConnectPage(recent);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		TeamConnection connection = page.connection();
		char[] typed = page.password();
		TeamSession[] opened = new TeamSession[1];
		try {
			char[] password = typed != null ? typed : kept(connection);
			getContainer().run(true, true,
					monitor -> {
						try {
							opened[0] = TeamConnect.open(connection, password, display, monitor);
						} catch (RepositoryException e) {
							throw new InvocationTargetException(e);
						} catch (OperationCanceledException e) {
							throw new InterruptedException();
						}
					});
		} catch (InvocationTargetException e) {
			page.failed(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			page.failed("Connecting was cancelled.");
			return false;
		} catch (StorageException e) {
			page.failed("The kept password could not be read from secure storage: " + e.getMessage()
					+ ". Type it again.");
			return false;
		}
		if (typed != null && page.keepPassword()) {
			keep(connection, typed);
		}
		TeamConnect.show(connection, opened[0]);
		return true;
	}

	private static char[] kept(TeamConnection connection) throws StorageException {
		return TeamPasswords.isKept(connection) ? TeamPasswords.get(connection) : null;
	}

	private static void keep(TeamConnection connection, char[] password) {
		try {
			TeamPasswords.put(connection, password);
		} catch (StorageException | IOException e) {
			AdvocacyUiPlugin.getDefault().getLog().log(new Status(IStatus.WARNING, AdvocacyUiPlugin.PLUGIN_ID,
					"The password of " + connection.describe() + " could not be kept in secure storage", e));
		}
	}
}

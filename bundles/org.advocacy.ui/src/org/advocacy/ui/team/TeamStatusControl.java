// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.advocacy.core.repository.RepositoryUser;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.session.TeamSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/**
 * The status line's word on the team repository: where the workbench is connected, as whom and with which role
 * ("Team: dana (advocate) on postgresql://db.example.com/advocacy"), "offline" while the server cannot be reached,
 * and why a connection failed. Empty while a repository file is open.
 */
public class TeamStatusControl extends WorkbenchWindowControlContribution implements TeamSession.TeamListener {

	private static final List<TeamStatusControl> SHOWING = new CopyOnWriteArrayList<>();

	private final Consumer<RepositorySession> sessionListener = session -> runOnLabel(() -> show(session));
	private CLabel label;
	private TeamSession watched;

	@Override
	protected Control createControl(Composite parent) {
		label = new CLabel(parent, SWT.NONE);
		label.addDisposeListener(event -> stop());
		SHOWING.add(this);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().addListener(sessionListener);
		show(AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent());
		return label;
	}

	/**
	 * Says in every window's status line that connecting failed; from any thread.
	 *
	 * @param connection the repository and login
	 * @param reason     why, as the server or driver said it
	 */
	static void failedToConnect(TeamConnection connection, String reason) {
		SHOWING.forEach(control -> control.runOnLabel(() -> control.text("Not connected to " + connection.describe(),
				reason)));
	}

	/** @return what the status line says now */
	String text() {
		return label == null || label.isDisposed() ? "" : label.getText();
	}

	@Override
	public void connectionChanged(boolean online, String detail) {
		runOnLabel(() -> showConnection(online, detail));
	}

	private void show(RepositorySession session) {
		if (watched != session) {
			if (watched != null) {
				watched.removeTeamListener(this);
			}
			watched = session instanceof TeamSession team ? team : null;
			if (watched != null) {
				watched.addTeamListener(this);
			}
		}
		if (watched == null) {
			text("", null);
		} else {
			showConnection(watched.isOnline(), null);
		}
	}

	/** Says where the workbench is connected, as the change feed last reported it (in the order it reported). */
	private void showConnection(boolean online, String detail) {
		if (watched == null) {
			return;
		}
		RepositoryUser user = watched.getUser();
		String where = watched.getLocationText();
		text(online ? "Team: " + user.describe() + " on " + where
				: "Offline: " + where + " cannot be reached (" + user.describe() + ")",
				online ? "Connected to the team repository " + where + " as " + user.name() + ", "
						+ user.role().label() + (user.teams().isEmpty() ? "" : ", in " + String.join(", ", user.teams()))
						: "The server cannot be reached" + (detail == null ? "" : ": " + detail)
								+ ". It is tried again in the background.");
	}

	private void text(String text, String toolTip) {
		label.setText(text);
		label.setToolTipText(toolTip);
		label.getParent().layout(true, true);
	}

	private void runOnLabel(Runnable action) {
		if (label == null || label.isDisposed()) {
			return;
		}
		Display display = label.getDisplay();
		if (Display.getCurrent() == display) {
			action.run();
		} else {
			display.asyncExec(() -> {
				if (!label.isDisposed()) {
					action.run();
				}
			});
		}
	}

	private void stop() {
		SHOWING.remove(this);
		AdvocacyUiPlugin plugin = AdvocacyUiPlugin.getDefault();
		if (plugin != null) {
			plugin.getRepositoryManager().removeListener(sessionListener);
		}
		if (watched != null) {
			watched.removeTeamListener(this);
		}
	}
}

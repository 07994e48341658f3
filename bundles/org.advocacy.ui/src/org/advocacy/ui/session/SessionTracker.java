// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.util.EventObject;
import java.util.function.Consumer;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;

/**
 * Follows the workbench's current repository for one view: calls back on the UI thread when another repository
 * becomes current and after every command executed, undone or redone on its editing domain. Several changes that
 * arrive before the UI thread runs are coalesced into one call, so a view takes one new snapshot per burst of
 * commands, never one per notification and never in paint code.
 */
public final class SessionTracker {

	private final Control owner;
	private final Consumer<RepositorySession> onChange;
	private final Consumer<RepositorySession> sessionListener = this::sessionChanged;
	private final CommandStackListener stackListener = this::stackChanged;
	private RepositorySession session;
	private boolean refreshPending;

	/**
	 * Starts following the current repository; the first call back happens at once, with the current session.
	 *
	 * @param owner    the view's control; following stops when it is disposed
	 * @param onChange called with the current session ({@code null} when none is open)
	 */
	public SessionTracker(Control owner, Consumer<RepositorySession> onChange) {
		this.owner = owner;
		this.onChange = onChange;
		RepositoryManager manager = AdvocacyUiPlugin.getDefault().getRepositoryManager();
		manager.addListener(sessionListener);
		owner.addDisposeListener(event -> dispose());
		attach(manager.getCurrent());
		onChange.accept(session);
	}

	/** @return the session followed now, or {@code null} */
	public RepositorySession getSession() {
		return session;
	}

	private void sessionChanged(RepositorySession opened) {
		if (!owner.isDisposed()) {
			owner.getDisplay().asyncExec(() -> {
				if (!owner.isDisposed()) {
					attach(opened);
					onChange.accept(opened);
				}
			});
		}
	}

	private void stackChanged(EventObject event) {
		if (refreshPending || owner.isDisposed()) {
			return;
		}
		refreshPending = true;
		owner.getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (!owner.isDisposed()) {
				onChange.accept(session);
			}
		});
	}

	private void attach(RepositorySession next) {
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		session = next;
		if (session != null) {
			session.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		}
	}

	/**
	 * Refreshes now instead of waiting for the UI thread; tests and actions that need the view current at once
	 * use it.
	 */
	public void refreshNow() {
		onChange.accept(session);
	}

	private void dispose() {
		AdvocacyUiPlugin.getDefault().getRepositoryManager().removeListener(sessionListener);
		attach(null);
	}
}

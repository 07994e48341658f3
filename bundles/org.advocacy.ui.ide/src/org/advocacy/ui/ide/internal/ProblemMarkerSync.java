// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.advocacy.ui.session.RepositoryManager;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Keeps the Problems-view markers in step with the open repository: checks it when it becomes current, and
 * again after each command on its stack — debounced, so that a burst of commands costs one validation, and in a
 * {@link ProblemMarkerJob}, so that a large repository does not hold up the UI.
 */
public final class ProblemMarkerSync {

	/** How long after a command the check starts, unless another command comes first. */
	static final long DEBOUNCE_MILLIS = 300;

	private final RepositoryManager manager;
	private final Consumer<RepositorySession> sessionListener = this::watch;
	private final CommandStackListener stackListener = event -> commandRun();
	private final AtomicLong generation = new AtomicLong();
	private RepositorySession session;
	private ProblemMarkerJob job;

	/** @param manager tells which repository is open */
	public ProblemMarkerSync(RepositoryManager manager) {
		this.manager = manager;
	}

	/** Starts watching the open repository and the ones opened later. */
	public void start() {
		manager.addListener(sessionListener);
		watch(manager.getCurrent());
	}

	/** Stops watching; the markers stay until the workbench ends (they are not persistent). */
	public synchronized void stop() {
		manager.removeListener(sessionListener);
		unwatch();
	}

	private synchronized void watch(RepositorySession next) {
		if (next == session) {
			return;
		}
		unwatch();
		session = next;
		if (next != null) {
			next.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
			job = new ProblemMarkerJob(next, () -> manager.getCurrent() == next, generation::get);
			job.schedule();
		}
	}

	private void unwatch() {
		generation.incrementAndGet();
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
			session = null;
		}
		if (job != null) {
			job.cancel();
			job = null;
		}
	}

	private synchronized void commandRun() {
		generation.incrementAndGet();
		if (job != null) {
			job.cancel();
			job.schedule(DEBOUNCE_MILLIS);
		}
	}
}

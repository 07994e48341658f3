// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.advocacy.core.persistence.RepositoryLoadException;

/**
 * Knows which repository the workbench is showing and tells views when it changes. Views register a listener
 * and show {@link #getCurrent()}; opening another file replaces the session.
 */
public final class RepositoryManager {

	private final List<Consumer<RepositorySession>> listeners = new CopyOnWriteArrayList<>();
	private RepositorySession current;

	/**
	 * Opens a repository and makes it the current one. On failure the current repository stays.
	 *
	 * @param file the {@code *.advocacy} file
	 * @return the new session
	 * @throws RepositoryLoadException naming the file, line and reason
	 */
	public RepositorySession open(Path file) throws RepositoryLoadException {
		return makeCurrent(RepositorySession.open(file));
	}

	/**
	 * Makes an opened session the current one, tells the listeners and closes the previous session.
	 *
	 * @param opened a session just opened, e.g. a fresh load of the current file when it is reverted
	 * @return the session
	 */
	public RepositorySession makeCurrent(RepositorySession opened) {
		RepositorySession previous;
		synchronized (this) {
			previous = current;
			current = opened;
		}
		listeners.forEach(listener -> listener.accept(opened));
		if (previous != null) {
			previous.close();
		}
		return opened;
	}

	/** @return the repository shown now, or {@code null} when none is open */
	public synchronized RepositorySession getCurrent() {
		return current;
	}

	/** @param listener called (on the caller's thread) whenever another repository becomes current */
	public void addListener(Consumer<RepositorySession> listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeListener(Consumer<RepositorySession> listener) {
		listeners.remove(listener);
	}

	/** Closes the current repository; called when the workbench shuts down. */
	public synchronized void closeAll() {
		if (current != null) {
			current.close();
			current = null;
		}
	}
}

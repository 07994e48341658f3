// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.advocacy.core.logging.LibraryLogging;
import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.ui.session.RepositoryManager;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * The UI bundle's activator: owns the {@link RepositoryManager}, remembers the last repository opened, and sends the
 * bundled libraries' warnings and errors to the error log (it starts before any import or export).
 */
public class AdvocacyUiPlugin extends AbstractUIPlugin {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.advocacy.ui";

	private static final String LAST_REPOSITORY = "lastRepository";

	private static AdvocacyUiPlugin instance;

	private final RepositoryManager repositoryManager = new RepositoryManager();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		LibraryLogging.sendTo(new EclipseLogHandler(getLog()));
		AdvocacyValidation.register();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		repositoryManager.closeAll();
		LibraryLogging.discard();
		instance = null;
		super.stop(context);
	}

	/** @return the running instance */
	public static AdvocacyUiPlugin getDefault() {
		return instance;
	}

	/** @return the manager of the repository the workbench shows */
	public RepositoryManager getRepositoryManager() {
		return repositoryManager;
	}

	/**
	 * Opens a repository, makes it current and remembers it for the next start.
	 *
	 * @param file the {@code *.advocacy} file
	 * @throws RepositoryLoadException naming the file, line and reason
	 */
	public void openRepository(Path file) throws RepositoryLoadException {
		show(RepositorySession.open(file));
	}

	/**
	 * Makes a repository opened elsewhere (in a job, say) current and remembers it for the next start.
	 *
	 * @param opened a session just opened
	 */
	public void show(RepositorySession opened) {
		repositoryManager.makeCurrent(opened);
		getPreferenceStore().setValue(LAST_REPOSITORY, opened.getLocationText());
	}

	/** @return where the repository of the previous session lives: a file's path or a team repository's location */
	public String getLastRepository() {
		return getPreferenceStore().getString(LAST_REPOSITORY);
	}

	/**
	 * Reopens the repository of the previous session when nothing is open yet and that file still exists.
	 *
	 * @throws RepositoryLoadException when the remembered file no longer opens
	 */
	public void reopenLastRepository() throws RepositoryLoadException {
		String last = getPreferenceStore().getString(LAST_REPOSITORY);
		boolean file = !last.isEmpty() && !last.contains("://"); // a team repository reconnects in a job
		if (repositoryManager.getCurrent() == null && file && Files.isRegularFile(Path.of(last))) {
			repositoryManager.open(Path.of(last));
		}
	}
}

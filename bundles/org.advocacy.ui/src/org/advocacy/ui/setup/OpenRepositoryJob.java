// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Prepares a repository file in the background (creates it, or writes the sample), reads it there too, and then
 * makes it the workbench's repository on the UI thread. A failure is the job's error result, naming the file and
 * the reason; the workbench shows it, and the repository open before stays open.
 */
public final class OpenRepositoryJob extends Job {

	/** The family of these jobs, for waiting on them. */
	public static final Object FAMILY = OpenRepositoryJob.class;

	/** Produces the file to open. */
	@FunctionalInterface
	public interface Preparation {
		/**
		 * @return the repository file, ready to be read
		 * @throws IOException when it cannot be written
		 */
		Path prepare() throws IOException;
	}

	private final Display display;
	private final Preparation preparation;

	/**
	 * @param name        what is done, for the progress: "Creating alpenland.advocacy"
	 * @param display     the workbench's display
	 * @param preparation writes the file, on the job's thread
	 */
	public OpenRepositoryJob(String name, Display display, Preparation preparation) {
		super(name);
		this.display = display;
		this.preparation = preparation;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
		Path file = null;
		try {
			file = preparation.prepare();
			progress.worked(1);
			RepositorySession session = RepositorySession.open(file);
			display.asyncExec(() -> showOrClose(session));
			return Status.OK_STATUS;
		} catch (FileAlreadyExistsException e) {
			return Status.error(e.getFile() + " already exists and was left as it is; choose another file name.");
		} catch (RepositoryLoadException e) {
			return Status.error(e.getMessage(), e);
		} catch (IOException | RuntimeException e) {
			return Status.error(getName() + " failed" + (file == null ? "" : " for " + file) + ": " + e.getMessage(), e);
		} finally {
			progress.done();
		}
	}

	private static void showOrClose(RepositorySession session) {
		AdvocacyUiPlugin plugin = AdvocacyUiPlugin.getDefault();
		if (plugin == null) {
			session.close();
		} else {
			plugin.show(session);
		}
	}
}

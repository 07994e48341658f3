// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import java.nio.file.Path;

import org.advocacy.core.imports.PlanImportException;
import org.advocacy.core.imports.ProjectPlanImporter;
import org.advocacy.core.imports.ProjectPlanImporter.ParsedPlan;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Reads and parses a project file for an import, in the background, with progress; a cancelled read is thrown away.
 * A file that is not a readable plan makes the job's result an error naming the file, which the workbench reports.
 * The plan is made from the parsed file afterwards, on the UI thread (see {@link PlanFileActions}).
 */
final class PlanImportJob extends Job {

	/** The family of import jobs, for waiting on them. */
	static final Object FAMILY = PlanImportJob.class;

	private final Path file;
	private volatile ParsedPlan parsed;

	/** @param file the project file to read */
	PlanImportJob(Path file) {
		super("Reading the project plan " + file.getFileName());
		this.file = file;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			ParsedPlan read = new ProjectPlanImporter().parse(file);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			parsed = read;
			return Status.OK_STATUS;
		} catch (PlanImportException e) {
			return Status.error(e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** @return the parsed file once the job ended with an OK result, else {@code null} */
	ParsedPlan parsed() {
		return parsed;
	}
}

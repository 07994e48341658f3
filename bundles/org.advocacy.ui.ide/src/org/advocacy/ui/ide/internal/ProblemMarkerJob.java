// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.ui.ide.ProblemMarkers;
import org.advocacy.ui.ide.RepositoryLink;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Validates one repository in the background and brings its Problems-view markers in line with what was found:
 * markers of fixed problems disappear, new problems get one. Links the file into the workspace first
 * (idempotently).
 * <p>
 * The model belongs to the UI thread, where commands change it. The job reads it optimistically: it notes the
 * command-stack generation before validating and throws the result away when a command ran in the meantime (the
 * command has scheduled the job again); a validation that fails because the model changed under it is
 * discarded the same way.
 */
final class ProblemMarkerJob extends Job {

	private final RepositorySession session;
	private final BooleanSupplier current;
	private final LongSupplier generation;

	/**
	 * @param session    the repository to check
	 * @param current    whether the session is still the open one; once another repository opened, the job
	 *                   leaves the link and the markers to that one's job
	 * @param generation counts the commands run on the session's stack (and session changes)
	 */
	ProblemMarkerJob(RepositorySession session, BooleanSupplier current, LongSupplier generation) {
		super("Checking " + session.getFile().getFileName() + " against the advocacy rules");
		this.session = session;
		this.current = current;
		this.generation = generation;
		setPriority(DECORATE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ProblemMarkers.JOB_FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			IFile file = linkIfCurrent(workspace, progress.split(1));
			if (file == null) {
				return Status.CANCEL_STATUS;
			}
			long checked = generation.getAsLong();
			List<Map<String, Object>> problems = validate(checked);
			progress.worked(1);
			if (problems == null || progress.isCanceled() || checked != generation.getAsLong()) {
				return Status.CANCEL_STATUS;
			}
			workspace.run(marking -> {
				if (current.getAsBoolean() && file.exists()) {
					replace(file, problems);
				}
			}, file, IWorkspace.AVOID_UPDATE, progress.split(1));
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	/** @return the linked file, or {@code null} when another repository is open by now */
	private IFile linkIfCurrent(IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
		IFile[] file = new IFile[1];
		workspace.run(linking -> {
			if (current.getAsBoolean()) {
				file[0] = RepositoryLink.link(session.getFile(), linking);
			}
		}, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		return file[0];
	}

	/** @return the problems, or {@code null} when the model changed while it was being read */
	private List<Map<String, Object>> validate(long checked) {
		try {
			return ProblemMarkerAttributes.of(AdvocacyValidation.validate(session.getRepository()));
		} catch (RuntimeException e) {
			if (checked != generation.getAsLong()) {
				return null;
			}
			throw e;
		}
	}

	/**
	 * Deletes the markers of problems that are gone and creates those of new ones; a marker of a problem still
	 * there stays as it is, so that what is selected in the Problems view survives an unrelated edit.
	 */
	private static void replace(IFile file, List<Map<String, Object>> problems) throws CoreException {
		Map<Map<String, Object>, Integer> missing = new HashMap<>();
		for (Map<String, Object> attributes : problems) {
			missing.merge(attributes, 1, Integer::sum);
		}
		for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
			Map<String, Object> attributes = marker.getAttributes();
			Integer count = missing.get(attributes);
			if (count == null) {
				marker.delete();
			} else if (count == 1) {
				missing.remove(attributes);
			} else {
				missing.put(attributes, count - 1);
			}
		}
		for (Map.Entry<Map<String, Object>, Integer> problem : missing.entrySet()) {
			for (int i = 0; i < problem.getValue(); i++) {
				file.createMarker(ProblemMarkers.TYPE, problem.getKey());
			}
		}
	}
}

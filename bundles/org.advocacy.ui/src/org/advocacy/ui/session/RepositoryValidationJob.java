// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.core.validation.AdvocacyDiagnostician;
import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Validates a whole repository against the advocacy rules in the background, with progress per engagement and
 * cancellation. The job validates a copy taken when it is created (on the UI thread), so the user may keep editing
 * while it runs; the findings are mapped back to the session's own objects, so whoever shows them (result dialog,
 * Problems markers, editor navigation) can go to the object and feature each one is about.
 * <p>
 * Parts that show findings (Problems markers, for instance) follow every validation by adding a job-change
 * listener to the job manager and reading {@link #getDiagnostic()} from the finished jobs of {@link #FAMILY}.
 */
public final class RepositoryValidationJob extends Job {

	/** The job family of repository validations. */
	public static final Object FAMILY = RepositoryValidationJob.class;

	private final String fileName;
	private final AdvocacyRepository copy;
	private final Map<EObject, EObject> originals = new IdentityHashMap<>();
	private volatile Diagnostic diagnostic;

	/**
	 * Takes the copy to validate; call on the thread that changes the model (the UI thread).
	 *
	 * @param session the repository to validate
	 */
	public RepositoryValidationJob(RepositorySession session) {
		super("Validating " + session.getFile().getFileName());
		this.fileName = session.getFile().getFileName().toString();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		copy = (AdvocacyRepository) copier.copy(session.getRepository());
		copier.copyReferences();
		copier.forEach((original, copied) -> originals.put(copied, original));
		setUser(true);
		setPriority(LONG);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Validating " + fileName, copy.getEngagements().size() + 1);
		try {
			Diagnostic found = new ProgressDiagnostician(progress).validate(copy);
			diagnostic = toOriginals(found);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			return Status.error("Validating " + fileName + " failed: " + e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}

	/**
	 * @return the validation's findings once the job has finished (data: the session's own objects, then the
	 *         feature), or {@code null} while it runs or when it was cancelled
	 */
	public Diagnostic getDiagnostic() {
		return diagnostic;
	}

	/** @return the name of the file validated */
	public String getFileName() {
		return fileName;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	private Diagnostic toOriginals(Diagnostic found) {
		List<?> data = found.getData().stream().map(item -> item instanceof EObject object && originals.containsKey(object)
				? originals.get(object)
				: item).toList();
		BasicDiagnostic mapped = new BasicDiagnostic(found.getSeverity(), found.getSource(), found.getCode(),
				found.getMessage(), data.toArray());
		found.getChildren().forEach(child -> mapped.add(toOriginals(child)));
		return mapped;
	}

	/** The advocacy diagnostician, reporting each engagement it validates as a step of progress. */
	private static final class ProgressDiagnostician extends AdvocacyDiagnostician {

		private final SubMonitor progress;

		ProgressDiagnostician(SubMonitor progress) {
			super(AdvocacyValidation.newRegistry());
			this.progress = progress;
		}

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			if (eObject instanceof Engagement engagement) {
				progress.subTask(engagement.getKey() == null ? "" : engagement.getKey());
				progress.split(1);
			}
			return super.validate(eClass, eObject, diagnostics, context);
		}
	}
}

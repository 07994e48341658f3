// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.handlers;

import org.advocacy.ui.session.CurrentRepository;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.session.RepositoryValidationJob;
import org.advocacy.ui.session.ValidationSummary;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Validate Repository: checks the whole open repository against the advocacy rules as a background job with
 * progress, then says how many problems it found and lists the first of them.
 */
public class ValidateRepositoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		RepositorySession session = CurrentRepository.orExplain(shell, "Validate Repository");
		if (session == null) {
			return null;
		}
		RepositoryValidationJob job = new RepositoryValidationJob(session);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				Diagnostic diagnostic = job.getDiagnostic();
				if (diagnostic != null) {
					Display.getDefault().asyncExec(() -> show(ValidationSummary.of(job.getFileName(), diagnostic)));
				}
			}
		});
		job.schedule();
		return null;
	}

	private static void show(ValidationSummary summary) {
		Shell shell = Display.getDefault().getActiveShell();
		int kind = switch (summary.severity()) {
		case Diagnostic.OK -> MessageDialog.INFORMATION;
		case Diagnostic.INFO, Diagnostic.WARNING -> MessageDialog.WARNING;
		default -> MessageDialog.ERROR;
		};
		MessageDialog.open(kind, shell, "Validate Repository", summary.text(), 0);
	}
}

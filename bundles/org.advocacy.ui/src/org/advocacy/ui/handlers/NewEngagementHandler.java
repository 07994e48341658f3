// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.handlers;

import java.time.Clock;

import org.advocacy.ui.session.CurrentRepository;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.wizards.NewEngagementWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the New Engagement wizard on the open repository; a user who may only read is told why not. */
public class NewEngagementHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		RepositorySession session = CurrentRepository.orExplain(window.getShell(), "New Engagement");
		if (session == null) {
			return null;
		}
		if (session.getReadOnlyReason() != null) {
			MessageDialog.openInformation(window.getShell(), "New Engagement", session.getReadOnlyReason());
			return null;
		}
		new WizardDialog(window.getShell(),
				new NewEngagementWizard(session, window.getActivePage(), Clock.systemDefaultZone())).open();
		return null;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.advocacy.model.BusinessUnit;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.ProductLine;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.organization.ReferenceDataEditor;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the reference data editor on the open repository and shows the segment, customer, contact, reason, business
 * unit or product line selected, if one is.
 */
public class OpenReferenceDataHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		if (session == null) {
			MessageDialog.openInformation(window.getShell(), "Open Reference Data",
					"Open an advocacy repository first (File > Open Advocacy Repository...).");
			return null;
		}
		EObject reveal = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof EObject object && isReferenceData(object)) {
			reveal = object;
		}
		try {
			ReferenceDataEditor.open(window.getActivePage(), session, reveal);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	private static boolean isReferenceData(EObject object) {
		return object instanceof CustomerSegment || object instanceof Customer || object instanceof CustomerContact
				|| object instanceof EngagementReason || object instanceof BusinessUnit || object instanceof ProductLine;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Person;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.organization.OrganizationEditor;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the organization editor on the open repository and shows the person named by the command's
 * {@value #PERSON} parameter (what the Escalation Graph passes), or else the person, area or calendar selected.
 */
public class OpenOrganizationHandler extends AbstractHandler {

	/** The command's optional parameter: the URI fragment (the id) of a person of the open repository. */
	public static final String PERSON = "org.advocacy.ui.organization.open.person";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		if (session == null) {
			MessageDialog.openInformation(window.getShell(), "Open Organization",
					"Open an advocacy repository first (File > Open Advocacy Repository...).");
			return null;
		}
		try {
			String person = event.getParameter(PERSON);
			EObject reveal = person == null ? selected(HandlerUtil.getCurrentSelection(event)) : person(session, person);
			OrganizationEditor.open(window.getActivePage(), session, reveal);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	private static Person person(RepositorySession session, String id) throws ExecutionException {
		if (session.getRepository().eResource().getEObject(id) instanceof Person person) {
			return person;
		}
		throw new ExecutionException("No person with the id " + id + " in " + session.getFile());
	}

	private static EObject selected(ISelection selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof EObject object
				&& (object instanceof Person || object instanceof FunctionalArea || object instanceof BusinessCalendar
						|| object instanceof AwayPeriod)) {
			return object;
		}
		return null;
	}
}

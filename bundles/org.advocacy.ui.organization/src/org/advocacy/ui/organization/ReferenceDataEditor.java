// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.RepositoryFormEditor;
import org.advocacy.ui.forms.HeaderProblems;
import org.advocacy.ui.organization.internal.CustomersPage;
import org.advocacy.ui.organization.internal.ReferenceDataPage;
import org.advocacy.ui.organization.internal.ReferenceListPage;
import org.advocacy.ui.organization.internal.RevealingPage;
import org.advocacy.ui.organization.internal.SegmentsPage;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IMessageManager;

/**
 * The reference data editor: the customer segments with their advocacy level and service targets, the customers
 * with their contacts, the reasons for engagement, the business units and the product lines of the open repository.
 * Like the organization editor it edits through the repository session's one editing domain (one undo history per
 * file, dirty exactly when the session is, Save writes the file atomically). Removing something still in use is
 * refused, naming where it is used. Customers and contacts can be imported from a CSV file from every page's
 * header.
 */
public class ReferenceDataEditor extends RepositoryFormEditor<ReferenceDataPage> {

	/** The editor's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.organization.referenceData";

	private AdvocacyRepository repository;

	/**
	 * Opens the reference data of a session's repository, or activates the editor already showing it, and reveals an
	 * object in it.
	 *
	 * @param page    the workbench page
	 * @param session the repository session
	 * @param reveal  a segment, customer, contact, reason, business unit or product line, or {@code null}
	 * @return the editor
	 * @throws PartInitException when the editor cannot be opened
	 */
	public static ReferenceDataEditor open(IWorkbenchPage page, RepositorySession session, EObject reveal)
			throws PartInitException {
		ReferenceDataEditor editor = (ReferenceDataEditor) page.openEditor(
				new ReferenceDataEditorInput(session.getFile()), ID, true,
				IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		if (reveal != null) {
			editor.reveal(reveal);
		}
		return editor;
	}

	@Override
	protected EObject resolve(IEditorInput input, RepositorySession session) throws PartInitException {
		if (!(input instanceof ReferenceDataEditorInput referenceInput)
				|| !referenceInput.getFile().equals(session.getFile())) {
			throw new PartInitException("The reference data editor opens the reference data of the repository open"
					+ " now (" + session.getFile() + "), not " + input.getToolTipText());
		}
		repository = session.getRepository();
		return repository;
	}

	@Override
	protected void addPages() {
		try {
			addFormPage(new SegmentsPage(this));
			addFormPage(new CustomersPage(this));
			addFormPage(ReferenceListPage.reasons(this));
			addFormPage(ReferenceListPage.businessUnits(this));
			addFormPage(ReferenceListPage.productLines(this));
		} catch (PartInitException e) {
			AdvocacyUiPlugin.getDefault().getLog().log(e.getStatus());
		}
	}

	/**
	 * Shows the page that lists an object and selects it there.
	 *
	 * @param object a segment, customer, contact, reason, business unit or product line
	 * @return whether a page shows it
	 */
	public boolean reveal(EObject object) {
		return RevealingPage.reveal(this, formPages(), object);
	}

	/** @return the repository whose reference data is edited */
	public AdvocacyRepository getRepository() {
		return repository;
	}

	/**
	 * Runs the advocacy validation on each segment, customer, reason, business unit and product line and shows what
	 * it found in the header of the page listing it; clicking a problem reveals the object.
	 */
	@Override
	public void validate() {
		if (repository == null || !isShowing()) {
			return;
		}
		for (ReferenceDataPage page : formPages()) {
			IMessageManager messages = page.messages();
			if (messages != null) {
				List<Diagnostic> problems = new ArrayList<>();
				for (EObject object : page.listed()) {
					problems.addAll(AdvocacyValidation.validate(object).getChildren());
				}
				HeaderProblems.show(messages, problems, object -> null);
			}
		}
	}
}

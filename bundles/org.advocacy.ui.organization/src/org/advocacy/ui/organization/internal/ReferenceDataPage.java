// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.util.List;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.ui.forms.RepositoryFormPage;
import org.advocacy.ui.organization.ReferenceDataEditor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A page of the reference data editor: offers the customers CSV import in its header and reveals the object of a
 * problem clicked there. What every repository form page does (bindings, header problems, refreshing after commands)
 * comes from {@link org.advocacy.ui.forms.RepositoryFormPage}.
 */
public abstract class ReferenceDataPage extends RepositoryFormPage<ReferenceDataEditor> implements RevealingPage {

	/**
	 * @param editor the editor
	 * @param id     the page id
	 * @param title  the tab title
	 */
	protected ReferenceDataPage(ReferenceDataEditor editor, String id, String title) {
		super(editor, id, title);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(getTitle());
		super.createFormContent(managedForm);
		FormColumns.addImport(form, "Import Customers CSV...",
				"Import customers and their contacts from a CSV file (one undoable change)",
				() -> CsvImportWizard.openDialog(form.getShell(), CsvImportWizard.customers(editor().getSession())));
	}

	/** A problem in the header reveals the object it is about. */
	@Override
	protected void messageActivated(IMessage message) {
		RevealingPage.objectOf(message).ifPresent(editor()::reveal);
	}

	/** @return the repository whose reference data is edited */
	protected AdvocacyRepository repository() {
		return editor().getRepository();
	}

	/** @return the objects this page lists, whose problems its header shows */
	public abstract List<? extends EObject> listed();
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.time.Instant;

import org.advocacy.model.Organization;
import org.advocacy.ui.forms.RepositoryFormPage;
import org.advocacy.ui.organization.OrganizationEditor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A page of the organization editor: offers the CSV import in its header, publishes the selection of its main viewer
 * to the workbench, and reveals the object of a problem clicked in its header. What every repository form page does
 * (bindings, header problems, refreshing after commands) comes from {@link RepositoryFormPage}.
 */
public abstract class OrganizationFormPage extends RepositoryFormPage<OrganizationEditor> implements RevealingPage {

	private StructuredViewer mainViewer;

	/**
	 * @param editor the editor
	 * @param id     the page id
	 * @param title  the tab title
	 */
	protected OrganizationFormPage(OrganizationEditor editor, String id, String title) {
		super(editor, id, title);
	}

	/**
	 * Titles the form, offers the CSV import in its header and lays its body out in two columns, then lets the page
	 * fill it with {@link #createContent(FormToolkit, Composite)} and lays the filled form out.
	 */
	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(getTitle());
		super.createFormContent(managedForm);
		FormColumns.addImport(form, "Import Who-to-Call CSV...",
				"Import the who-to-call matrix from a CSV file (one undoable change)",
				() -> CsvImportWizard.openDialog(form.getShell(), CsvImportWizard.whoToCall(editor().getSession())));
		Composite body = form.getBody();
		FormColumns.layOutTwo(body);
		createContent(managedForm.getToolkit(), body);
		form.reflow(true);
	}

	/**
	 * Creates the page's sections in the form body.
	 *
	 * @param toolkit the form toolkit
	 * @param body    the form body, laid out in two columns
	 */
	protected abstract void createContent(FormToolkit toolkit, Composite body);

	/** A problem in the header reveals the object it is about. */
	@Override
	protected void messageActivated(IMessage message) {
		RevealingPage.objectOf(message).ifPresent(editor()::reveal);
	}

	/** @return the organization edited */
	protected Organization organization() {
		return editor().getOrganization();
	}

	/** @return the instant "now" for who is away, from the editor's clock */
	protected Instant now() {
		return editor().getClock().instant();
	}

	/**
	 * Makes a viewer the one whose selection the editor publishes while this page is active.
	 *
	 * @param viewer the page's main viewer
	 */
	protected void publishSelectionOf(StructuredViewer viewer) {
		mainViewer = viewer;
		viewer.addSelectionChangedListener(event -> publishSelection());
	}

	/** Publishes the main viewer's selection as the editor's. */
	public void publishSelection() {
		if (mainViewer != null && !mainViewer.getControl().isDisposed()) {
			ISelection selection = mainViewer.getSelection();
			editor().getPageSelection().setSelection(selection);
		}
	}


	/**
	 * @param object an object a problem is about
	 * @return the control of this page that shows it, to decorate; {@code null} when none or not created yet. This
	 *         page's main viewer, where it shows the object; a page that shows parts of an object elsewhere says so.
	 */
	public Control controlFor(EObject object) {
		return mainViewer != null && shows(object) ? mainViewer.getControl() : null;
	}
}

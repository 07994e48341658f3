// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.time.Instant;

import org.advocacy.model.Organization;
import org.advocacy.ui.forms.RepositoryFormPage;
import org.advocacy.ui.organization.OrganizationEditor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A page of the organization editor: offers the CSV import in its header, publishes the selection of its main viewer
 * to the workbench, and reveals the object of a problem clicked in its header. What every repository form page does
 * (bindings, header problems, refreshing after commands) comes from {@link RepositoryFormPage}.
 */
public abstract class OrganizationFormPage extends RepositoryFormPage<OrganizationEditor> {

	private StructuredViewer mainViewer;

	/**
	 * @param editor the editor
	 * @param id     the page id
	 * @param title  the tab title
	 */
	protected OrganizationFormPage(OrganizationEditor editor, String id, String title) {
		super(editor, id, title);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(getTitle());
		super.createFormContent(managedForm);
		Action importCsv = new Action("Import Who-to-Call CSV...", ResourceLocator
				.imageDescriptorFromBundle(OrganizationFormPage.class, "icons/organization16.png").orElse(null)) {
			@Override
			public void run() {
				WhoToCallImportWizard.openDialog(form.getShell(), editor().getSession());
			}
		};
		importCsv.setToolTipText("Import the who-to-call matrix from a CSV file (one undoable change)");
		form.getToolBarManager().add(importCsv);
		form.updateToolBar();
	}

	/** A problem in the header reveals the object it is about. */
	@Override
	protected void messageActivated(IMessage message) {
		if (message.getData() instanceof Diagnostic problem && !problem.getData().isEmpty()
				&& problem.getData().get(0) instanceof EObject object) {
			editor().reveal(object);
		}
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
	 * @param object an object of the organization
	 * @return whether this page shows it (and can reveal it)
	 */
	public abstract boolean shows(EObject object);

	/**
	 * Selects an object this page {@link #shows(EObject) shows}; called with the page active.
	 *
	 * @param object the object
	 */
	public abstract void reveal(EObject object);

	/**
	 * @param object an object a problem is about
	 * @return the control of this page that shows it, to decorate; {@code null} when none or not created yet
	 */
	public abstract Control controlFor(EObject object);
}

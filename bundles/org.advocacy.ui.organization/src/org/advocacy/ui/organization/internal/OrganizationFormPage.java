// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.Organization;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.organization.OrganizationEditor;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A page of the organization editor: owns its data-binding context, offers the CSV import in its header, publishes
 * the selection of its main viewer to the workbench, shows the organization's problems in its header (clicking one
 * reveals its object), and refreshes what bindings do not cover after every command.
 */
public abstract class OrganizationFormPage extends FormPage {

	private final List<Runnable> refreshers = new ArrayList<>();
	private DataBindingContext bindings;
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
		bindings = new DataBindingContext();
		ScrolledForm form = managedForm.getForm();
		form.setText(getTitle());
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		form.getForm().addMessageHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				if (event.data instanceof IMessage[] messages && messages.length > 0
						&& messages[0].getData() instanceof Diagnostic problem && !problem.getData().isEmpty()
						&& problem.getData().get(0) instanceof EObject object) {
					editor().reveal(object);
				}
			}
		});
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
		form.getDisplay().asyncExec(editor()::validate);
	}

	/** @return the editor */
	protected OrganizationEditor editor() {
		return (OrganizationEditor) getEditor();
	}

	/** @return the organization edited */
	protected Organization organization() {
		return editor().getOrganization();
	}

	/** @return the file's editing domain */
	protected EditingDomain domain() {
		return editor().getEditingDomain();
	}

	/** @return the instant "now" for who is away, from the editor's clock */
	protected Instant now() {
		return editor().getClock().instant();
	}

	/** @return plain-words text for values */
	protected ValueText valueText() {
		return new ValueText(editor().getSession().getAdapterFactory(), ZoneId.systemDefault());
	}

	/** @return the page's data-binding context */
	protected DataBindingContext bindings() {
		return bindings;
	}

	/** @param refresher run after every change of the model, for what data binding does not cover */
	protected void onModelChange(Runnable refresher) {
		refreshers.add(refresher);
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

	/** @return the header's message manager, or {@code null} before the page is shown the first time */
	public IMessageManager messages() {
		return getManagedForm() == null ? null : getManagedForm().getMessageManager();
	}

	/** Called after every command on the file's stack; refreshes what bindings do not. */
	public void modelChanged() {
		if (getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
			refreshers.forEach(Runnable::run);
			getManagedForm().getForm().reflow(true);
		}
	}

	@Override
	public void dispose() {
		if (bindings != null) {
			bindings.dispose();
		}
		super.dispose();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.history;

import java.time.ZoneId;
import java.util.List;

import org.advocacy.core.repository.DocumentContent;
import org.advocacy.ui.emf.ItemProviderContentProvider;
import org.advocacy.ui.emf.ItemProviderLabelProvider;
import org.advocacy.ui.emf.ModelTerms;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.TextColumns;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * One old version of a document, read-only: its objects as a tree (as the item providers label them) and the
 * fields of the selected object with their values. Nothing in it can be edited or saved; it does not block the
 * workbench, so several versions can be compared side by side.
 */
final class VersionDialog extends Dialog {

	private final String title;
	private final EObject document;
	private final ComposedAdapterFactory adapterFactory = RepositorySession.createAdapterFactory();
	private final ValueText values = new ValueText(adapterFactory, ZoneId.systemDefault());
	private TreeViewer objects;
	private TableViewer fields;

	/**
	 * @param parent   the workbench window's shell
	 * @param title    which document and version, e.g. "ADV-0002 … as saved by dana on …"
	 * @param document the version's root object, in a resource set of its own
	 */
	VersionDialog(Shell parent, String title, EObject document) {
		super(parent);
		this.title = title;
		this.document = document;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MAX | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.addDisposeListener(closed -> adapterFactory.dispose());
		shell.setText(title + " (read-only)");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		SashForm sash = new SashForm(area, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 480).applyTo(sash);
		objects = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE);
		objects.setContentProvider(new ItemProviderContentProvider(adapterFactory));
		objects.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
		objects.setInput(List.of(document)); // a list, so that the root itself is shown
		objects.addSelectionChangedListener(event -> fields.setInput(
				fieldsOf((EObject) objects.getStructuredSelection().getFirstElement())));
		fields = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
		fields.getTable().setHeaderVisible(true);
		fields.getTable().setLinesVisible(true);
		fields.setContentProvider(ArrayContentProvider.getInstance());
		TextColumns.<Field>add(fields, "Field", 170,
				field -> ModelTerms.feature(field.owner().eClass().getName(), field.feature().getName()));
		TextColumns.<Field>add(fields, "Value", 360, field -> values.of(field.owner().eGet(field.feature())));
		sash.setWeights(45, 55);
		objects.expandToLevel(2);
		objects.setSelection(new StructuredSelection(document), true);
		return area;
	}

	/** One field of one object, for the table. */
	private record Field(EObject owner, EStructuralFeature feature) {
	}

	private static List<Field> fieldsOf(EObject object) {
		if (object == null) {
			return List.of();
		}
		return DocumentContent.features(object.eClass()).stream()
				.filter(feature -> !(feature instanceof EReference reference && reference.isContainment()))
				.map(feature -> new Field(object, feature)).toList();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}
}

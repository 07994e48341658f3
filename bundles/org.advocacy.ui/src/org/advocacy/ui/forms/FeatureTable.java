// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import java.util.List;
import java.util.function.Function;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.ui.emf.ValueText;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A table of the objects in a containment list of a model object, with cells edited in place and Add/Remove
 * buttons; every change is an EMF command on the file's editing domain. The rows follow the list through EMF
 * databinding; the cells are refreshed after every command.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
public final class FeatureTable {

	private final EditingDomain domain;
	private final IObservableValue master;
	private final EReference list;
	private final Function<EObject, EObject> newChild;
	private final TableViewer viewer;
	private final Composite control;
	private final Button add;
	private final Button remove;

	/**
	 * @param toolkit   the form toolkit
	 * @param parent    where the table goes
	 * @param domain    the file's editing domain
	 * @param master    the object owning the list (may change or be {@code null})
	 * @param list      the containment list shown
	 * @param valueText plain-words cell text
	 * @param columns   the columns
	 * @param newChild  makes a new row's object for the owner given (not yet added)
	 */
	public FeatureTable(FormToolkit toolkit, Composite parent, EditingDomain domain, IObservableValue master,
			EReference list, ValueText valueText, List<TableColumnSpec> columns, Function<EObject, EObject> newChild) {
		this.domain = domain;
		this.master = master;
		this.list = list;
		this.newChild = newChild;
		control = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
		Table table = toolkit.createTable(control, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 110).span(1, 3).applyTo(table);
		viewer = new TableViewer(table);
		ColumnViewerToolTipSupport.enableFor(viewer);
		for (TableColumnSpec spec : columns) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
			column.getColumn().setText(spec.title());
			column.getColumn().setWidth(spec.width());
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					Object value = ((EObject) element).eGet(spec.feature());
					if (value instanceof Boolean flag) {
						return flag ? "\u2713" : "";
					}
					return valueText.of(value);
				}
			});
			if (spec.editable()) {
				column.setEditingSupport(new FeatureEditingSupport(viewer, domain, spec.feature()));
			}
		}
		viewer.setContentProvider(new ObservableListContentProvider());
		viewer.setInput(EMFEditProperties.list(domain, list).observeDetail(master));
		add = ActionButtons.push(toolkit, control, "Add");
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, event -> addRow());
		remove = ActionButtons.push(toolkit, control, "Remove");
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		remove.addListener(SWT.Selection, event -> removeSelected());
		viewer.addSelectionChangedListener(event -> updateButtons());
		updateButtons();
	}

	/** @param height the table's preferred height in pixels (rows beyond it scroll) */
	public void setHeight(int height) {
		((org.eclipse.swt.layout.GridData) viewer.getTable().getLayoutData()).heightHint = height;
	}

	/** @param comparator orders the rows, e.g. the chronology by time */
	public void setComparator(ViewerComparator comparator) {
		viewer.setComparator(comparator);
	}

	/** Adds a new row to the list as a command, and starts editing its first editable cell. */
	public void addRow() {
		EObject owner = (EObject) master.getValue();
		if (owner == null) {
			return;
		}
		EObject child = newChild.apply(owner);
		domain.getCommandStack().execute(FeatureCommands.add(domain, owner, list, child));
		viewer.refresh();
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(child), true);
	}

	private void removeSelected() {
		EObject owner = (EObject) master.getValue();
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (owner != null && !selection.isEmpty()) {
			domain.getCommandStack().execute(FeatureCommands.remove(domain, owner, list, selection.toList()));
		}
	}

	/** Refreshes the cells and the buttons after a change of the model. */
	public void refresh() {
		if (!viewer.getControl().isDisposed()) {
			viewer.refresh(true);
			updateButtons();
		}
	}

	private void updateButtons() {
		add.setEnabled(master.getValue() != null);
		remove.setEnabled(!viewer.getSelection().isEmpty());
	}

	/** @return the composite holding the table and its buttons */
	public Composite getControl() {
		return control;
	}

	/** @return the table viewer */
	public TableViewer getViewer() {
		return viewer;
	}
}

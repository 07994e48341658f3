// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.util.List;
import java.util.function.Supplier;

import org.advocacy.core.commands.Edit;
import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.commands.Usages;
import org.advocacy.ui.emf.ValueText;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A table of the areas, people or calendars of the organization with Add and Remove buttons, as commands on the
 * file's editing domain. Rows follow the list through EMF databinding. Removing an object still named elsewhere (a
 * person on a ladder or in an engagement, a calendar in use) is refused with the places to change first.
 */
final class OrganizationListTable {

	/** The space a cell needs beside its text: the cell's margins and the column's edge. */
	private static final int CELL_PADDING = 24;

	private final EditingDomain domain;
	private final EObject owner;
	private final EReference list;
	private final Supplier<? extends EObject> newObject;
	private final Usages usages;
	private final TableViewer viewer;
	private final Composite control;
	private final Composite holder;
	private final TableColumnLayout columns = new TableColumnLayout();
	private final Button remove;

	/**
	 * @param toolkit   the form toolkit
	 * @param parent    where the table goes
	 * @param domain    the file's editing domain
	 * @param owner     the organization
	 * @param list      the containment list shown
	 * @param noun      what a row is, for the buttons ("Area", "Person", "Calendar")
	 * @param newObject makes a new row's object (not yet added)
	 * @param valueText how objects read in messages
	 */
	OrganizationListTable(FormToolkit toolkit, Composite parent, EditingDomain domain, EObject owner, EReference list,
			String noun, Supplier<? extends EObject> newObject, ValueText valueText) {
		this.domain = domain;
		this.owner = owner;
		this.list = list;
		this.newObject = newObject;
		this.usages = new Usages(valueText::of);
		control = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
		holder = toolkit.createComposite(control);
		holder.setLayout(columns);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).span(1, 3).applyTo(holder);
		Table table = toolkit.createTable(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer = new TableViewer(table);
		ColumnViewerToolTipSupport.enableFor(viewer);
		Button add = toolkit.createButton(control, "Add " + noun, SWT.PUSH);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, event -> addRow());
		remove = toolkit.createButton(control, "Remove " + noun, SWT.PUSH);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		remove.addListener(SWT.Selection, event -> removeSelected());
		viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
		remove.setEnabled(false);
	}

	/**
	 * Adds a column; call before {@link #setInput()}.
	 *
	 * @param title   the header
	 * @param width   the preferred width in pixels; columns share the table's width in these proportions and keep
	 *                at least a third of it
	 * @param labels  the cell text
	 * @param editing in-place editing, or {@code null}
	 * @return the column
	 */
	TableViewerColumn column(String title, int width, CellLabelProvider labels, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), new ColumnWeightData(width, width / 3, true));
		column.setLabelProvider(labels);
		if (editing != null) {
			column.setEditingSupport(editing);
		}
		return column;
	}

	/**
	 * Keeps a column at least as wide as the widest of the texts given, so that none of them is cut.
	 *
	 * @param column the column, added by {@link #column}
	 * @param width  its preferred width in pixels, as given to {@link #column}
	 * @param texts  the texts it must show in full
	 */
	void fitTexts(TableViewerColumn column, int width, List<String> texts) {
		GC gc = new GC(viewer.getTable());
		int widest = 0;
		for (String text : texts) {
			widest = Math.max(widest, gc.textExtent(text).x);
		}
		gc.dispose();
		int minimum = widest + CELL_PADDING;
		columns.setColumnData(column.getColumn(), new ColumnWeightData(Math.max(width, minimum), minimum, true));
		holder.layout(true);
	}

	/** Shows the list; the rows follow it from now on. */
	void setInput() {
		viewer.setContentProvider(new ObservableListContentProvider<>());
		viewer.setInput(EMFEditProperties.list(domain, list).observe(owner));
	}

	/** Adds a new object to the list as a command, selects it and starts editing its first editable cell. */
	void addRow() {
		EObject child = newObject.get();
		domain.getCommandStack().execute(FeatureCommands.add(domain, owner, list, child));
		viewer.setSelection(new StructuredSelection(child), true);
		viewer.editElement(child, 0);
	}

	private void removeSelected() {
		Edit edit = FeatureCommands.removeUnlessUsed(domain, owner, list, viewer.getStructuredSelection().toList(),
				usages);
		if (edit.refusal() != null) {
			MessageDialog.openInformation(viewer.getControl().getShell(), remove.getText(), edit.refusal());
		} else if (edit.accepted()) {
			domain.getCommandStack().execute(edit.command());
		}
	}

	/** Refreshes the cells after a change of the model. */
	void refresh() {
		if (!viewer.getControl().isDisposed()) {
			viewer.refresh(true);
			remove.setEnabled(!viewer.getSelection().isEmpty());
		}
	}

	/** @param height the table's preferred height in pixels, when it should not take all the height left */
	void setHeight(int height) {
		GridDataFactory.fillDefaults().grab(true, false).hint(300, height).span(1, 3).applyTo(holder);
	}

	/** @return the selected row, observed, for the details shown beside the table */
	IObservableValue<?> observeSelection() {
		return ViewerProperties.singleSelection().observe(viewer);
	}

	/** Selects the first row, when there is one, so that its details show. */
	void selectFirst() {
		Object first = viewer.getElementAt(0);
		if (first != null) {
			viewer.setSelection(new StructuredSelection(first));
		}
	}

	/** @return the composite holding the table and its buttons */
	Composite getControl() {
		return control;
	}

	/** @return the table viewer */
	TableViewer getViewer() {
		return viewer;
	}
}

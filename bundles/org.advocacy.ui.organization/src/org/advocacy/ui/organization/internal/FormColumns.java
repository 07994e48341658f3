// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** What the pages of the organization and reference data editors share in their layout: columns, header actions. */
final class FormColumns {

	private FormColumns() {
	}

	/**
	 * Lays a page body out as two columns of sections, each made by {@link #create}.
	 *
	 * @param body the page body
	 */
	static void layOutTwo(Composite body) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(14, 10).applyTo(body);
	}

	/**
	 * The two columns of a page that lists objects on the left and shows the selected one's details on the right.
	 *
	 * @param left  the column of the list
	 * @param right the column of the details
	 */
	record Pair(Composite left, Composite right) {
	}

	/**
	 * Lays a page body out as {@link #layOutTwo two columns} that both take a share of the width left.
	 *
	 * @param managedForm the page's form
	 * @param leftWidth   the left column's preferred width in pixels
	 * @param rightWidth  the right column's preferred width in pixels
	 * @return the two columns
	 */
	static Pair two(IManagedForm managedForm, int leftWidth, int rightWidth) {
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		layOutTwo(body);
		return new Pair(create(toolkit, body, true, leftWidth), create(toolkit, body, true, rightWidth));
	}

	/**
	 * @param toolkit the form toolkit
	 * @param body    the page body, a grid with a column per call
	 * @param grab    whether the column takes a share of the width left
	 * @param width   the column's preferred width in pixels
	 * @return a column of sections stacked top to bottom
	 */
	static Composite create(FormToolkit toolkit, Composite body, boolean grab, int width) {
		Composite column = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(column);
		GridDataFactory.fillDefaults().grab(grab, true).hint(width, SWT.DEFAULT).applyTo(column);
		return column;
	}

	/**
	 * Puts a CSV import in a form's header tool bar.
	 *
	 * @param form the page's form
	 * @param text the action's text, e.g. "Import Customers CSV..."
	 * @param tip  its tool tip
	 * @param open opens the import wizard
	 */
	static void addImport(ScrolledForm form, String text, String tip, Runnable open) {
		Action importCsv = new Action(text, ResourceLocator
				.imageDescriptorFromBundle(FormColumns.class, "icons/organization16.png").orElse(null)) {
			@Override
			public void run() {
				open.run();
			}
		};
		importCsv.setToolTipText(tip);
		form.getToolBarManager().add(importCsv);
		form.updateToolBar();
	}
}

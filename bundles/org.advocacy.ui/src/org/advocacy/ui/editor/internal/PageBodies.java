// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import org.advocacy.model.Engagement;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** The one way the engagement editor's pages title their form and lay out its body. */
final class PageBodies {

	private PageBodies() {
	}

	/**
	 * Titles the form "page title \u2014 case number" and lays its body out in columns with the editor's margins.
	 *
	 * @param managedForm the page's form
	 * @param title       the page's title
	 * @param engagement  the engagement edited
	 * @param columns     how many columns
	 * @param equalWidth  whether the columns share the width equally
	 * @return the form's body
	 */
	static Composite titled(IManagedForm managedForm, String title, Engagement engagement, int columns,
			boolean equalWidth) {
		ScrolledForm form = managedForm.getForm();
		form.setText(title + " \u2014 " + OverviewPage.escape(engagement.getKey()));
		Composite body = form.getBody();
		layOut(body, columns, equalWidth);
		return body;
	}

	/**
	 * Lays a form body out in columns with the editor's margins.
	 *
	 * @param body       the form's body
	 * @param columns    how many columns
	 * @param equalWidth whether the columns share the width equally
	 */
	static void layOut(Composite body, int columns, boolean equalWidth) {
		GridLayoutFactory.fillDefaults().numColumns(columns).equalWidth(equalWidth).margins(10, 10).spacing(14, 10)
				.applyTo(body);
	}
}

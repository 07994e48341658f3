// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/** Makes the titled sections of the form editors' pages (engagement, organization), laid out on a grid. */
public final class Sections {

	private Sections() {
	}

	/**
	 * @param toolkit     the form toolkit
	 * @param parent      the page body (a grid)
	 * @param title       the section title
	 * @param description a line under the title, or {@code null}
	 * @param span        how many grid columns the section spans
	 * @param columns     the columns of the section's client grid
	 * @return the section's client composite
	 */
	public static Composite create(FormToolkit toolkit, Composite parent, String title, String description, int span,
			int columns) {
		return create(toolkit, parent, title, description, span, columns, false);
	}

	/**
	 * @param toolkit     the form toolkit
	 * @param parent      the page body or a column of it (a grid)
	 * @param title       the section title
	 * @param description a line under the title, or {@code null}
	 * @param span        how many grid columns the section spans
	 * @param columns     the columns of the section's client grid
	 * @param grabHeight  whether the section takes the height left
	 * @return the section's client composite
	 */
	public static Composite create(FormToolkit toolkit, Composite parent, String title, String description,
			int span, int columns, boolean grabHeight) {
		int style = ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED
				| (description == null ? 0 : Section.DESCRIPTION);
		Section section = toolkit.createSection(parent, style);
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		GridDataFactory.fillDefaults().grab(true, grabHeight).span(span, 1).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(2, 4).spacing(8, 5).applyTo(client);
		section.setClient(client);
		toolkit.paintBordersFor(client);
		return client;
	}
}

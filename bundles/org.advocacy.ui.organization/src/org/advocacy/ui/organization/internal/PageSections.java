// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/** Makes the titled sections of the organization editor's pages, laid out on a grid. */
final class PageSections {

	private PageSections() {
	}

	/**
	 * @param toolkit     the form toolkit
	 * @param parent      the page body or a column of it (a grid)
	 * @param title       the section title
	 * @param description a line under the title
	 * @param columns     the columns of the section's client grid
	 * @param grabHeight  whether the section takes the height left
	 * @return the section's client composite
	 */
	static Composite create(FormToolkit toolkit, Composite parent, String title, String description, int columns,
			boolean grabHeight) {
		Section section = toolkit.createSection(parent,
				ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, grabHeight).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(2, 4).spacing(8, 5).applyTo(client);
		section.setClient(client);
		toolkit.paintBordersFor(client);
		return client;
	}
}

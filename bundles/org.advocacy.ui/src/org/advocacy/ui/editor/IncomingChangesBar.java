// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.util.Optional;

import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.Documents;
import org.advocacy.ui.session.TeamSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The bar above a team repository editor's pages that says someone else saved the edited document while it has
 * unsaved edits here: "Incoming changes from dana — they are merged with yours when you save". Hidden otherwise. It
 * also says when the user's role lets them only read the edited document.
 */
final class IncomingChangesBar implements TeamSession.TeamListener {

	private final TeamSession session;
	private final Optional<DocumentId> document;
	private final String readOnlyReason;
	private final Composite bar;
	private final Label text;

	/**
	 * @param parent  the editor's column, a grid layout; the bar is its first row
	 * @param session the team session
	 * @param edited  the object the editor edits
	 */
	IncomingChangesBar(Composite parent, TeamSession session, EObject edited) {
		this.session = session;
		this.document = Documents.documentOf(edited);
		this.readOnlyReason = session.getReadOnlyReason(edited);
		bar = new Composite(parent, SWT.NONE);
		bar.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).margins(6, 3).create());
		bar.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
		Display display = parent.getDisplay();
		bar.setBackground(display.getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		Label icon = new Label(bar, SWT.NONE);
		icon.setImage(display.getSystemImage(SWT.ICON_INFORMATION));
		icon.setBackground(bar.getBackground());
		text = new Label(bar, SWT.WRAP);
		text.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).create());
		text.setBackground(bar.getBackground());
		text.setForeground(display.getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		session.addTeamListener(this);
		bar.addDisposeListener(event -> session.removeTeamListener(this));
		refresh();
	}

	@Override
	public void incomingChanged(DocumentId id, String who) {
		if (document.isPresent() && document.get().equals(id)) {
			refresh();
		}
	}

	/** @return what the bar says now, or {@code null} when it is hidden */
	String message() {
		return bar.isDisposed() || ((GridData) bar.getLayoutData()).exclude ? null : text.getText();
	}

	/** Shows the bar when changes are waiting for the edited document or the user may only read, else hides it. */
	void refresh() {
		if (bar.isDisposed()) {
			return;
		}
		Optional<String> who = document.flatMap(session::incomingFrom);
		String message = who.map(name -> "Incoming changes from " + name + ": saved in " + session.getLocationText()
				+ " while you were editing. They are merged with your changes when you save.")
				.orElse(readOnlyReason);
		boolean shown = message != null;
		text.setText(shown ? message : "");
		((GridData) bar.getLayoutData()).exclude = !shown;
		bar.setVisible(shown);
		bar.getParent().layout(true, true);
	}
}

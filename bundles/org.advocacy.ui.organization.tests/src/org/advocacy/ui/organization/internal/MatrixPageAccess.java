// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.advocacy.model.EscalationLevel;
import org.eclipse.jface.viewers.CellEditor;

/** Lets tests reach the matrix's in-place editors, which are package-private. */
public final class MatrixPageAccess {

	private MatrixPageAccess() {
	}

	/** @return the drop-down of a level's column, once one of its cells was edited */
	public static CellEditor rungEditor(MatrixPage page, EscalationLevel level) {
		return page.rungEditing(level).getEditor();
	}
}

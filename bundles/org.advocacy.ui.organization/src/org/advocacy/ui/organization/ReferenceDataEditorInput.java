// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;

import java.nio.file.Path;

import org.advocacy.ui.editor.RepositoryEditorInput;

/**
 * Names the reference data of one repository file: its segments, customers, reasons, business units and product
 * lines. A file has one set, so opening it twice activates the editor already open.
 */
public final class ReferenceDataEditorInput extends RepositoryEditorInput {

	/** @param file the repository file */
	public ReferenceDataEditorInput(Path file) {
		super(file);
	}

	@Override
	public String getName() {
		return "Reference Data";
	}

	@Override
	public String getToolTipText() {
		return "Segments, customers, reasons, business units and product lines of " + getFile();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReferenceDataEditorInput input && input.getFile().equals(getFile());
	}

	@Override
	public int hashCode() {
		return getFile().hashCode();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Names the reference data of one repository file: its segments, customers, reasons, business units and product
 * lines. A file has one set, so opening it twice activates the editor already open.
 */
public final class ReferenceDataEditorInput implements IEditorInput {

	private final Path file;

	/** @param file the repository file */
	public ReferenceDataEditorInput(Path file) {
		this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
	}

	/** @return the repository file */
	public Path getFile() {
		return file;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return "Reference Data";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Segments, customers, reasons, business units and product lines of " + file;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReferenceDataEditorInput input && input.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}

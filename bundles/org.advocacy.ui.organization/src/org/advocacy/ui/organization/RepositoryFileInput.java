// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Names what one repository file holds once — its organization, its reference data — so that opening it twice
 * activates the editor already open; two inputs are equal when they are of the same kind and name the same file.
 */
public abstract class RepositoryFileInput implements IEditorInput {

	private final Path file;

	/** @param file the repository file */
	protected RepositoryFileInput(Path file) {
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
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && ((RepositoryFileInput) other).file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}

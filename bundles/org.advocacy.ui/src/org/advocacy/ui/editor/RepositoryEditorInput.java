// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of an editor on part of one repository file: names the file by its absolute path, which survives saving
 * and reloading, and is neither persisted across restarts nor adapted. Subclasses say which part of the file they
 * name, and compare by it.
 */
public abstract class RepositoryEditorInput implements IEditorInput {

	private final Path file;

	/** @param file the repository file */
	protected RepositoryEditorInput(Path file) {
		this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
	}

	/** @return the repository file */
	public Path getFile() {
		return file;
	}

	/**
	 * @param session a repository session, or {@code null}
	 * @return whether the session shows this input's file
	 */
	protected boolean isShownBy(RepositorySession session) {
		return session != null && session.getFile().equals(file);
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
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;

import java.nio.file.Path;
import java.util.Objects;

import org.advocacy.model.Organization;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Names the organization of one repository file. A file has one organization, so opening it twice activates the
 * editor already open; the file path survives saving and reloading.
 */
public final class OrganizationEditorInput implements IEditorInput {

	private final Path file;

	/** @param file the repository file */
	public OrganizationEditorInput(Path file) {
		this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
	}

	/**
	 * @param session the session showing this input's file
	 * @return the organization of the session's repository, or {@code null} when the session is of another file or
	 *         the repository has no organization
	 */
	public Organization resolve(RepositorySession session) {
		if (session == null || !session.getFile().equals(file)) {
			return null;
		}
		return session.getRepository().getOrganization();
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
		return "Organization";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Who-to-call matrix, people and calendars of " + file;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OrganizationEditorInput input && input.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;

import java.nio.file.Path;

import org.advocacy.model.Organization;
import org.advocacy.ui.session.RepositorySession;

/**
 * Names the organization of one repository file. A file has one organization, so opening it twice activates the
 * editor already open; the file path survives saving and reloading.
 */
public final class OrganizationEditorInput extends RepositoryFileInput {

	/** @param file the repository file */
	public OrganizationEditorInput(Path file) {
		super(file);
	}

	/**
	 * @param session the session showing this input's file
	 * @return the organization of the session's repository, or {@code null} when the session is of another file or
	 *         the repository has no organization
	 */
	public Organization resolve(RepositorySession session) {
		if (session == null || !session.getFile().equals(getFile())) {
			return null;
		}
		return session.getRepository().getOrganization();
	}

	@Override
	public String getName() {
		return "Organization";
	}

	@Override
	public String getToolTipText() {
		return "Who-to-call matrix, people and calendars of " + getFile();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What a {@link RepositoryFormPage} needs from the form editor it belongs to: the repository session it edits, the
 * session's editing domain every change goes through, and the validation that shows problems in the pages' headers.
 * The repository editors ({@code org.advocacy.ui.editor.RepositoryFormEditor}) implement it.
 */
public interface RepositoryFormHost {

	/** @return the repository session the editor edits */
	RepositorySession getSession();

	/** @return the session's editing domain: every change is a command on its stack */
	EditingDomain getEditingDomain();

	/** Validates what the editor shows and puts the problems in its pages' headers. */
	void validate();
}

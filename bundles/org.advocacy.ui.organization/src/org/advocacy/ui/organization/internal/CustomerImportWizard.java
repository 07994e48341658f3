// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.advocacy.ui.session.RepositorySession;
import org.eclipse.swt.widgets.Shell;

/** Imports customers and their contacts from a CSV file (File &gt; Import, the reference data editor's header). */
public final class CustomerImportWizard extends CsvImportWizard {

	/** For File &gt; Import: imports into the repository open when the wizard starts. */
	public CustomerImportWizard() {
		this(null);
	}

	/** @param session the repository to import into */
	public CustomerImportWizard(RepositorySession session) {
		super(CsvImportKind.CUSTOMERS, session);
	}

	/**
	 * Opens the wizard on a repository, or says that one must be opened first.
	 *
	 * @param shell   the parent shell
	 * @param session the repository, or {@code null}
	 */
	public static void openDialog(Shell shell, RepositorySession session) {
		openDialog(shell, new CustomerImportWizard(session));
	}
}

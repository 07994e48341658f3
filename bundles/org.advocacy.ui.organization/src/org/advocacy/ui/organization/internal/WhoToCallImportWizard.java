// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.advocacy.core.imports.CsvImport;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * Imports the who-to-call matrix from a CSV file into the open repository (File &gt; Import &gt; Customer Advocacy,
 * and the organization editor's header). The engine's importer checks the file; a clean file is applied as the
 * engine's one command on the repository's command stack, so one Undo reverts the whole import.
 */
public final class WhoToCallImportWizard extends Wizard implements IImportWizard {

	private RepositorySession session;
	private WhoToCallFilePage page;

	/** For File &gt; Import: imports into the repository open when the wizard starts. */
	public WhoToCallImportWizard() {
		setWindowTitle("Import Who-to-Call Matrix");
	}

	/** @param session the repository to import into */
	public WhoToCallImportWizard(RepositorySession session) {
		this();
		this.session = session;
	}

	/**
	 * Opens the wizard on a repository, or says that one must be opened first.
	 *
	 * @param shell   the parent shell
	 * @param session the repository, or {@code null}
	 */
	public static void openDialog(Shell shell, RepositorySession session) {
		if (session == null) {
			MessageDialog.openInformation(shell, "Import Who-to-Call Matrix",
					"Open an advocacy repository first (File > Open Advocacy Repository...).");
			return;
		}
		new WizardDialog(shell, new WhoToCallImportWizard(session)).open();
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (session == null) {
			session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		}
	}

	@Override
	public void addPages() {
		page = new WhoToCallFilePage(session);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		CsvImport prepared = page.getPrepared();
		if (prepared == null) {
			return false;
		}
		session.getEditingDomain().getCommandStack().execute(prepared.command());
		return true;
	}

	/** @return the wizard's page */
	public WhoToCallFilePage getFilePage() {
		return page;
	}
}

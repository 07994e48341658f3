// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.advocacy.core.imports.CsvImport;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.CurrentRepository;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * Imports a CSV file into the open repository (File &gt; Import &gt; Customer Advocacy, and the editors' headers).
 * The engine's importer checks the file in a job; a clean file is applied as the engine's one command on the
 * repository's command stack, so one Undo reverts the whole import. The plug-in manifest names the kind of file
 * after the class, {@code CsvImportWizard:who-to-call} or {@code CsvImportWizard:customers}.
 */
public final class CsvImportWizard extends Wizard implements IImportWizard, IExecutableExtension {

	private CsvImportKind kind;
	private RepositorySession session;
	private CsvFilePage page;

	/** For File &gt; Import: the kind comes from the plug-in manifest, the repository is the one open then. */
	public CsvImportWizard() {
		this(CsvImportKind.WHO_TO_CALL, null);
	}

	/**
	 * @param kind    what the file holds
	 * @param session the repository to import into, or {@code null} for the one open when the wizard starts
	 */
	CsvImportWizard(CsvImportKind kind, RepositorySession session) {
		this.kind = kind;
		this.session = session;
		setWindowTitle(kind.windowTitle());
	}

	/**
	 * @param session the repository to import into, or {@code null} for the one open when the wizard starts
	 * @return the import of the who-to-call matrix
	 */
	public static CsvImportWizard whoToCall(RepositorySession session) {
		return new CsvImportWizard(CsvImportKind.WHO_TO_CALL, session);
	}

	/**
	 * @param session the repository to import into, or {@code null} for the one open when the wizard starts
	 * @return the import of customers and their contacts
	 */
	public static CsvImportWizard customers(RepositorySession session) {
		return new CsvImportWizard(CsvImportKind.CUSTOMERS, session);
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String name) {
			kind = CsvImportKind.named(name);
			setWindowTitle(kind.windowTitle());
		}
	}

	/**
	 * Opens a wizard on a repository, or says that one must be opened first.
	 *
	 * @param shell  the parent shell
	 * @param wizard the wizard, made for the repository session (or none)
	 */
	static void openDialog(Shell shell, CsvImportWizard wizard) {
		if (wizard.session == null) {
			CurrentRepository.explain(shell, wizard.kind.windowTitle());
			return;
		}
		new WizardDialog(shell, wizard).open();
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (session == null) {
			session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		}
	}

	@Override
	public void addPages() {
		page = new CsvFilePage(kind, session);
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
	public CsvFilePage getFilePage() {
		return page;
	}
}

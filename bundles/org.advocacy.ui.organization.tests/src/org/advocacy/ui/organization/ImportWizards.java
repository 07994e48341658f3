// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.advocacy.ui.organization.internal.CsvFilePage;
import org.advocacy.ui.organization.internal.CsvImportWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/** Drives a CSV import wizard as the user does: open it, name a file, let the check job finish. */
final class ImportWizards {

	private ImportWizards() {
	}

	/** @return the wizard's dialog, open without blocking */
	static WizardDialog open(CsvImportWizard wizard) {
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		return dialog;
	}

	/** Types the file's path, presses Enter and waits until the check job has shown its outcome. */
	static void check(CsvFilePage page, Path csv) throws InterruptedException {
		Text field = page.getFileField();
		field.setText(csv.toString());
		field.notifyListeners(SWT.DefaultSelection, new Event());
		assertNotNull(page.getCheck(), "the check runs as a job");
		page.getCheck().join();
		processEvents();
	}
}

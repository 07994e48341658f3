// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Import Who-to-Call CSV... and Import Customers CSV...: the CSV import wizard on the open repository. The
 * plug-in manifest names the kind of file after the class, {@code ImportCsvHandler:who-to-call} or
 * {@code ImportCsvHandler:customers}.
 */
public class ImportCsvHandler extends AbstractHandler implements IExecutableExtension {

	private CsvImportKind kind = CsvImportKind.WHO_TO_CALL;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String name) {
			kind = CsvImportKind.named(name);
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		CsvImportWizard.openDialog(HandlerUtil.getActiveShell(event),
				new CsvImportWizard(kind, AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent()));
		return null;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Import Customers CSV...: the customers import wizard on the open repository. */
public class ImportCustomersHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		CustomerImportWizard.openDialog(HandlerUtil.getActiveShell(event),
				AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent());
		return null;
	}
}

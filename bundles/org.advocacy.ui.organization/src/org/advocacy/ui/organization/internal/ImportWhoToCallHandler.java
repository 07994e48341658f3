// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the who-to-call CSV import on the open repository. */
public class ImportWhoToCallHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		WhoToCallImportWizard.openDialog(HandlerUtil.getActiveShell(event),
				AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent());
		return null;
	}
}

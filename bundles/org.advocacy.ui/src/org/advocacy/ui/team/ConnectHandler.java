// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Connect to Team Repository...: opens the {@link ConnectWizard}. */
public class ConnectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
		new WizardDialog(shell, new ConnectWizard(shell.getDisplay(),
				new RecentTeamRepositories(AdvocacyUiPlugin.getDefault().getPreferenceStore()).list())).open();
		return null;
	}
}

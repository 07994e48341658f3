// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.handlers;

import java.nio.file.Path;

import org.advocacy.ui.setup.NewRepositoryWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > New Advocacy Repository...: opens the wizard, proposing the new file in the user's home folder. */
public class NewRepositoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
		new WizardDialog(shell,
				new NewRepositoryWizard(Path.of(System.getProperty("user.home")), shell.getDisplay())).open();
		return null;
	}
}

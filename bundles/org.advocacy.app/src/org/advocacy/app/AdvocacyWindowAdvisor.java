// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Sizes the window to the screen at first start and titles it with the open repository's name. */
class AdvocacyWindowAdvisor extends WorkbenchWindowAdvisor {

	AdvocacyWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new AdvocacyActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		// At first start the window fills the screen: the advocate works in it all day. Later starts restore it.
		Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
		configurer.setInitialSize(new Point(screen.width, screen.height));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		configurer.setTitle(session == null ? "Advocacy Workbench"
				: "Advocacy Workbench \u2014 " + session.getRepository().getName());
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import org.advocacy.ui.CustomerAdvocacyPerspective;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Starts the standalone product in the Customer Advocacy perspective and remembers the window layout. */
public class AdvocacyWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return CustomerAdvocacyPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new AdvocacyWindowAdvisor(configurer);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.handlers;

import org.advocacy.ui.session.SampleRepository;
import org.advocacy.ui.setup.OpenRepositoryJob;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

/** Opens the sample repository, writing it first (in the background) when this user has none yet. */
public class OpenSampleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new OpenRepositoryJob("Opening the sample repository", PlatformUI.getWorkbench().getDisplay(),
				SampleRepository::ensureWritten).schedule();
		return null;
	}
}

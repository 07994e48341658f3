// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import java.time.Clock;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * <i>Review Meeting…</i> in the Management Review perspective: schedules the weekly management review of the open
 * repository and sends or saves its invitation ({@link MeetingDialog}).
 */
public class ReviewMeetingHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent() != null);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		if (session != null) {
			new MeetingDialog(HandlerUtil.getActiveShell(event), session, MeetingTarget.review(session.getRepository()),
					Clock.systemDefaultZone()).open();
		}
		return null;
	}
}

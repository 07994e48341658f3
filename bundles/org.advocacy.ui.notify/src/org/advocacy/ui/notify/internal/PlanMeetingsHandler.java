// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import org.advocacy.model.Engagement;
import org.advocacy.ui.editor.EngagementEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * <i>Status Meetings…</i> on the engagement editor's Get-Well Plan page: schedules the plan's status meetings and
 * sends or saves their invitation ({@link MeetingDialog}). Enabled while an engagement with a get-well plan is edited.
 */
public class PlanMeetingsHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_PART_NAME) instanceof EngagementEditor editor
				&& editor.getEngagement().getGetWellPlan() != null);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof EngagementEditor editor) {
			Engagement engagement = editor.getEngagement();
			if (engagement.getGetWellPlan() != null) {
				new MeetingDialog(HandlerUtil.getActiveShell(event), editor.getSession(), MeetingTarget.plan(engagement),
						editor.getClock()).open();
			}
		}
		return null;
	}
}

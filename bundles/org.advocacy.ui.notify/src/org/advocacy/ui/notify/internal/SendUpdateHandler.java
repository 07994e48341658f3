// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import java.time.Instant;
import java.util.Map;

import org.advocacy.core.escalation.CustomerDrafts;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.ui.editor.EngagementEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * <i>Send by E-mail…</i> on the Communications page: opens the {@link SendUpdateDialog} for the update selected in
 * the engagement editor. It is enabled for a draft that may go out now; for one held for a day, one that reads as
 * emotionally charged and must sit first, or one sent or discarded already, it is disabled and its tooltip says why.
 */
public class SendUpdateHandler extends AbstractHandler implements IElementUpdater {

	/** The command's id. */
	public static final String COMMAND_ID = "org.advocacy.ui.notify.sendUpdate";

	private static final String READY = "Send the selected update to the customer contacts you choose, from your address";

	private String reason = READY;

	@Override
	public void setEnabled(Object evaluationContext) {
		CustomerCommunication update = selectedUpdate(HandlerUtil.getVariable(evaluationContext,
				ISources.ACTIVE_CURRENT_SELECTION_NAME));
		Object part = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_PART_NAME);
		String why = part instanceof EngagementEditor editor ? reasonNotToSend(update, editor.getClock().instant())
				: "Select an update on an engagement's Communications page";
		setBaseEnabled(why == null);
		String tooltip = why == null ? READY : why;
		if (!tooltip.equals(reason)) {
			reason = tooltip;
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			commands.refreshElements(COMMAND_ID, null);
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof EngagementEditor editor) {
			CustomerCommunication update = selectedUpdate(HandlerUtil.getCurrentSelection(event));
			if (update != null && reasonNotToSend(update, editor.getClock().instant()) == null) {
				new SendUpdateDialog(HandlerUtil.getActiveShell(event), editor.getSession(), update, editor.getClock())
						.open();
			}
		}
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setTooltip(reason);
	}

	/** @return why the update may not be e-mailed now, or {@code null} when it may */
	static String reasonNotToSend(CustomerCommunication update, Instant now) {
		if (update == null) {
			return "Select an update in the update log";
		}
		return switch (CustomerDrafts.sendStep(update, now)) {
		case SEND -> null;
		case WAIT -> "On hold to let it sit: it may go out after the hold, once revised";
		case HOLD -> "Reads as emotionally charged: Send holds it for a day first";
		case NONE -> update.getState() == CommunicationState.SENT ? "Sent already" : "Discarded: not to be sent";
		};
	}

	private static CustomerCommunication selectedUpdate(Object selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof CustomerCommunication update) {
			return update;
		}
		return null;
	}
}

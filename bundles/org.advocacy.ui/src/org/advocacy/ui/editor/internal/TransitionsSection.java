// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.commands.EngagementCommands;
import org.advocacy.core.validation.EngagementLifecycle;
import org.advocacy.core.validation.Transition;
import org.advocacy.model.Engagement;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.forms.ActionButtons;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The engagement's state and the moves the lifecycle rules offer from it: one button per move, disabled with the
 * reasons beside it when the rules refuse it now. A move is one undoable command.
 */
public final class TransitionsSection {

	private final FormToolkit toolkit;
	private final Composite body;
	private final EngagementEditor editor;
	private final List<Button> buttons = new ArrayList<>();

	/**
	 * @param toolkit the form toolkit
	 * @param parent  where the section's content goes
	 * @param editor  the editor (engagement, domain and clock)
	 */
	public TransitionsSection(FormToolkit toolkit, Composite parent, EngagementEditor editor) {
		this.toolkit = toolkit;
		this.editor = editor;
		body = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(body);
		refresh();
	}

	/** Rebuilds the buttons for the engagement's current state. */
	public void refresh() {
		if (body.isDisposed()) {
			return;
		}
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		buttons.clear();
		Engagement engagement = editor.getEngagement();
		Label state = toolkit.createLabel(body, "State: " + engagement.getState().getLiteral());
		state.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(state);
		List<Transition> transitions = EngagementLifecycle.transitions(engagement);
		if (transitions.isEmpty()) {
			Label closed = toolkit.createLabel(body, "Final: a recurrence becomes a new engagement linked to this one.",
					SWT.WRAP);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(closed);
		}
		for (Transition transition : transitions) {
			Button button = ActionButtons.push(toolkit, body, transition.actionName());
			button.setEnabled(transition.allowed());
			button.setData(transition);
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(button);
			button.addListener(SWT.Selection, event -> move(transition));
			buttons.add(button);
			String why = transition.allowed() ? "Allowed now." : String.join("\n", transition.reasons());
			button.setToolTipText(why);
			Label reasons = toolkit.createLabel(body, transition.allowed() ? why : shortReasons(transition.reasons()),
					SWT.WRAP);
			if (!transition.allowed()) {
				reasons.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(reasons);
		}
		body.layout(true, true);
	}

	/**
	 * The engine words each reason to stand alone ("Engagement ADV-0002 'title' cannot close out: criterion 'x' is
	 * not met."); beside the button the shared opening is said once and the rest listed.
	 *
	 * @param reasons the reasons a move is refused
	 * @return the text shown beside the disabled button
	 */
	static String shortReasons(List<String> reasons) {
		int colon = reasons.get(0).indexOf(": ");
		String prefix = colon < 0 ? null : reasons.get(0).substring(0, colon + 2);
		if (prefix == null || reasons.stream().anyMatch(reason -> !reason.startsWith(prefix))) {
			return String.join("\n", reasons);
		}
		int verb = prefix.lastIndexOf(" cannot ");
		StringBuilder text = new StringBuilder(verb < 0 ? prefix.strip() : "Not yet: it" + prefix.substring(verb));
		text.setLength(text.length() - (text.charAt(text.length() - 1) == ' ' ? 1 : 0));
		for (String reason : reasons) {
			text.append("\n\u2022 ").append(reason.substring(prefix.length()));
		}
		return text.toString();
	}

	private void move(Transition transition) {
		Engagement engagement = editor.getEngagement();
		Transition now = EngagementLifecycle.check(engagement, transition.to());
		if (!now.allowed()) {
			refresh();
			return;
		}
		Instant at = editor.getClock().instant();
		editor.getEditingDomain().getCommandStack().execute(EngagementCommands.apply(editor.getEditingDomain(),
				transition.actionName(), EngagementLifecycle.changesFor(engagement, transition.to(), at)));
	}

	/** @return the buttons of the moves offered now, each with its {@link Transition} as data */
	public List<Button> getButtons() {
		return List.copyOf(buttons);
	}

	/** @return the section's content */
	public Composite getControl() {
		return body;
	}
}

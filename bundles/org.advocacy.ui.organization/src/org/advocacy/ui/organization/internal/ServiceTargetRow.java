// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.util.function.BiConsumer;

import org.advocacy.model.ServiceTarget;
import org.advocacy.ui.forms.FormFields;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * One urgency's service target of a segment in six grid columns: the update cadence and the escalation timeout in
 * minutes, and a button that drops the segment's own target so the repository's default applies again. A change of
 * either number is handed on once the user pauses, as both values, so one command sets the target.
 */
public final class ServiceTargetRow {

	/** The longest cadence or timeout offered: four weeks. */
	private static final int MAX_MINUTES = 4 * 7 * 24 * 60;

	private final String urgency;
	private final Label label;
	private final Spinner cadence;
	private final Spinner timeout;
	private final Button useDefault;
	private final BiConsumer<Integer, Integer> changed;
	private final Runnable commit = this::commit;
	private boolean showing;
	private boolean pending;

	/**
	 * @param toolkit the form toolkit
	 * @param parent  a six-column grid
	 * @param urgency the urgency's name with a colon
	 * @param changed receives the cadence and the timeout to set, both {@code null} to drop the segment's own target
	 */
	ServiceTargetRow(FormToolkit toolkit, Composite parent, String urgency, BiConsumer<Integer, Integer> changed) {
		this.urgency = urgency;
		this.changed = changed;
		label = toolkit.createLabel(parent, urgency);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(150, SWT.DEFAULT).applyTo(label);
		toolkit.createLabel(parent, "update every");
		cadence = spinner(toolkit, parent, "How often, in minutes, the customer gets an update");
		toolkit.createLabel(parent, "min, escalate after");
		timeout = spinner(toolkit, parent, "How many minutes the ladder waits for an answer before the next person");
		useDefault = toolkit.createButton(parent, "Use default", SWT.PUSH);
		useDefault.setToolTipText("Drop this segment's own target; the repository's default applies");
		useDefault.addListener(SWT.Selection, event -> changed.accept(null, null));
	}

	private Spinner spinner(FormToolkit toolkit, Composite parent, String tip) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		toolkit.adapt(spinner);
		spinner.setValues(0, 1, MAX_MINUTES, 0, 5, 60);
		spinner.setToolTipText(tip);
		spinner.addListener(SWT.Modify, event -> {
			if (!showing) {
				pending = true;
				spinner.getDisplay().timerExec(FormFields.COMMIT_DELAY_MS, commit);
			}
		});
		return spinner;
	}

	/**
	 * Shows the target that applies.
	 *
	 * @param enabled whether a segment is selected
	 * @param target  the target that applies to it, or {@code null} when none is selected
	 * @param own     whether the target is the segment's own rather than the default
	 */
	void show(boolean enabled, ServiceTarget target, boolean own) {
		if (label.isDisposed()) {
			return;
		}
		showing = true;
		try {
			cadence.setSelection(target == null ? 0 : target.getUpdateCadenceMinutes());
			timeout.setSelection(target == null ? 0 : target.getEscalationTimeoutMinutes());
		} finally {
			showing = false;
		}
		label.setText(own || !enabled ? urgency : urgency.replace(":", " (default):"));
		cadence.setEnabled(enabled);
		timeout.setEnabled(enabled);
		useDefault.setEnabled(own);
	}

	/** Hands on a change still waiting for the user's pause at once, before the row shows another segment. */
	void flush() {
		if (pending && !cadence.isDisposed()) {
			cadence.getDisplay().timerExec(-1, commit);
			commit();
		}
	}

	private void commit() {
		pending = false;
		if (!cadence.isDisposed()) {
			changed.accept(cadence.getSelection(), timeout.getSelection());
		}
	}

	/** @return the update cadence in minutes */
	public Spinner getCadence() {
		return cadence;
	}

	/** @return the escalation timeout in minutes */
	public Spinner getTimeout() {
		return timeout;
	}

	/** @return the button dropping the segment's own target */
	public Button getUseDefault() {
		return useDefault;
	}
}

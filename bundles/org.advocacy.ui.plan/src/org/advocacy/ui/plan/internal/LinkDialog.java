// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.util.List;

import org.advocacy.model.DependencyType;
import org.advocacy.model.PlanTask;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/**
 * Asks how one task follows another: the task it follows (when a new link is made), the link type (FS, SS, FF, SF,
 * each explained) and the lag in working days (negative for a lead). It only asks; the chart turns the answer into a
 * command.
 */
public final class LinkDialog extends Dialog {

	/** The lag range offered, in working days either way. */
	static final int MAX_LAG = 365;

	private final String title;
	private final PlanTask successor;
	private final List<PlanTask> candidates;
	private Link link;
	private Combo predecessorCombo;
	private Combo typeCombo;
	private Spinner lagSpinner;

	/**
	 * How the successor follows a task.
	 *
	 * @param predecessor the task it follows
	 * @param type        the link type
	 * @param lagDays     the lag in working days; negative for a lead
	 */
	public record Link(PlanTask predecessor, DependencyType type, int lagDays) {
	}

	/**
	 * @param shell      the parent shell
	 * @param title      the dialog's title
	 * @param successor  the task that will follow
	 * @param candidates the tasks it may follow; with one element only, the predecessor is fixed
	 * @param proposed   the link chosen first
	 */
	public LinkDialog(Shell shell, String title, PlanTask successor, List<PlanTask> candidates, Link proposed) {
		super(shell);
		this.title = title;
		this.successor = successor;
		this.candidates = List.copyOf(candidates);
		this.link = proposed;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText("Task:");
		new Label(area, SWT.NONE).setText(LinkTexts.name(successor));
		new Label(area, SWT.NONE).setText("Follows:");
		predecessorCombo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		candidates.forEach(task -> predecessorCombo.add(LinkTexts.name(task)));
		predecessorCombo.select(Math.max(0, candidates.indexOf(link.predecessor())));
		predecessorCombo.setEnabled(candidates.size() > 1);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(predecessorCombo);
		new Label(area, SWT.NONE).setText("Type:");
		typeCombo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (DependencyType each : DependencyType.values()) {
			typeCombo.add(LinkTexts.explain(each));
		}
		typeCombo.select(link.type().ordinal());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(typeCombo);
		new Label(area, SWT.NONE).setText("Lag (working days):");
		lagSpinner = new Spinner(area, SWT.BORDER);
		lagSpinner.setValues(link.lagDays(), -MAX_LAG, MAX_LAG, 0, 1, 5);
		lagSpinner.setToolTipText("Working days between the two; negative for a lead (overlap)");
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Link", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		link = new Link(candidates.isEmpty() ? null : candidates.get(Math.max(0, predecessorCombo.getSelectionIndex())),
				DependencyType.values()[typeCombo.getSelectionIndex()], lagSpinner.getSelection());
		super.okPressed();
	}

	/** @return the link as chosen, once the dialog was closed with OK */
	public Link link() {
		return link;
	}
}

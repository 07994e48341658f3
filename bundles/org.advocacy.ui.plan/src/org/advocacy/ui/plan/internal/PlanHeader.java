// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.advocacy.core.schedule.PlanSchedule;
import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.model.GetWellPlan;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The line above the chart: the engagement's colour code as a swatch and word with its reason, and the planned
 * finish against the committed finish; below it, the reason for the last refused edit.
 */
public final class PlanHeader {

	/** How many lines of a note are shown under the header. */
	private static final int NOTE_LINES = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private final GanttResources resources;
	private final Composite composite;
	private final Canvas swatch;
	private final Label colour;
	private final Label rationale;
	private final Label finish;
	private final Label message;
	private EngagementColour status;

	/**
	 * @param parent    the parent; the header fills a row of its grid
	 * @param resources colours and fonts, owned by the caller
	 */
	public PlanHeader(Composite parent, GanttResources resources) {
		this.resources = resources;
		composite = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 2;
		composite.setLayout(layout);
		swatch = new Canvas(composite, SWT.NONE);
		swatch.setLayoutData(GridDataFactory.fillDefaults().hint(14, 14).align(SWT.CENTER, SWT.CENTER).create());
		swatch.addListener(SWT.Paint, event -> {
			if (status != null) {
				event.gc.setAntialias(SWT.ON);
				event.gc.setBackground(resources.statusColour(status.colour()));
				event.gc.fillOval(0, 0, 13, 13);
			}
		});
		colour = new Label(composite, SWT.NONE);
		colour.setFont(resources.bold);
		rationale = new Label(composite, SWT.WRAP);
		rationale.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT)
				.align(SWT.FILL, SWT.CENTER).create());
		new Label(composite, SWT.NONE);
		new Label(composite, SWT.NONE);
		finish = new Label(composite, SWT.WRAP);
		finish.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).create());
		message = new Label(composite, SWT.WRAP);
		message.setForeground(resources.commitmentMissed);
		message.setLayoutData(GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT)
				.exclude(true).create());
		message.setVisible(false);
	}

	/** @return the header's composite, for layout */
	public Composite getControl() {
		return composite;
	}

	/**
	 * @param rows the plan as scheduled; shows the engagement's colour code with its reason (the advocate's override
	 *             or the engine's, as everywhere else) and the plan's finish, or why it cannot be scheduled
	 */
	public void setRows(GanttRows rows) {
		status = rows == null ? null : rows.colour();
		colour.setText(status == null ? "" : status.colour().getLiteral());
		rationale.setText(status == null ? "" : withoutColourWord(status));
		rationale.setToolTipText(status == null ? null : status.rationale());
		if (rows == null) {
			finish.setText("");
		} else if (rows.schedule() == null) {
			finish.setText("Not scheduled" + (rows.problem() == null ? "" : ": " + rows.problem()));
		} else {
			finish.setText(finishText(rows.schedule()) + publishedText(rows));
		}
		swatch.redraw();
		// the wrapped rationale may change the header's height: lay out the chart below it too
		composite.getParent().layout(true, true);
	}

	/** @return the reason without the colour it starts with, which the header shows in bold before it */
	private static String withoutColourWord(EngagementColour shown) {
		String text = shown.rationale();
		String word = shown.colour().getLiteral();
		if (!text.startsWith(word)) {
			return text;
		}
		String rest = text.substring(word.length());
		return rest.startsWith(": ") ? rest.substring(2) : rest.strip();
	}

	/** @return "Planned finish … · committed …", with the slip in working days when there is one */
	static String finishText(PlanSchedule schedule) {
		StringBuilder text = new StringBuilder("Planned finish ").append(DAY.format(schedule.plannedFinish()));
		schedule.committedFinish().ifPresentOrElse(committed -> {
			text.append("  ·  committed ").append(DAY.format(committed));
			int slip = schedule.finishSlip().orElse(0);
			if (slip > 0) {
				text.append(" (").append(slip).append(" working days late)");
			} else if (slip < 0) {
				text.append(" (").append(-slip).append(" working days early)");
			}
		}, () -> text.append("  ·  no commitment"));
		return text.toString();
	}

	/**
	 * @return "  ·  published Mon 7 Dec 2026 by Dana", with what changed since when the chart shows it; empty for a
	 *         plan never published
	 */
	static String publishedText(GanttRows rows) {
		GetWellPlan plan = rows.plan();
		if (plan.getPublishedAt() == null) {
			return "  ·  not published";
		}
		StringBuilder text = new StringBuilder("  ·  published ")
				.append(DAY.format(plan.getPublishedAt().atZone(ZoneId.systemDefault())));
		if (plan.getPublishedBy() != null) {
			text.append(" by ").append(plan.getPublishedBy().getName());
		}
		if (rows.changes() != null) {
			text.append(" (since: ").append(rows.changes().counts()).append(')');
		}
		return text.toString();
	}

	/** @param text why the last edit was refused, or {@code null} to hide the message */
	public void showMessage(String text) {
		message.setForeground(resources.commitmentMissed);
		message.setToolTipText(null);
		show(text == null ? null : "Refused: " + text);
	}

	/**
	 * Shows something the advocate should check, such as what an import could not carry over, until the next edit.
	 *
	 * @param lines one sentence each; the first few are shown, all of them in the tooltip
	 */
	public void showNote(List<String> lines) {
		message.setForeground(resources.text);
		int shown = Math.min(lines.size(), NOTE_LINES);
		String text = String.join("\n", lines.subList(0, shown))
				+ (lines.size() > shown ? "\n\u2026 and " + (lines.size() - shown) + " more (see the tooltip)" : "");
		message.setToolTipText(String.join("\n", lines));
		show(lines.isEmpty() ? null : text);
	}

	private void show(String text) {
		boolean show = text != null;
		message.setText(show ? text : "");
		message.setVisible(show);
		((GridData) message.getLayoutData()).exclude = !show;
		composite.getParent().layout(true, true);
	}

	/** @return the text of the message line (empty when hidden) */
	public String getMessage() {
		return message.getText();
	}

	/** @return the text of the colour code, rationale and finish, for tests and accessibility */
	public String getText() {
		return colour.getText() + " — " + rationale.getText() + " — " + finish.getText();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.advocacy.core.commands.ClockPauseCommands;
import org.advocacy.core.commands.Edit;
import org.advocacy.core.escalation.ClockPauses;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ClockPause;
import org.advocacy.model.Engagement;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.ActionButtons;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.preferences.NudgePreferences;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The Communications page's update clock: whether it runs or is paused while we wait on the customer (and for what),
 * Pause with the reason and Resume — each one undoable command ({@link ClockPauseCommands}) — and the log of every
 * pause with a flag on those that lasted longer than the limit set in the preferences ({@link ClockPauses}).
 */
final class ClockPauseSection {

	private final EditingDomain domain;
	private final Supplier<Engagement> engagement;
	private final Supplier<Clock> clock;
	private final ValueText valueText;
	private final Label state;
	private final Text reason;
	private final Button pause;
	private final Button resume;
	private final Table log;

	/**
	 * @param toolkit    the page's toolkit
	 * @param body       the page's body, two columns wide
	 * @param domain     the editor's editing domain
	 * @param engagement the engagement of the page
	 * @param clock      what "now" is
	 * @param valueText  how instants and people are written
	 */
	ClockPauseSection(FormToolkit toolkit, Composite body, EditingDomain domain, Supplier<Engagement> engagement,
			Supplier<Clock> clock, ValueText valueText) {
		this.domain = domain;
		this.engagement = engagement;
		this.clock = clock;
		this.valueText = valueText;
		Composite client = Sections.create(toolkit, body, "Update clock",
				"Waiting on the customer? Pause the clock with the reason. A pause that lasts too long is flagged and "
						+ "the clock runs again, so waiting never hides a customer left without news.",
				2, 4);
		state = toolkit.createLabel(client, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(300, SWT.DEFAULT).applyTo(state);
		toolkit.createLabel(client, "Waiting for:");
		reason = toolkit.createText(client, "");
		reason.setMessage("e.g. the log files of last night's failed runs");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
		pause = ActionButtons.push(toolkit, client, "Pause clock");
		pause.addListener(SWT.Selection, event -> pause());
		resume = ActionButtons.push(toolkit, client, "Resume clock");
		resume.addListener(SWT.Selection, event -> resume());
		log = toolkit.createTable(client, SWT.FULL_SELECTION | SWT.BORDER);
		log.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Paused", "140" }, { "Resumed", "140" }, { "Waiting for", "260" },
				{ "By", "120" }, { "Flag", "160" } }) {
			TableColumn tableColumn = new TableColumn(log, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(300, 90).applyTo(log);
	}

	/** Shows the clock's state and the log as the model and the time are now. */
	void refresh() {
		if (state.isDisposed()) {
			return;
		}
		Engagement shown = engagement.get();
		Instant now = clock.get().instant();
		ClockPauses pauses = NudgePreferences.clockPauses();
		List<String> tooLong = pauses.tooLong(shown, now);
		ClockPause active = ClockPauses.active(shown);
		state.setText(active == null ? "The clock runs." + (tooLong.isEmpty() ? "" : " " + String.join(" ", tooLong))
				: tooLong.isEmpty() ? "Paused since " + valueText.of(active.getStart()) + ", waiting for: "
						+ ClockPauses.reason(active) + ". Flagged after " + pauses.limitDays() + " business days."
						: String.join(" ", tooLong));
		pause.setEnabled(active == null);
		reason.setEnabled(active == null);
		resume.setEnabled(active != null);
		log.removeAll();
		for (ClockPauses.Interval interval : pauses.intervals(shown).reversed()) {
			ClockPause logged = interval.pause();
			new TableItem(log, SWT.NONE).setText(new String[] { valueText.of(logged.getStart()),
					logged.getEnd() == null ? "still paused" : valueText.of(logged.getEnd()), ClockPauses.reason(logged),
					logged.getPausedBy() == null ? "" : logged.getPausedBy().getName(),
					ClockPauses.isTooLong(interval, now) ? "\u26A0 longer than " + pauses.limitDays() + " business days"
							: "" });
		}
		state.getParent().layout(true);
	}

	private void pause() {
		Engagement shown = engagement.get();
		AdvocacyRepository repository = shown.eContainer() instanceof AdvocacyRepository owner ? owner : null;
		execute(ClockPauseCommands.pause(domain, shown, reason.getText(),
				repository == null ? null : NudgePreferences.youAre(repository), clock.get().instant()));
		if (ClockPauses.active(shown) != null) {
			reason.setText("");
		}
	}

	private void resume() {
		execute(ClockPauseCommands.resume(domain, engagement.get(), clock.get().instant()));
	}

	private void execute(Edit edit) {
		if (edit.accepted()) {
			domain.getCommandStack().execute(edit.command());
		} else if (edit.refusal() != null) {
			state.setText(edit.refusal());
		}
	}

	/** @return the reason field; for tests */
	Text getReason() {
		return reason;
	}

	/** @return the log of pauses; for tests */
	Table getLog() {
		return log;
	}

	/** @return the line saying whether the clock runs; for tests */
	Label getState() {
		return state;
	}
}

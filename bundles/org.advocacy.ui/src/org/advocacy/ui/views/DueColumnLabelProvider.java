// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.model.Engagement;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.nudges.DueTimes;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * The "next update due" and "next escalation step" columns: what the escalation engine said at its last
 * evaluation (once a minute, see {@code NudgeService}), shown in dark red when due or overdue; sorted by the due
 * time.
 */
final class DueColumnLabelProvider extends PaintedColumnLabelProvider implements SortValueProvider {

	private final Supplier<DueTimes> times;
	private final Function<Engagement, Instant> dueAt;
	private final Function<Engagement, String> describe;
	private final Function<Engagement, Boolean> due;
	private final Function<Engagement, Boolean> warning;

	private DueColumnLabelProvider(Supplier<DueTimes> times, Function<Engagement, Instant> dueAt,
			Function<Engagement, String> describe, Function<Engagement, Boolean> due,
			Function<Engagement, Boolean> warning) {
		this.times = times;
		this.dueAt = dueAt;
		this.describe = describe;
		this.due = due;
		this.warning = warning;
	}

	static DueColumnLabelProvider nextUpdate(ValueText text, Supplier<DueTimes> times) {
		return new DueColumnLabelProvider(times, engagement -> {
			UpdateStatus update = times.get().updates().get(engagement);
			return update == null ? null : update.nextDueAt();
		}, engagement -> {
			UpdateStatus update = times.get().updates().get(engagement);
			return update == null || update.nextDueAt() == null ? ""
					: (update.isOverdue() ? "overdue since " : "") + text.of(update.nextDueAt());
		}, engagement -> {
			UpdateStatus update = times.get().updates().get(engagement);
			return update != null && update.isOverdue();
		}, engagement -> false);
	}

	static DueColumnLabelProvider nextStep(ValueText text, Supplier<DueTimes> times) {
		return new DueColumnLabelProvider(times, engagement -> {
			LadderStatus step = times.get().steps().get(engagement);
			return step == null ? null : step.dueAt();
		}, engagement -> {
			LadderStatus step = times.get().steps().get(engagement);
			if (step == null) {
				return "";
			}
			String who = step.next() == null ? "" : step.next().person().getName() + ", ";
			return who + (step.isFlagged() ? "ladder exhausted" : text.of(step.dueAt()));
		}, engagement -> {
			LadderStatus step = times.get().steps().get(engagement);
			return step != null && step.isDue();
		}, engagement -> {
			LadderStatus step = times.get().steps().get(engagement);
			return step != null && step.isWarning();
		});
	}

	@Override
	String text(Object element) {
		return element instanceof Engagement engagement ? describe.apply(engagement) : "";
	}

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof Engagement engagement) {
			DueTimes due = times.get();
			LadderStatus step = due.steps().get(engagement);
			UpdateStatus update = due.updates().get(engagement);
			return step != null ? step.reason() : update != null ? update.reason() : null;
		}
		return null;
	}

	@Override
	Color foreground(Object element) {
		if (element instanceof Engagement engagement) {
			if (due.apply(engagement)) {
				return Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED);
			}
			if (warning.apply(engagement)) {
				return Display.getCurrent().getSystemColor(SWT.COLOR_DARK_YELLOW);
			}
		}
		return null;
	}

	@Override
	public Comparable<?> sortValue(Object element) {
		return element instanceof Engagement engagement ? dueAt.apply(engagement) : null;
	}
}

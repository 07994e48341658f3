// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.time.Instant;
import java.util.Map;
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
		Function<DueTimes, Map<Engagement, UpdateStatus>> updates = DueTimes::updates;
		return new DueColumnLabelProvider(times, whenKnown(times, updates, UpdateStatus::nextDueAt, null),
				whenKnown(times, updates, update -> update.nextDueAt() == null ? ""
						: (update.isOverdue() ? "overdue since " : "") + text.of(update.nextDueAt()), ""),
				whenKnown(times, updates, UpdateStatus::isOverdue, false), engagement -> false);
	}

	static DueColumnLabelProvider nextStep(ValueText text, Supplier<DueTimes> times) {
		Function<DueTimes, Map<Engagement, LadderStatus>> steps = DueTimes::steps;
		return new DueColumnLabelProvider(times, whenKnown(times, steps, LadderStatus::dueAt, null),
				whenKnown(times, steps, step -> (step.next() == null ? "" : step.next().person().getName() + ", ")
						+ (step.isFlagged() ? "ladder exhausted" : text.of(step.dueAt())), ""),
				whenKnown(times, steps, LadderStatus::isDue, false),
				whenKnown(times, steps, LadderStatus::isWarning, false));
	}

	/**
	 * @param times    the engine's latest evaluation
	 * @param statuses the statuses of that evaluation the column shows
	 * @param value    what the column shows of an engagement's status
	 * @param unknown  what it shows of an engagement without one
	 * @return what the column shows of an engagement at the latest evaluation
	 */
	private static <S, R> Function<Engagement, R> whenKnown(Supplier<DueTimes> times,
			Function<DueTimes, Map<Engagement, S>> statuses, Function<S, R> value, R unknown) {
		return engagement -> {
			S status = statuses.apply(times.get()).get(engagement);
			return status == null ? unknown : value.apply(status);
		};
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

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.advocacy.model.EngagementState;
import org.advocacy.model.StatusColour;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * The compact bar above the engagements table that edits an {@link EngagementFilter}: a text filter on key, title
 * and customer, one drop-down each for state, colour code, segment and advocate, and the "Mine" and "Overdue"
 * toggles. Every change is applied at once.
 */
final class EngagementFilterBar {

	private final EngagementFilter filter;
	private final Runnable changed;
	private final Composite bar;
	private final Text text;
	private final Choice<EngagementState> state;
	private final Choice<StatusColour> colour;
	private final Choice<String> segment;
	private final Choice<String> advocate;
	private final Button mine;
	private final Button overdue;
	private final Button clear;

	/**
	 * @param parent  the composite the bar is created in
	 * @param filter  the filter the bar shows and edits
	 * @param changed called after each edit of the filter
	 */
	EngagementFilterBar(Composite parent, EngagementFilter filter, Runnable changed) {
		this.filter = filter;
		this.changed = changed;
		bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).margins(2, 2).spacing(4, 0).applyTo(bar);
		text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage("Key, title or customer");
		text.setToolTipText("Show only engagements whose key, title or customer name contains this text");
		GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).minSize(80, SWT.DEFAULT)
				.applyTo(text);
		text.addModifyListener(event -> {
			if (!text.getText().equals(filter.getText())) {
				edit(() -> filter.setText(text.getText()));
			}
		});
		state = new Choice<>("Any state", "Show only engagements in this lifecycle state", EngagementState::getLiteral,
				filter::getState, filter::setState);
		state.setValues(EngagementState.VALUES);
		colour = new Choice<>("Any colour", "Show only engagements with this colour code", StatusColour::getLiteral,
				filter::getColour, filter::setColour);
		colour.setValues(StatusColour.VALUES);
		segment = new Choice<>("Any segment", "Show only engagements of customers in this segment",
				Function.identity(), filter::getSegment, filter::setSegment);
		advocate = new Choice<>("Any advocate", "Show only engagements run by this advocate", Function.identity(),
				filter::getAdvocate, filter::setAdvocate);
		mine = toggle("&Mine", filter::setMine);
		overdue = toggle("O&verdue", filter::setOverdue);
		overdue.setToolTipText("Show only engagements whose next customer update or next escalation step is past due");
		clear = new Button(bar, SWT.PUSH);
		clear.setText("C&lear");
		clear.setToolTipText("Show every engagement");
		clear.addListener(SWT.Selection, event -> edit(filter::clear));
		showFilter();
	}

	private Button toggle(String label, Consumer<Boolean> set) {
		Button button = new Button(bar, SWT.TOGGLE);
		button.setText(label);
		button.addListener(SWT.Selection, event -> edit(() -> set.accept(button.getSelection())));
		return button;
	}

	private void edit(Runnable edit) {
		edit.run();
		showFilter();
		changed.run();
	}

	/** Makes every control show the filter's criteria. */
	private void showFilter() {
		if (!text.getText().equals(filter.getText())) {
			text.setText(filter.getText());
		}
		state.showFilter();
		colour.showFilter();
		segment.showFilter();
		advocate.showFilter();
		mine.setSelection(filter.isMine() && mine.isEnabled());
		overdue.setSelection(filter.isOverdue());
		clear.setEnabled(!filter.isEmpty());
	}

	/**
	 * @param segments  the names of the repository's segments
	 * @param advocates the names of the people who run engagements
	 */
	void setChoices(List<String> segments, List<String> advocates) {
		segment.setValues(segments);
		advocate.setValues(advocates);
		bar.layout();
	}

	/**
	 * Enables "Mine" when the user said who they are, or disables it and says why.
	 *
	 * @param me     the name of the person the user is, or {@code null}
	 * @param whyNot why "Mine" cannot filter, when {@code me} is {@code null}
	 */
	void setMe(String me, String whyNot) {
		mine.setEnabled(me != null);
		mine.setToolTipText(me != null ? "Show only engagements run by you (" + me + ")" : whyNot);
		showFilter();
	}

	/** @return the bar */
	Control getControl() {
		return bar;
	}

	/** A read-only drop-down of one criterion: "any" or one of the values. */
	private final class Choice<T> {

		private final Combo combo;
		private final String any;
		private final Function<T, String> label;
		private final Supplier<T> get;
		private final List<T> values = new ArrayList<>();

		Choice(String any, String toolTip, Function<T, String> label, Supplier<T> get, Consumer<T> set) {
			this.any = any;
			this.label = label;
			this.get = get;
			combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.setToolTipText(toolTip);
			combo.setVisibleItemCount(20);
			combo.addListener(SWT.Selection, event -> {
				int index = combo.getSelectionIndex();
				edit(() -> set.accept(index <= 0 ? null : values.get(index - 1)));
			});
		}

		/** Offers these values, and the filter's value even when it is not among them (another repository). */
		void setValues(List<T> newValues) {
			values.clear();
			values.addAll(newValues);
			T selected = get.get();
			if (selected != null && !values.contains(selected)) {
				values.add(selected);
			}
			List<String> items = new ArrayList<>(values.size() + 1);
			items.add(any);
			values.forEach(value -> items.add(label.apply(value)));
			combo.setItems(items.toArray(String[]::new));
			showFilter();
		}

		void showFilter() {
			combo.select(values.indexOf(get.get()) + 1);
		}
	}
}

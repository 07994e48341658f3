// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.advocacy.core.review.Dimension;
import org.advocacy.core.review.MetricsFilter;
import org.advocacy.core.review.PeriodLength;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.ProductLine;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;

/**
 * The filters above the metrics charts: an optional date range, one dimension value to keep (read as a sentence:
 * "Only: Customer segment is Enterprise"), the dimension the breakdown and cost charts roll up by, and weeks or
 * months for the customer ratio. Turns the user's choice into the engine's {@link MetricsFilter}; calls back
 * whenever it changes.
 */
public final class MetricsFilterBar {

	private static final Dimension[] ROLL_UPS = { Dimension.SEGMENT, Dimension.BUSINESS_UNIT, Dimension.PRODUCT_LINE };

	private final Composite control;
	private final Button range;
	private final DateTime from;
	private final DateTime to;
	private final Combo filterDimension;
	private final Label filterValueLabel;
	private final Combo filterValue;
	private final Combo rollUp;
	private final Combo period;
	private final Runnable onChange;
	private final List<EObject> values = new ArrayList<>();
	private AdvocacyRepository repository;

	/**
	 * @param parent   the parent
	 * @param onChange called when the user changes a filter
	 */
	public MetricsFilterBar(Composite parent, Runnable onChange) {
		this.onChange = onChange;
		control = new Composite(parent, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.center = true;
		rows.spacing = 12;
		rows.marginTop = 2;
		rows.marginBottom = 2;
		control.setLayout(rows);
		Composite dates = group();
		range = new Button(dates, SWT.CHECK);
		range.setText("Active from");
		from = new DateTime(dates, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
		new Label(dates, SWT.NONE).setText("to");
		to = new DateTime(dates, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
		Composite only = group();
		new Label(only, SWT.NONE).setText("Only:");
		filterDimension = new Combo(only, SWT.READ_ONLY);
		filterDimension.add("All engagements");
		for (Dimension dimension : Dimension.values()) {
			filterDimension.add(dimension.label());
		}
		filterDimension.select(0);
		filterDimension.setToolTipText("What the charts keep engagements by");
		filterValueLabel = new Label(only, SWT.NONE);
		filterValueLabel.setText("is");
		filterValue = new Combo(only, SWT.READ_ONLY);
		filterValue.setToolTipText("The value an engagement must have to be counted in the charts");
		GridDataFactory.swtDefaults().hint(150, SWT.DEFAULT).applyTo(filterValue);
		filterValue.setEnabled(false);
		filterValueLabel.setEnabled(false);
		Composite rollUps = group();
		new Label(rollUps, SWT.NONE).setText("Roll up by:");
		rollUp = new Combo(rollUps, SWT.READ_ONLY);
		for (Dimension dimension : ROLL_UPS) {
			rollUp.add(dimension.label());
		}
		rollUp.select(0);
		period = new Combo(rollUps, SWT.READ_ONLY);
		period.setItems("Per month", "Per week");
		period.select(0);
		LocalDate today = LocalDate.now();
		set(from, today.minusMonths(6));
		set(to, today);
		from.setEnabled(false);
		to.setEnabled(false);
		range.addListener(SWT.Selection, event -> {
			from.setEnabled(range.getSelection());
			to.setEnabled(range.getSelection());
			onChange.run();
		});
		from.addListener(SWT.Selection, event -> onChange.run());
		to.addListener(SWT.Selection, event -> onChange.run());
		filterDimension.addListener(SWT.Selection, event -> {
			fillValues();
			onChange.run();
		});
		filterValue.addListener(SWT.Selection, event -> onChange.run());
		rollUp.addListener(SWT.Selection, event -> onChange.run());
		period.addListener(SWT.Selection, event -> onChange.run());
	}

	/** @return a row of widgets that wraps as one */
	private Composite group() {
		Composite group = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(group);
		return group;
	}

	/** @return the control to lay out */
	public Composite getControl() {
		return control;
	}

	/** @param shown the repository whose segments, units, lines and reasons the value list offers */
	public void setRepository(AdvocacyRepository shown) {
		this.repository = shown;
		fillValues();
	}

	private void fillValues() {
		Dimension dimension = filterDimensionChoice();
		values.clear();
		filterValue.removeAll();
		if (dimension != null && repository != null) {
			values.addAll(switch (dimension) {
			case REASON -> repository.getReasons();
			case SEGMENT -> repository.getSegments();
			case BUSINESS_UNIT -> repository.getBusinessUnits();
			case PRODUCT_LINE -> repository.getProductLines();
			});
			for (EObject value : values) {
				filterValue.add(dimension.labelOf(value));
			}
			filterValue.select(0);
		}
		filterValue.setEnabled(dimension != null && !values.isEmpty());
		filterValueLabel.setEnabled(filterValue.getEnabled());
	}

	private Dimension filterDimensionChoice() {
		int index = filterDimension.getSelectionIndex();
		return index <= 0 ? null : Dimension.values()[index - 1];
	}

	/** @return the engine filter the user chose */
	public MetricsFilter filter() {
		MetricsFilter filter = MetricsFilter.all();
		if (range.getSelection()) {
			LocalDate first = get(from);
			LocalDate last = get(to);
			filter = last.isBefore(first) ? filter.between(last, first) : filter.between(first, last);
		}
		Dimension dimension = filterDimensionChoice();
		int index = filterValue.getSelectionIndex();
		if (dimension != null && index >= 0 && index < values.size()) {
			EObject value = values.get(index);
			filter = switch (dimension) {
			case REASON -> filter.withReasons(Set.of((EngagementReason) value));
			case SEGMENT -> filter.withSegments(Set.of((CustomerSegment) value));
			case BUSINESS_UNIT -> filter.withBusinessUnits(Set.of((BusinessUnit) value));
			case PRODUCT_LINE -> filter.withProductLines(Set.of((ProductLine) value));
			};
		}
		return filter;
	}

	/** @return the dimension the breakdown and cost charts roll up by */
	public Dimension rollUp() {
		return ROLL_UPS[Math.max(0, rollUp.getSelectionIndex())];
	}

	/** @return the periods of the customer ratio */
	public PeriodLength periodLength() {
		return period.getSelectionIndex() == 1 ? PeriodLength.WEEK : PeriodLength.MONTH;
	}

	/**
	 * Selects a date range, as if the user did; for tests and for restoring the view.
	 *
	 * @param first the first day, or {@code null} for no range
	 * @param last  the last day
	 */
	public void setRange(LocalDate first, LocalDate last) {
		range.setSelection(first != null);
		from.setEnabled(first != null);
		to.setEnabled(first != null);
		if (first != null) {
			set(from, first);
			set(to, last);
		}
		onChange.run();
	}

	/**
	 * Keeps only engagements with one value of a dimension, as if the user chose it.
	 *
	 * @param dimension the dimension, or {@code null} for all engagements
	 * @param value     the value to keep
	 */
	public void setFilterValue(Dimension dimension, EObject value) {
		filterDimension.select(dimension == null ? 0 : dimension.ordinal() + 1);
		fillValues();
		if (dimension != null) {
			filterValue.select(values.indexOf(value));
		}
		onChange.run();
	}

	private static void set(DateTime widget, LocalDate date) {
		widget.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
	}

	private static LocalDate get(DateTime widget) {
		return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
	}
}

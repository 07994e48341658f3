// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.advocacy.core.review.EngagementCost;
import org.advocacy.core.review.Money;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.Engagement;
import org.advocacy.ui.forms.TextColumns;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The engagements behind the bar the user clicked, with what each one cost (metric 5 per engagement). A selection
 * provider of Engagement objects, like the Engagements view.
 */
public final class ClickThroughTable {

	private final Composite control;
	private final Label heading;
	private final TableViewer viewer;
	private Map<Engagement, EngagementCost> costs = Map.of();
	private EngagementColours colourCodes = new EngagementColours(Instant.EPOCH);

	/**
	 * @param parent  the parent
	 * @param colours the owner of colours and fonts
	 */
	public ClickThroughTable(Composite parent, ReviewColours colours) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(control);
		heading = new Label(control, SWT.NONE);
		heading.setFont(colours.bold());
		heading.setText("Click a bar to list the engagements behind it.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		viewer = new TableViewer(control, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Key", 80, Engagement::getKey);
		column("Title", 300, Engagement::getTitle);
		column("Customer", 170, e -> e.getCustomer() == null ? "" : e.getCustomer().getName());
		TableViewerColumn status = column("Status", 70, e -> colourCodes.colourOf(e).getLiteral());
		status.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return "\u25CF " + colourCodes.colourOf((Engagement) element).getLiteral();
			}

			@Override
			public Color getForeground(Object element) {
				return colours.status(colourCodes.colourOf((Engagement) element));
			}
		});
		column("State", 110, e -> e.getState() == null ? "" : e.getState().getLiteral());
		money("Effort", EngagementCost::effort);
		money("Expenses", EngagementCost::expenses);
		money("Total", EngagementCost::total);
	}

	private TableViewerColumn column(String title, int width, Function<Engagement, String> text) {
		return TextColumns.add(viewer, title, width, text);
	}

	private void money(String title, Function<EngagementCost, BigDecimal> amount) {
		TableViewerColumn column = column(title, 95, e -> {
			EngagementCost cost = costs.get(e);
			return cost == null ? "" : Money.format(amount.apply(cost));
		});
		column.getColumn().setAlignment(SWT.RIGHT);
	}

	/**
	 * Lists the engagements behind a bar.
	 *
	 * @param label       what the bar stands for
	 * @param engagements the engagements
	 * @param allCosts    the cost of every selected engagement, from the metrics
	 * @param now         the moment the engagements' colour codes are assessed at
	 */
	public void show(String label, List<Engagement> engagements, List<EngagementCost> allCosts, Instant now) {
		colourCodes = new EngagementColours(now);
		Set<Engagement> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
		wanted.addAll(engagements);
		Map<Engagement, EngagementCost> found = new IdentityHashMap<>();
		for (EngagementCost cost : allCosts) {
			if (wanted.contains(cost.engagement())) {
				found.put(cost.engagement(), cost);
			}
		}
		costs = found;
		heading.setText(label + " \u2014 " + engagements.size()
				+ (engagements.size() == 1 ? " engagement" : " engagements"));
		viewer.setInput(engagements.toArray());
		control.layout();
	}

	/** Empties the list, e.g. when the metrics change under it. */
	public void clear() {
		costs = Map.of();
		heading.setText("Click a bar to list the engagements behind it.");
		viewer.setInput(new Object[0]);
	}

	/** @return the table viewer; the view makes it its selection provider */
	public TableViewer getViewer() {
		return viewer;
	}

	/** @return the control to lay out */
	public Composite getControl() {
		return control;
	}

	/** @return the heading, for tests */
	String heading() {
		return heading.getText();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.StatusColour;
import org.advocacy.ui.emf.FeatureColumnLabelProvider;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.nudges.DueTimes;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IIndexableLazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The engagements table: colour code, state, customer, segment, urgency, advocate, age and what is due next, for
 * every engagement of a repository that passes a filter. The table is virtual: the engagements are sorted and
 * filtered once per change (a repository edit, a header click, a new filter, a new evaluation of the escalation
 * engine) into a plain list, and only the rows on screen ask for their labels. Used by the Engagements view and by
 * the benchmark harness, which opens it over 10,000 engagements.
 */
public final class EngagementTable {

	private final TableViewer viewer;
	private final Clock clock;
	private final Supplier<DueTimes> dueTimes;
	private final ColumnComparator order;
	private final EngagementRows rows;
	private final EngagementChanges changes = new EngagementChanges(this::refreshLater);
	private Runnable onRefresh = () -> {
	};
	private AdvocacyRepository repository;
	private EngagementColours colours;
	private boolean refreshPending;

	/**
	 * @param parent   the composite the table is created in
	 * @param clock    the clock the engagements' age is computed at
	 * @param dueTimes what the escalation engine said at its last evaluation (the due columns and their order)
	 */
	public EngagementTable(Composite parent, Clock clock, Supplier<DueTimes> dueTimes) {
		this.clock = clock;
		this.dueTimes = dueTimes;
		colours = new EngagementColours(clock.instant());
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		order = new ColumnComparator(table, this::refresh);
		rows = new EngagementRows(order::sort);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new RowsContentProvider());
		viewer.setInput(rows);
		ColumnViewerToolTipSupport.enableFor(viewer);
		table.addDisposeListener(event -> changes.detach());
	}

	/**
	 * Shows the engagements of a repository, in its order, until a header is clicked.
	 *
	 * @param newRepository  the repository
	 * @param adapterFactory the item providers that label referenced objects
	 */
	public void show(AdvocacyRepository newRepository, AdapterFactory adapterFactory) {
		repository = newRepository;
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.dispose();
		}
		order.reset();
		viewer.getTable().setSortColumn(null);
		createColumns(new ValueText(adapterFactory, clock.getZone()));
		changes.attach(newRepository);
		refresh();
	}

	/** Shows no engagements and stops listening to the repository shown before (it was closed). */
	public void clear() {
		repository = null;
		changes.detach();
		rows.setEngagements(List.of());
		updateTable();
	}

	private void createColumns(ValueText text) {
		addColumn("Key", 75, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__KEY));
		addColumn("Title", 185, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__TITLE));
		addColumn("Customer", 150, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__CUSTOMER,
				Literals.CUSTOMER__NAME));
		addColumn("Segment", 120, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__CUSTOMER,
				Literals.CUSTOMER__SEGMENT, Literals.CUSTOMER_SEGMENT__NAME));
		addColumn("State", 110, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__STATE));
		addColumn("Status", 75, new StatusColumnLabelProvider(this::colourCodeOf));
		addColumn("Urgency", 105, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__URGENCY));
		addColumn("Advocate", 125, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__ADVOCATE,
				Literals.PERSON__NAME));
		addColumn("Age", 50, new EngagementAgeLabelProvider(clock));
		addColumn("Next update due", 230, DueColumnLabelProvider.nextUpdate(text, dueTimes));
		addColumn("Next escalation step", 175, DueColumnLabelProvider.nextStep(text, dueTimes));
	}

	private void addColumn(String title, int width, CellLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(labels);
		order.sortOnClick(column.getColumn(), labels);
	}

	/**
	 * Filters the engagements again; the order stays.
	 *
	 * @param filter which engagements to show
	 */
	public void setFilter(Predicate<Engagement> filter) {
		rows.setFilter(filter);
		updateTable();
	}

	/**
	 * Sorts and filters the repository's engagements again, for example after the escalation engine ran; the colour
	 * codes are assessed again as of now.
	 */
	public void refresh() {
		if (repository != null && !viewer.getTable().isDisposed()) {
			colours = new EngagementColours(clock.instant());
			rows.setEngagements(repository.getEngagements());
			updateTable();
		}
	}

	/** Coalesces the refreshes asked for by a burst of model changes (a compound command) into one. */
	private void refreshLater() {
		if (!refreshPending && !viewer.getTable().isDisposed()) {
			refreshPending = true;
			viewer.getTable().getDisplay().asyncExec(() -> {
				refreshPending = false;
				refresh();
			});
		}
	}

	/**
	 * Sets the row count and drops every row's labels (only rows on screen ask again), then selects the
	 * engagements that were selected and are still shown.
	 */
	private void updateTable() {
		Table table = viewer.getTable();
		List<?> selected = viewer.getStructuredSelection().toList();
		viewer.setItemCount(rows.size());
		table.clearAll();
		int[] kept = selected.stream().mapToInt(rows::rowOf).filter(row -> row >= 0).toArray();
		Arrays.stream(kept).forEach(row -> viewer.replace(rows.get(row), row));
		if (kept.length != selected.size()) {
			viewer.setSelection(new StructuredSelection(Arrays.stream(kept).mapToObj(rows::get).toList()));
		} else {
			table.setSelection(kept);
		}
		onRefresh.run();
	}

	/**
	 * @param engagement an engagement of the repository shown
	 * @return its colour code as the table shows, sorts and filters it, assessed at the last refresh
	 */
	public StatusColour colourOf(Engagement engagement) {
		return colours.colourOf(engagement);
	}

	/**
	 * @param engagement an engagement of the repository shown
	 * @return its colour code with the reason, as the table's tooltip says it, assessed at the last refresh
	 */
	public EngagementColour colourCodeOf(Engagement engagement) {
		return colours.of(engagement);
	}

	/**
	 * Refreshes the rows soon, once for a burst of changes, because an engagement's colour code may have changed:
	 * its get-well plan or its colour override was edited.
	 */
	public void coloursChanged() {
		refreshLater();
	}

	/** @param listener called after the rows changed (their number, order or labels) */
	public void setOnRefresh(Runnable listener) {
		onRefresh = listener;
	}

	/** @return the engagements shown, in row order */
	public List<Engagement> getShown() {
		return rows.visible();
	}

	/** @return how many engagements the repository has, shown or filtered out */
	public int getTotal() {
		return rows.total();
	}

	/** @return the viewer, which provides the selection of engagements */
	public TableViewer getViewer() {
		return viewer;
	}

	/** Feeds the virtual table from the rows: one engagement per visible row, on demand. */
	private final class RowsContentProvider implements IIndexableLazyContentProvider {

		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}

		@Override
		public int findElement(Object element) {
			return rows.rowOf(element);
		}

		@Override
		public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			// the rows are refreshed by the table, which owns them
		}
	}
}

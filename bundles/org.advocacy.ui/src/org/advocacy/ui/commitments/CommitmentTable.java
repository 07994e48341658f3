// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.commitments;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.advocacy.core.review.CommitmentRows.Row;
import org.advocacy.core.review.ReviewText;
import org.advocacy.model.Engagement;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.TextColumns;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

/**
 * The table of root-cause commitments the engagement editor and the Management Review perspective show alike:
 * accountable manager, what will be fixed, promised update, status (with the reason of a drop), how late, the root
 * causes with their engagements, and the review it was made in or asked for. Overdue commitments, as the engine
 * judges them, are highlighted and explain themselves in a tooltip; others show their latest update there.
 */
public final class CommitmentTable {

	/** The highlight of an overdue commitment: the Management Review's overdue colours. */
	private static final RGB OVERDUE_BACKGROUND = new RGB(255, 228, 228);
	private static final RGB OVERDUE_FOREGROUND = new RGB(160, 20, 30);

	private final TableViewer viewer;
	/** Dates and instants as every other table shows them; they need no item providers. */
	private final ValueText dates;
	private final Color overdueBackground;
	private final Color overdueForeground;
	private final Font bold;

	/**
	 * @param parent where the table goes
	 * @param style  extra SWT styles of the table, e.g. {@link SWT#MULTI}
	 * @param zone   the zone review dates are shown in
	 */
	public CommitmentTable(Composite parent, int style, ZoneId zone) {
		dates = new ValueText(null, zone);
		viewer = new TableViewer(parent, style | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getTable());
		overdueBackground = resources.create(ColorDescriptor.createFrom(OVERDUE_BACKGROUND));
		overdueForeground = resources.create(ColorDescriptor.createFrom(OVERDUE_FOREGROUND));
		bold = resources.create(FontDescriptor.createFrom(viewer.getTable().getFont()).setStyle(SWT.BOLD));
		column("Accountable manager", 140, row -> ReviewText.name(row.commitment().getAccountableManager()));
		column("Commitment", 220, row -> row.commitment().getCommitment());
		column("Promised update", 105, row -> dates.of(row.commitment().getPromisedUpdateOn()));
		column("Status", 120, row -> ReviewText.status(row.commitment()));
		column("Overdue", 70, row -> row.isOverdue() ? row.overdue().daysOverdue() + " d" : "");
		column("Root causes", 220, row -> ReviewText.causes(row.commitment()));
		column("Engagements", 90, row -> row.engagements().stream().map(Engagement::getKey)
				.collect(Collectors.joining(", ")));
		column("Made in", 140, row -> row.isForNextReview() ? "Next review (asked for)"
				: "Review of " + dates.of(row.review().getHeldOn()));
	}

	private void column(String title, int width, Function<Row, String> text) {
		TextColumns.add(viewer, SWT.NONE, title, width, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Row) element);
				return value == null ? "" : value;
			}

			@Override
			public Color getBackground(Object element) {
				return ((Row) element).isOverdue() ? overdueBackground : null;
			}

			@Override
			public Color getForeground(Object element) {
				return ((Row) element).isOverdue() ? overdueForeground : null;
			}

			@Override
			public Font getFont(Object element) {
				return ((Row) element).isOverdue() ? bold : null;
			}

			@Override
			public String getToolTipText(Object element) {
				Row row = (Row) element;
				if (row.isOverdue()) {
					return row.overdue().reason();
				}
				String update = row.commitment().getLastUpdate();
				return update == null || update.isBlank() ? null : "Latest update: " + update;
			}
		});
	}

	/** @param rows the commitments to show, in the order given */
	public void setRows(List<Row> rows) {
		if (!viewer.getControl().isDisposed()) {
			viewer.setInput(rows.toArray());
		}
	}

	/** @return the commitments of the selected rows */
	public List<RootCauseCommitment> selected() {
		return viewer.getStructuredSelection().stream().map(row -> ((Row) row).commitment()).toList();
	}

	/** @return the rows shown */
	public List<Row> rows() {
		Object input = viewer.getInput();
		return input == null ? List.of() : List.of((Object[]) input).stream().map(Row.class::cast).toList();
	}

	/** @return the table viewer; its elements are {@link Row}s */
	public TableViewer getViewer() {
		return viewer;
	}
}

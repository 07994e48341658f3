// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.advocacy.core.review.CommitmentRows.RecurringCause;
import org.advocacy.core.review.CommitmentRows.Row;
import org.advocacy.core.review.CommitmentRows;
import org.advocacy.core.review.ReviewText;
import org.advocacy.model.Engagement;
import org.advocacy.ui.emf.CommandStackActions;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The root-cause commitments made in management reviews: accountable manager, commitment, promised update date and
 * status, with the overdue ones (as the engine judges them) highlighted and listed first; beside them, the roll-up of
 * recurring root causes across customers. Selecting a commitment selects it in the workbench, so its status and
 * last update are edited in Properties as commands on the session's domain.
 */
public class CommitmentsView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.review.commitments";

	private Clock clock = Clock.systemUTC();
	private TableViewer commitments;
	private TableViewer recurring;
	private ReviewColours colours;
	private CommitmentRows rows;
	private ValueText valueText;
	private CommandStackActions undoRedo;

	@Override
	public void createPartControl(Composite parent) {
		colours = new ReviewColours(parent);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		commitments = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		commitments.getTable().setHeaderVisible(true);
		commitments.getTable().setLinesVisible(true);
		commitments.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(commitments);
		column("Accountable manager", 150, row -> ReviewText.name(row.commitment().getAccountableManager()));
		column("Commitment", 300, row -> row.commitment().getCommitment());
		column("Promised update", 120, row -> valueText.of(row.commitment().getPromisedUpdateOn()));
		column("Status", 90, row -> row.commitment().getStatus() == null ? ""
				: row.commitment().getStatus().getLiteral());
		column("Overdue", 80, row -> row.isOverdue() ? row.overdue().daysOverdue() + " d" : "");
		column("Root causes", 260, row -> row.commitment().getRootCauses().stream()
				.map(cause -> (cause.getCategory() == null ? "" : cause.getCategory().getLiteral() + ": ")
						+ cause.getDescription())
				.collect(Collectors.joining("; ")));
		column("Engagements", 140, row -> row.engagements().stream().map(Engagement::getKey)
				.collect(Collectors.joining(", ")));
		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(right);
		Label title = new Label(right, SWT.NONE);
		title.setText("Recurring root causes across customers");
		title.setFont(colours.bold());
		GridDataFactory.fillDefaults().indent(4, 4).applyTo(title);
		recurring = new TableViewer(right, SWT.FULL_SELECTION | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(recurring.getControl());
		recurring.getTable().setHeaderVisible(true);
		recurring.setContentProvider(ArrayContentProvider.getInstance());
		recurringColumn("Category", 150, cause -> cause.category().getLiteral());
		recurringColumn("Customers", 80, cause -> Integer.toString(cause.customers()));
		recurringColumn("Commitments", 90, cause -> Integer.toString(cause.commitments()));
		sash.setWeights(75, 25);
		// Properties edits the selected rows' commitments
		getSite().setSelectionProvider(new MappedSelection(commitments, row -> ((Row) row).commitment()));
		undoRedo = new CommandStackActions(getViewSite().getActionBars());
		new SessionTracker(parent, this::show);
	}

	private void column(String title, int width, Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(commitments, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Row) element);
				return value == null ? "" : value;
			}

			@Override
			public Color getBackground(Object element) {
				return ((Row) element).isOverdue() ? colours.overdueBackground() : null;
			}

			@Override
			public Color getForeground(Object element) {
				return ((Row) element).isOverdue() ? colours.overdueForeground() : null;
			}

			@Override
			public Font getFont(Object element) {
				return ((Row) element).isOverdue() ? colours.bold() : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Row) element).isOverdue() ? ((Row) element).overdue().reason() : null;
			}
		});
	}

	private void recurringColumn(String title, int width, Function<RecurringCause, String> text) {
		TableViewerColumn column = new TableViewerColumn(recurring, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RecurringCause) element);
			}
		});
	}

	private void show(RepositorySession session) {
		undoRedo.setCommandStack(session == null ? null : session.getEditingDomain().getCommandStack());
		if (session == null) {
			rows = null;
			commitments.setInput(new Object[0]);
			recurring.setInput(new Object[0]);
			setContentDescription("No repository open.");
			return;
		}
		valueText = new ValueText(session.getAdapterFactory(), clock.getZone());
		rows = CommitmentRows.of(session.getRepository(), LocalDate.now(clock));
		commitments.setInput(rows.rows().toArray());
		recurring.setInput(rows.recurring().toArray());
		long overdue = rows.rows().stream().filter(Row::isOverdue).count();
		setContentDescription(rows.rows().size() + " root-cause commitments, " + overdue + " overdue.");
	}

	/** @return the rows shown; for tests */
	CommitmentRows getRows() {
		return rows;
	}

	/** @return the commitments table; for tests */
	TableViewer getViewer() {
		return commitments;
	}

	@Override
	public void setFocus() {
		commitments.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

import org.advocacy.core.review.CommitmentRows;
import org.advocacy.core.review.CommitmentRows.Row;
import org.advocacy.core.review.RecurringCauses;
import org.advocacy.core.review.RecurringCauses.Category;
import org.advocacy.core.review.RecurringCauses.Cause;
import org.advocacy.core.review.ReviewText;
import org.advocacy.ui.commitments.CommitmentActions;
import org.advocacy.ui.commitments.CommitmentTable;
import org.advocacy.ui.emf.CommandStackActions;
import org.advocacy.ui.forms.TextColumns;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.session.SessionTracker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The root-cause commitments of the management reviews and those asked for the next one: accountable manager,
 * commitment, promised update, status, with the overdue ones (as the engine judges them) highlighted and listed
 * first. Edit, Start, Mark Done, Drop (with a reason) and Reopen work on the selected commitment, each one undoable
 * command; selecting a commitment also selects it in the workbench for Properties. Beside them, the roll-up of
 * every recurring root cause by category: how many customers and engagements had one, how many have a commitment,
 * and each cause below its category.
 */
public class CommitmentsView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.review.commitments";

	private Clock clock = Clock.systemDefaultZone();
	private CommitmentTable commitments;
	private TreeViewer recurring;
	private ReviewColours colours;
	private CommitmentRows rows;
	private RecurringCauses causes;
	private CommitmentActions actions;
	private CommandStackActions undoRedo;
	private SessionTracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		colours = new ReviewColours(parent);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		commitments = new CommitmentTable(sash, SWT.MULTI, ZoneId.systemDefault());
		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(right);
		Label title = new Label(right, SWT.NONE);
		title.setText("Recurring root causes across customers");
		title.setFont(colours.bold());
		GridDataFactory.fillDefaults().indent(4, 4).applyTo(title);
		recurring = new TreeViewer(right, SWT.FULL_SELECTION | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(recurring.getControl());
		recurring.getTree().setHeaderVisible(true);
		recurring.setContentProvider(new RecurringContent());
		recurringColumn("Category / root cause", 220, category -> category.label(),
				cause -> ReviewText.cause(cause.cause()));
		recurringColumn("Customers", 75, category -> Integer.toString(category.customers()),
				cause -> ReviewText.customer(cause.engagement()));
		recurringColumn("Engagements", 85, category -> Integer.toString(category.engagements()), cause -> "");
		recurringColumn("Causes", 55, category -> Integer.toString(category.causes().size()), cause -> "");
		recurringColumn("With a commitment", 115, category -> Integer.toString(category.committed()),
				cause -> cause.isCommitted() ? "yes" : "none yet");
		sash.setWeights(65, 35);
		// Properties edits the selected rows' commitments
		getSite().setSelectionProvider(
				new MappedSelection(commitments.getViewer(), row -> ((Row) row).commitment()));
		undoRedo = new CommandStackActions(getViewSite().getActionBars());
		tracker = new SessionTracker(parent, this::show);
		actions = new CommitmentActions(tracker::getSession, () -> getSite().getShell(), clock,
				commitments::selected);
		commitments.getViewer().addSelectionChangedListener(event -> actions.update());
		contributeActions();
	}

	private void contributeActions() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
		MenuManager context = new MenuManager();
		for (Action action : actions.actions()) {
			toolBar.add(action);
			viewMenu.add(action);
			context.add(action);
		}
		toolBar.update(true);
		commitments.getViewer().getControl().setMenu(context.createContextMenu(commitments.getViewer().getControl()));
	}

	private void recurringColumn(String title, int width, Function<Category, String> categoryText,
			Function<Cause, String> causeText) {
		TextColumns.add(recurring, title, width, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Category category ? categoryText.apply(category)
						: causeText.apply((Cause) element);
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof Category ? colours.bold() : null;
			}
		});
	}

	private void show(RepositorySession session) {
		undoRedo.setCommandStack(session == null ? null : session.getEditingDomain().getCommandStack());
		if (session == null) {
			rows = null;
			causes = null;
			commitments.setRows(java.util.List.of());
			recurring.setInput(null);
			setContentDescription("No repository open.");
		} else {
			rows = CommitmentRows.of(session.getRepository(), LocalDate.now(clock));
			causes = RecurringCauses.of(session.getRepository());
			commitments.setRows(rows.rows());
			recurring.setInput(causes);
			long overdue = rows.rows().stream().filter(Row::isOverdue).count();
			long asked = rows.rows().stream().filter(Row::isForNextReview).count();
			setContentDescription(rows.rows().size() + " root-cause commitments, " + overdue + " overdue, " + asked
					+ " asked for the next review; " + causes.causeCount() + " root causes recorded.");
		}
		if (actions != null) {
			actions.update();
		}
	}

	/** @return the rows shown; for tests */
	CommitmentRows getRows() {
		return rows;
	}

	/** @return the roll-up shown; for tests */
	RecurringCauses getRecurring() {
		return causes;
	}

	/** @return the commitments table; for tests */
	CommitmentTable getTable() {
		return commitments;
	}

	/** @return the actions on the selected commitment; for tests */
	CommitmentActions getActions() {
		return actions;
	}

	/** @return the session tracker, to refresh at once; for tests */
	SessionTracker getTracker() {
		return tracker;
	}

	@Override
	public void setFocus() {
		commitments.getViewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
	}

	/** Categories, each with its causes. */
	private static final class RecurringContent extends GroupedTreeContent<Category> {

		RecurringContent() {
			super(Category.class, Category::causes);
		}

		@Override
		public Object[] getElements(Object input) {
			return input instanceof RecurringCauses shown ? shown.categories().toArray() : new Object[0];
		}
	}
}

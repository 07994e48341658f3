// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.time.Clock;
import java.util.List;

import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.review.AgendaItem;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.ReviewItem;
import org.advocacy.ui.emf.CommandStackActions;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The agenda of the next weekly management review, prepared by the engine's {@link ReviewAgendaPlanner} since the
 * last review: new situations, updates on the open ones, closures to confirm and overdue root-cause commitments.
 * "Record Review" adds the review that walked this agenda to the repository (an undoable command); the next agenda
 * then starts from it.
 */
public class ReviewAgendaView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.review.agenda";

	/**
	 * One section of the agenda.
	 *
	 * @param title the section's heading
	 * @param items its agenda items or overdue commitments
	 */
	record Section(String title, List<?> items) {
	}

	private Clock clock = Clock.systemUTC();
	private Label heading;
	private TreeViewer viewer;
	private ReviewColours colours;
	private SessionTracker tracker;
	private ReviewAgenda agenda;
	private Action record;
	private ExportReviewPackAction export;
	private CommandStackActions undoRedo;

	@Override
	public void createPartControl(Composite parent) {
		colours = new ReviewColours(parent);
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(body);
		heading = new Label(body, SWT.WRAP);
		heading.setFont(colours.bold());
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(heading);
		viewer = new TreeViewer(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new AgendaContent());
		column("Item", 360, element -> {
			if (element instanceof Section section) {
				return section.title() + "  (" + section.items().size() + ")";
			}
			if (element instanceof AgendaItem item) {
				return ReviewText.engagement(item.engagement());
			}
			if (element instanceof ManagementReview review) {
				return "Attendees and notes: " + review.getAttendees().size() + " attendees"
						+ (review.getNotes() == null ? "" : "; " + review.getNotes());
			}
			if (element instanceof ReviewItem item) {
				return (item.getEngagement() == null ? "" : ReviewText.engagement(item.getEngagement())) + "  ["
						+ item.getKind().getLiteral() + (item.isClosureConfirmed() ? ", closure confirmed" : "") + "]"
						+ (item.getNotes() == null || item.getNotes().isBlank() ? "" : "  " + item.getNotes());
			}
			return ((OverdueCommitment) element).reason();
		});
		column("Customer", 170, element -> element instanceof AgendaItem item ? ReviewText.customer(item.engagement())
				: element instanceof ReviewItem item && item.getEngagement() != null
						? ReviewText.customer(item.getEngagement())
				: element instanceof OverdueCommitment overdue
						? ReviewText.name(overdue.commitment().getAccountableManager())
						: "");
		column("Status", 70, element -> element instanceof AgendaItem item && item.status() != null
				? "\u25CF " + item.status().getLiteral()
				: "");
		column("Age", 60, element -> element instanceof AgendaItem item ? ReviewText.age(item.age())
				: element instanceof OverdueCommitment overdue ? overdue.daysOverdue() + " d late" : "");
		column("Advocate", 140,
				element -> element instanceof AgendaItem item ? ReviewText.name(item.engagement().getAdvocate()) : "");
		getSite().setSelectionProvider(viewer);
		record = new Action("Record Review") {
			@Override
			public void run() {
				recordReview();
			}
		};
		record.setToolTipText("Record the management review that walked this agenda; then select its record "
				+ "below to edit attendees, notes per item and confirmed closures in Properties");
		getViewSite().getActionBars().getToolBarManager().add(record);
		export = new ExportReviewPackAction(getSite().getPage(), () -> tracker.getSession(), Clock.systemUTC());
		getViewSite().getActionBars().getToolBarManager().add(export);
		getViewSite().getActionBars().getToolBarManager().update(true);
		undoRedo = new CommandStackActions(getViewSite().getActionBars());
		tracker = new SessionTracker(parent, this::show);
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof Section ? colours.bold() : null;
			}

			@Override
			public Color getForeground(Object element) {
				if (element instanceof OverdueCommitment) {
					return colours.overdueForeground();
				}
				return element instanceof AgendaItem item && "Status".equals(title) ? colours.status(item.status())
						: null;
			}
		});
	}

	/** Prepares the agenda again; once per model change. */
	private void show(RepositorySession session) {
		undoRedo.setCommandStack(session == null ? null : session.getEditingDomain().getCommandStack());
		if (session == null) {
			agenda = null;
			viewer.setInput(null);
			heading.setText("No repository open.");
			record.setEnabled(false);
			return;
		}
		agenda = new ReviewAgendaPlanner().prepare(session.getRepository(), clock.instant());
		viewer.setInput(agenda);
		viewer.expandAll();
		heading.setText("Next management review \u2014 since " + agenda.lastReview()
				.map(review -> "the review of " + ReviewText.when(review.getHeldOn()))
				.orElse(ReviewText.when(agenda.since()) + " (no review recorded yet)"));
		heading.getParent().layout();
		record.setEnabled(true);
	}

	/** Records the review of the agenda shown, as one command on the session's domain. */
	void recordReview() {
		RepositorySession session = tracker.getSession();
		if (session == null || agenda == null) {
			return;
		}
		session.getEditingDomain().getCommandStack()
				.execute(RecordReviewCommand.create(session.getEditingDomain(), session.getRepository(), agenda));
	}

	/** @return the review pack export; for tests */
	ExportReviewPackAction getExport() {
		return export;
	}

	/** @return the agenda shown; for tests */
	ReviewAgenda getAgenda() {
		return agenda;
	}

	/** @return the tree viewer; for tests */
	TreeViewer getViewer() {
		return viewer;
	}

	/** Prepares the agenda again now instead of on the next UI cycle; for tests. */
	void refresh() {
		tracker.refreshNow();
	}

	/** @param now the clock the agenda is prepared with; for tests */
	void setClock(Clock now) {
		this.clock = now;
		tracker.refreshNow();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
	}

	/** The heading of the section that lists the record of the last review, for editing in Properties. */
	static final String LAST_REVIEW = "Record of the last review, held ";

	/** Sections, then their items. */
	private static final class AgendaContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			if (!(input instanceof ReviewAgenda shown)) {
				return new Object[0];
			}
			List<Section> sections = new java.util.ArrayList<>(List.of(
					new Section("New situations", shown.newEngagements()),
					new Section("Updates on open engagements", shown.updates()),
					new Section("Closures to confirm", shown.toConfirmClosed()),
					new Section("Overdue root-cause commitments", shown.overdueCommitments())));
			shown.lastReview().ifPresent(review -> {
				List<Object> record = new java.util.ArrayList<>();
				record.add(review);
				record.addAll(review.getItems());
				sections.add(new Section(LAST_REVIEW + ReviewText.when(review.getHeldOn()), record));
			});
			return sections.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Section section ? section.items().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Section section && !section.items().isEmpty();
		}
	}
}

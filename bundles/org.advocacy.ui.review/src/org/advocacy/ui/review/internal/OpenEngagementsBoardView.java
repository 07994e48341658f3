// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.IdentityHashMap;
import java.util.Map;

import org.advocacy.core.review.EngagementBoard;
import org.advocacy.core.review.EngagementBoard.Card;
import org.advocacy.core.review.EngagementBoard.ColourGroup;
import org.advocacy.core.review.EngagementBoard.StateGroup;
import org.advocacy.core.review.OpenEndedEngagements;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.review.ReviewText;
import org.advocacy.model.Engagement;
import org.advocacy.ui.preferences.NudgePreferences;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.session.SessionTracker;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The open engagements board of the management review: grouped by colour code, Red first, and by state, with the
 * engagements new since the last review flagged and listed first, and why each has its colour (the advocate's
 * override with its reason, or the engine's rationale, as every other view says it). Selecting a card selects its
 * engagement in the workbench (Properties, other views).
 */
public class OpenEngagementsBoardView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.review.board";

	private Clock clock = Clock.systemUTC();
	private TreeViewer viewer;
	private ReviewColours colours;
	private EngagementBoard board;
	private final Map<Engagement, Card> cards = new IdentityHashMap<>();
	private final Map<Engagement, OpenEndedEngagements.Flag> openEnded = new IdentityHashMap<>();
	private SessionTracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		colours = new ReviewColours(parent);
		Composite tableArea = new Composite(parent, SWT.NONE);
		TreeColumnLayout columns = new TreeColumnLayout(true);
		tableArea.setLayout(columns);
		viewer = new TreeViewer(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new BoardContent());
		column(columns, "Engagement", new ColumnWeightData(50, 150), new BoardLabels() {
			@Override
			public String getText(Object element) {
				if (element instanceof ColourGroup group) {
					return "\u25CF " + (group.colour() == null ? "No colour code" : group.colour().getLiteral())
							+ "  (" + group.count() + ")";
				}
				if (element instanceof StateGroup group) {
					return group.state().getLiteral() + "  (" + group.cards().size() + ")";
				}
				return ReviewText.engagement((Engagement) element);
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof ColourGroup group ? colours.status(group.colour()) : null;
			}
		});
		column(columns, "New", new ColumnPixelData(54), new BoardLabels() {
			@Override
			public String getText(Object element) {
				return element instanceof Engagement engagement && isNew(engagement) ? "\u2605 new" : "";
			}
		});
		column(columns, "Customer", new ColumnWeightData(27, 90), cardText(ReviewText::customer));
		column(columns, "Advocate", new ColumnWeightData(23, 80), cardText(engagement -> ReviewText.name(engagement.getAdvocate())));
		column(columns, "Urgency", new ColumnPixelData(64), cardText(engagement -> engagement.getUrgency() == null ? ""
				: engagement.getUrgency().getLiteral()));
		column(columns, "Age", new ColumnPixelData(44), cardText(engagement -> engagement.getOpenedAt() == null ? ""
				: ReviewText.age(Duration.between(engagement.getOpenedAt(), clock.instant()))));
		column(columns, "Open-ended", new ColumnWeightData(30, 110), new BoardLabels() {
			@Override
			public String getText(Object element) {
				OpenEndedEngagements.Flag flag = element instanceof Engagement engagement ? openEnded.get(engagement)
						: null;
				return flag == null ? "" : "\u26A0 " + flag.summary();
			}

			@Override
			public String getToolTipText(Object element) {
				OpenEndedEngagements.Flag flag = element instanceof Engagement engagement ? openEnded.get(engagement)
						: null;
				return flag == null ? null : flag.reason();
			}
		});
		column(columns, "Why this colour", new ColumnWeightData(45, 160), new BoardLabels() {
			@Override
			public String getText(Object element) {
				Card card = element instanceof Engagement engagement ? cards.get(engagement) : null;
				return card == null ? "" : card.colour().rationale();
			}

			@Override
			public String getToolTipText(Object element) {
				String text = getText(element);
				return text.isEmpty() ? null : text;
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		getSite().setSelectionProvider(viewer);
		tracker = new SessionTracker(parent, this::show);
	}

	/**
	 * Adds a column: the short ones (New, Urgency, Age) keep their width, the engagement, customer and advocate share
	 * the rest of the view's width by weight, never narrower than their minimum.
	 */
	private void column(TreeColumnLayout columns, String title, ColumnLayoutData width, ColumnLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), width);
		column.setLabelProvider(labels);
	}

	private BoardLabels cardText(java.util.function.Function<Engagement, String> text) {
		return new BoardLabels() {
			@Override
			public String getText(Object element) {
				return element instanceof Engagement engagement ? text.apply(engagement) : "";
			}
		};
	}

	/** Rebuilds the board from the model; once per model change. */
	private void show(RepositorySession session) {
		if (session == null) {
			setContentDescription("No repository open.");
			viewer.setInput(null);
			return;
		}
		ReviewAgenda agenda = new ReviewAgendaPlanner().prepare(session.getRepository(), clock.instant());
		board = EngagementBoard.of(session.getRepository(), agenda);
		cards.clear();
		board.cards().forEach(card -> cards.put(card.engagement(), card));
		openEnded.clear();
		OpenEndedEngagements.flagged(session.getRepository().getEngagements(), clock.instant(),
				NudgePreferences.openEndedLimits(), ZoneId.systemDefault())
				.forEach(flag -> openEnded.put(flag.engagement(), flag));
		viewer.setInput(board);
		viewer.expandToLevel(3);
		long fresh = board.cards().stream().filter(Card::isNew).count();
		setContentDescription(board.count() + " open engagements, " + openEnded.size() + " open-ended; " + fresh
				+ " new since "
				+ agenda.lastReview()
						.map(review -> "the review of " + ReviewText.when(review.getHeldOn(), ZoneId.systemDefault()))
						.orElse(ReviewText.when(agenda.since(), ZoneId.systemDefault())));
	}

	private boolean isNew(Engagement engagement) {
		return board != null && board.isNew(engagement);
	}

	/** @return the board shown; for tests */
	EngagementBoard getBoard() {
		return board;
	}

	/** @return the tree viewer; for tests */
	TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Labels: new cards in bold. */
	private class BoardLabels extends ColumnLabelProvider {
		@Override
		public Font getFont(Object element) {
			return element instanceof Engagement engagement && isNew(engagement) || element instanceof ColourGroup
					? colours.bold()
					: null;
		}
	}

	/** Colour groups → state groups → cards. */
	private static final class BoardContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof EngagementBoard shown ? shown.colours().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof ColourGroup group) {
				return group.states().toArray();
			}
			return parent instanceof StateGroup group ? group.cards().stream().map(Card::engagement).toArray()
					: new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !(element instanceof Engagement);
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.NOW;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.clockAt;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.showPerspective;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.advocacy.core.escalation.OverdueCommitments;
import org.advocacy.core.review.AgendaItem;
import org.advocacy.core.review.CommitmentRows;
import org.advocacy.core.review.EngagementBoard;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.review.ManagementReviewPerspective;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.IAxisTick;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Management Review perspective opens in the live workbench with its board, agenda and commitments. */
@ExtendWith(OpenSample.class)
class ManagementReviewPerspectiveTest {

	private AdvocacyRepository repository;
	private IWorkbenchPage page;

	@BeforeEach
	void openPerspectiveOnTheSample() throws Exception {
		repository = session().getRepository();
		page = showPerspective();
	}

	@Test
	void perspectiveShowsTheReviewViews() {
		assertEquals(ManagementReviewPerspective.ID, page.getPerspective().getId());
		for (String id : List.of(OpenEngagementsBoardView.ID, ReviewAgendaView.ID, ReviewMetricsView.ID,
				CommitmentsView.ID, ManagementReviewPerspective.ENGAGEMENTS_VIEW, IPageLayout.ID_PROP_SHEET)) {
			assertNotNull(page.findView(id), "the perspective shows " + id);
		}
		ReviewMetricsView metrics = view(ReviewMetricsView.ID);
		assertNotNull(metrics.getMetrics(), "the charts show the sample's metrics at once");
		assertTrue(metrics.getCharts().stream().allMatch(chart -> chart.getChart().getSeriesSet().getSeries().length > 0),
				"every chart has its series");
		IAxisTick ratioAxis = metrics.getCharts().get(0).getChart().getAxisSet().getYAxis(0).getTick();
		assertEquals("0.5", ratioAxis.getFormat().format(0.5), "the customer ratio axis reads in decimals");
	}

	@Test
	void boardGroupsTheOpenEngagementsByColourAndStateAndFlagsTheNewOnes() {
		OpenEngagementsBoardView board = view(OpenEngagementsBoardView.ID);
		ReviewAgenda agenda = new ReviewAgendaPlanner().prepare(repository, java.time.Instant.now());
		EngagementColours colourCodes = new EngagementColours(agenda.preparedAt());
		long open = repository.getEngagements().stream().filter(e -> e.getClosedAt() == null
				&& e.getState() != EngagementState.DECLINED && e.getState() != EngagementState.RETURNED_TO_SOP)
				.count();

		assertEquals(open, board.getBoard().count(), "every open engagement is on the board once");
		TreeItem[] colours = board.getViewer().getTree().getItems();
		assertEquals(board.getBoard().colours().size(), colours.length);
		assertTrue(colours[0].getText(0).contains("Red"), "Red comes first: " + colours[0].getText(0));
		for (AgendaItem item : agenda.newEngagements()) {
			assertTrue(board.getBoard().isNew(item.engagement()), item.engagement().getKey() + " is flagged new");
		}
		for (EngagementBoard.ColourGroup group : board.getBoard().colours()) {
			for (EngagementBoard.StateGroup state : group.states()) {
				state.cards().forEach(card -> assertEquals(group.colour(), colourCodes.colourOf(card.engagement())));
				state.cards().forEach(card -> assertEquals(state.state(), card.engagement().getState()));
			}
		}
		int why = List.of(board.getViewer().getTree().getColumns()).stream().map(column -> column.getText()).toList()
				.indexOf("Why this colour");
		for (TreeItem colour : colours) {
			for (TreeItem state : colour.getItems()) {
				for (TreeItem card : state.getItems()) {
					Engagement engagement = (Engagement) card.getData();
					assertEquals(board.getBoard().cards().stream().filter(shown -> shown.engagement() == engagement)
							.findFirst().orElseThrow().colour().rationale(), card.getText(why),
							"the board says why " + engagement.getKey() + " has its colour, as every view does");
				}
			}
		}
	}

	@Test
	void commitmentsTableHighlightsTheOverdueOnes() {
		CommitmentsView view = view(CommitmentsView.ID);
		Set<Object> overdue = Collections.newSetFromMap(new IdentityHashMap<>());
		OverdueCommitments.find(repository, LocalDate.now(ZoneOffset.UTC)).forEach(late -> overdue.add(late.commitment()));
		Table table = view.getTable().getViewer().getTable();
		int commitments = repository.getReviews().stream().mapToInt(review -> review.getCommitments().size()).sum();

		assertEquals(commitments, table.getItemCount());
		assertFalse(overdue.isEmpty(), "the sample has overdue commitments");
		for (TableItem row : table.getItems()) {
			CommitmentRows.Row shown = (CommitmentRows.Row) row.getData();
			boolean late = overdue.contains(shown.commitment());
			assertEquals(late, shown.isOverdue());
			LocalDate promised = shown.commitment().getPromisedUpdateOn();
			assertEquals(promised == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(promised),
					row.getText(2), "the promised update date reads like every other date");
			assertEquals(late, !row.getBackground(0).equals(table.getBackground()),
					"only overdue rows are highlighted: " + row.getText(1));
		}
		assertTrue(((CommitmentRows.Row) table.getItem(0).getData()).isOverdue(), "overdue commitments come first");
	}

	@Test
	void selectingACommitmentOffersItToProperties() {
		CommitmentsView view = view(CommitmentsView.ID);
		page.activate(view);
		view.getTable().getViewer()
				.setSelection(new org.eclipse.jface.viewers.StructuredSelection(view.getRows().rows().get(0)));
		processEvents();

		IStructuredSelection selection = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
		assertEquals(view.getRows().rows().get(0).commitment(), selection.getFirstElement());
	}

	@Test
	void agendaViewListsTheEngineAgendaInItsSections() {
		ReviewAgendaView view = view(ReviewAgendaView.ID);
		view.setClock(clockAt(NOW));
		ReviewAgenda expected = new ReviewAgendaPlanner().prepare(repository, NOW);
		TreeItem[] sections = view.getViewer().getTree().getItems();

		assertEquals(expected.lastReview().isPresent() ? 7 : 6, sections.length);
		assertEquals(expected.newEngagements().size(), sections[0].getItemCount());
		assertEquals(expected.updates().size(), sections[1].getItemCount());
		assertEquals(expected.toConfirmClosed().size(), sections[2].getItemCount());
		assertEquals(expected.overdueCommitments().size(), sections[3].getItemCount());
		assertTrue(sections[4].getText(0).startsWith(AgendaTreeContent.ASKED_FOR), sections[4].getText(0));
		assertEquals(0, sections[4].getItemCount(), "nothing asked for before anyone asked");
		assertEquals(expected.draftReview().getAttendees().size(), sections[5].getItemCount(),
				"the advocates of the engagements on the agenda are invited");
		if (expected.lastReview().isPresent()) {
			assertTrue(sections[6].getText(0).startsWith(ReviewAgendaView.LAST_REVIEW), sections[6].getText(0));
			assertEquals(expected.lastReview().get().getItems().size() + 1, sections[6].getItemCount(),
					"the last review's record and its items, to edit in Properties");
		}
		if (!expected.updates().isEmpty()) {
			assertEquals(expected.updates().get(0).engagement().getKey(), sections[1].getItem(0).getText(0).split(" ")[0]);
		}
	}

	@Test
	void clickThroughSelectsTheEngagementsInTheEngagementsView() {
		ReviewMetricsView metrics = view(ReviewMetricsView.ID);
		MetricsChart reasons = metrics.getCharts().get(1);
		IViewPart engagements = page.findView(ManagementReviewPerspective.ENGAGEMENTS_VIEW);
		page.activate(metrics);
		List<Engagement> behind = reasons.getData().series().get(0).engagements().get(0);

		org.eclipse.swt.widgets.Control plot = reasons.getChart().getPlotArea().getControl();
		org.eclipse.swtchart.IAxisSet axes = reasons.getChart().getAxisSet();
		org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
		click.button = 1;
		int along = axes.getXAxis(0).getPixelCoordinate(0);
		int across = axes.getYAxis(0).getPixelCoordinate(behind.size() / 2.0);
		click.x = reasons.isHorizontal() ? across : along;
		click.y = reasons.isHorizontal() ? along : across;
		plot.notifyListeners(org.eclipse.swt.SWT.MouseDown, click);
		processEvents();

		Table list = metrics.getClickThrough().getViewer().getTable();
		assertEquals(behind.size(), list.getItemCount(), "the list shows the engagements behind the bar");
		assertTrue(metrics.getClickThrough().heading().startsWith("Engagements by reason: "
				+ reasons.getData().categories().get(0)), metrics.getClickThrough().heading());
		IStructuredSelection selected = (IStructuredSelection) engagements.getSite().getSelectionProvider()
				.getSelection();
		assertEquals(Set.copyOf(behind), Set.copyOf(selected.toList()), "the Engagements view selects them");
	}
}

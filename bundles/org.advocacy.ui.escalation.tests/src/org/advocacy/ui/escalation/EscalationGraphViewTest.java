// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderState;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.layout.GraphBounds;
import org.advocacy.layout.GraphElementKind;
import org.advocacy.layout.GraphLayout;
import org.advocacy.layout.GraphNode;
import org.advocacy.layout.LadderLiveState;
import org.advocacy.layout.RungState;
import org.advocacy.core.escalation.LadderContact;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Engagement;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.tests.harness.ui.OpenSample;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Escalation Graph view in the running workbench, on the sample repository at a fixed clock. */
class EscalationGraphViewTest {

	private static final String ENGAGEMENTS_VIEW = "org.advocacy.ui.views.engagements";

	@RegisterExtension
	final OpenSample openSample = OpenSample.adjustedBy(EscalationGraphViewTest::callPrimaryFiveMinutesAgo);

	@TempDir
	Path folder;

	private AdvocacyRepository sample;
	private EscalationGraphView view;

	@BeforeEach
	void showTheGraph() throws Exception {
		sample = session().getRepository();
		view = (EscalationGraphView) page().showView(EscalationGraphView.ID);
		view.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		processEvents();
	}

	@AfterEach
	void closeTheGraph() {
		page().hideView(view);
	}

	@Test
	void theGraphIsPartOfTheCustomerAdvocacyPerspective() {
		assertNotNull(page().findViewReference(EscalationGraphView.ID));
		assertEquals(7, view.getCanvas().getScene().layout().groups().size(), "every area of the organization");
	}

	@Test
	void selectingAnEngagementShowsItsLadders() {
		Engagement engagement = openEngagementWithEscalations();

		select(engagement);

		assertEquals(engagement, view.getEngagement());
		GraphScene scene = view.getCanvas().getScene();
		assertEquals(GraphLayout.engagedAreas(engagement), scene.ladders().keySet());
		GraphNode advocate = scene.layout().node("advocate");
		assertEquals(engagement.getAdvocate(), advocate.person());
		assertEquals(engagement.getCustomer(), scene.layout().node("customer").customer());
		for (FunctionalArea area : GraphLayout.engagedAreas(engagement)) {
			LadderLiveState ladder = scene.ladders().get(area);
			LadderStatus engine = new EscalationLadder().evaluate(engagement, ladder.status().escalation(), NOW);
			assertEquals(engine.state(), ladder.status().state(), "the engine decides the state of " + area.getName());
		}
		assertTrue(view.getContentDescription().startsWith(engagement.getKey()));
	}

	@Test
	void clickingANodeSelectsThePersonForProperties() {
		GraphNode node = view.getCanvas().getScene().layout().nodes().get(0);

		click(node);

		IStructuredSelection selection = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
		assertEquals(node.person(), selection.getFirstElement());
	}

	@Test
	void recordingNoAnswerMovesTheCurrentLevelAndIsUndoable() {
		LadderStatus status = workableLadder();
		Engagement engagement = status.engagement();
		FunctionalArea area = status.escalation().getArea();
		select(engagement);
		if (status.state() == LadderState.DUE_NOW) {
			click(rung(area, status.next().level()));
			run("Record Contacted");
			assertEquals(RungState.AWAITING, ladder(area).rung(status.next().level()).state(),
					"the call is now awaited");
		}
		EscalationLevel before = ladder(area).currentLevel();
		assertNotNull(before);

		click(rung(area, before));
		run("Record No Answer");

		EscalationLevel after = ladder(area).currentLevel();
		assertEquals(RungState.NO_ANSWER, ladder(area).rung(before).state());
		assertTrue(after.getValue() > before.getValue(), "the ladder moved up from " + before + " to " + after);
		assertEquals(RungState.CALL_NOW, ladder(area).rung(after).state());

		globalAction(ActionFactory.UNDO).run();
		processEvents();
		assertEquals(before, ladder(area).currentLevel(), "Edit > Undo puts the ladder back");
		assertNotEquals(RungState.NO_ANSWER, ladder(area).rung(before).state());

		globalAction(ActionFactory.REDO).run();
		processEvents();
		assertEquals(after, ladder(area).currentLevel(), "Edit > Redo records it again");
	}

	@Test
	void escalatingToAnotherAreaPutsItsPrimaryOnCallNow() {
		Engagement engagement = openEngagementWithEscalations();
		select(engagement);
		FunctionalArea area = sample.getOrganization().getAreas().stream()
				.filter(a -> !GraphLayout.engagedAreas(engagement).contains(a)).findFirst().orElseThrow();

		click(rung(area, EscalationLevel.PRIMARY));
		run("Escalate to " + area.getName());

		assertEquals(RungState.CALL_NOW, ladder(area).rung(EscalationLevel.PRIMARY).state());
		assertEquals(EscalationLevel.PRIMARY, ladder(area).currentLevel());
		globalAction(ActionFactory.UNDO).run();
		processEvents();
		assertFalse(view.getCanvas().getScene().ladders().containsKey(area), "undo withdraws the escalation");
	}

	@Test
	void layoutStaysPutWhenTheLadderStateChanges() {
		LadderStatus status = workableLadder();
		select(status.engagement());
		List<GraphBounds> before = bounds(view.getCanvas().getScene().layout());
		EscalationLevel current = ladder(status.escalation().getArea()).currentLevel();

		click(rung(status.escalation().getArea(), current));
		run(status.state() == LadderState.DUE_NOW ? "Record Contacted" : "Record No Answer");

		assertEquals(before, bounds(view.getCanvas().getScene().layout()), "a new step does not shuffle the picture");
	}

	@Test
	void engagedAreasOnlyHidesTheOtherAreas() {
		Engagement engagement = openEngagementWithEscalations();
		select(engagement);

		view.setEngagedOnly(true);

		assertEquals(GraphLayout.engagedAreas(engagement).size(),
				view.getCanvas().getScene().layout().groups().size());
	}

	@Test
	void exportsTheWholeGraphAsPng() throws Exception {
		select(openEngagementWithEscalations());
		Path png = folder.resolve("graph.png");

		GraphImageExport.writePng(Display.getCurrent(), view.getCanvas().getScene(), png);

		assertTrue(Files.size(png) > 1000);
		ImageData data = new ImageData(png.toString());
		assertEquals((int) Math.ceil(view.getCanvas().getScene().layout().width()), data.width);
	}

	/**
	 * The sample's own ladders were all answered by "now"; this starts a live one: on the first open engagement with
	 * an escalation, a new escalation to an area it has not engaged yet, its primary called five minutes ago.
	 */
	private static void callPrimaryFiveMinutesAgo(AdvocacyRepository repository) {
		Engagement engagement = repository.getEngagements().stream()
				.filter(e -> !e.getEscalations().isEmpty() && e.getState() != EngagementState.RETURNED_TO_SOP
						&& e.getState() != EngagementState.DECLINED)
				.findFirst().orElseThrow();
		FunctionalArea area = repository.getOrganization().getAreas().stream()
				.filter(a -> !GraphLayout.engagedAreas(engagement).contains(a)).findFirst().orElseThrow();
		Escalation escalation = AdvocacyFactory.eINSTANCE.createEscalation();
		escalation.setArea(area);
		escalation.setStartedAt(NOW.minusSeconds(5 * 60));
		LadderRung primary = area.getLadder().stream().filter(rung -> rung.getLevel() == EscalationLevel.PRIMARY)
				.findFirst().orElseThrow();
		escalation.getAttempts().add(LadderContact.covering(EscalationLevel.PRIMARY, primary.getPerson(),
				escalation.getStartedAt()).newAttempt(null, escalation.getStartedAt()));
		engagement.getEscalations().add(escalation);
	}

	@Test
	void exportsTheWholeGraphAsSvgWithEveryPerson() throws Exception {
		select(openEngagementWithEscalations());
		GraphScene scene = view.getCanvas().getScene();
		Path svg = folder.resolve("graph.svg");

		GraphSvgExport.write(view.getCanvas().resources(), scene, svg);

		String text = Files.readString(svg);
		assertTrue(text.startsWith("<?xml") && text.trim().endsWith("</svg>"));
		for (GraphNode node : scene.layout().nodes()) {
			assertTrue(text.contains(">" + GraphSvgExport.escape(NodeText.name(node)) + "</text>"),
					NodeText.name(node) + " is in the drawing");
		}
		assertEquals(scene.layout().groups().size() + scene.layout().nodes().size(), text.split("<g>", -1).length - 1);
	}

	private Engagement openEngagementWithEscalations() {
		return workableLadder().engagement();
	}

	/** A ladder of an open engagement, due or awaiting below the vice president, so a step can be recorded. */
	private LadderStatus workableLadder() {
		EscalationLadder engine = new EscalationLadder();
		return sample.getEngagements().stream().flatMap(e -> engine.evaluate(e, NOW).stream())
				.filter(s -> s.state() == LadderState.AWAITING_RESPONSE
						&& s.last().getLevel() != EscalationLevel.VICE_PRESIDENT
						|| s.state() == LadderState.DUE_NOW && s.next() != null
								&& s.next().level() != EscalationLevel.VICE_PRESIDENT)
				.findFirst().orElseThrow(() -> new AssertionError("the sample has a ladder in progress"));
	}

	private void select(Engagement engagement) {
		IViewPart engagements = page().findView(ENGAGEMENTS_VIEW);
		page().activate(engagements);
		engagements.getSite().getSelectionProvider().setSelection(new StructuredSelection(engagement));
		processEvents();
		page().activate(view);
		processEvents();
	}

	private GraphNode rung(FunctionalArea area, EscalationLevel level) {
		GraphNode node = view.getCanvas().getScene().layout().rung(area, level);
		assertNotNull(node, "a node for " + level + " of " + area.getName());
		return node;
	}

	private LadderLiveState ladder(FunctionalArea area) {
		return view.getCanvas().getScene().ladders().get(area);
	}

	private void click(GraphNode node) {
		GraphCanvas canvas = view.getCanvas();
		Point centre = canvas.centreOf(node);
		Event down = new Event();
		down.x = centre.x;
		down.y = centre.y;
		down.button = 1;
		canvas.notifyListeners(SWT.MouseDown, down);
		Event up = new Event();
		up.x = centre.x;
		up.y = centre.y;
		up.button = 1;
		canvas.notifyListeners(SWT.MouseUp, up);
		processEvents();
		assertEquals(node.id(), canvas.getSelectedNode().id());
		assertFalse(node.kind() == GraphElementKind.CUSTOMER && node.person() != null);
	}

	private void run(String text) {
		IAction action = Arrays.stream(view.nodeActions()).filter(a -> a.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no action " + text));
		assertTrue(action.isEnabled(), text + " is offered on the selected node");
		action.run();
		processEvents();
	}

	private IAction globalAction(ActionFactory factory) {
		IAction action = view.getViewSite().getActionBars().getGlobalActionHandler(factory.getId());
		assertNotNull(action);
		assertTrue(action.isEnabled(), factory.getId() + " is enabled");
		return action;
	}

	private static List<GraphBounds> bounds(GraphLayout layout) {
		return layout.nodes().stream().filter(n -> n.kind() == GraphElementKind.RUNG).map(GraphNode::bounds).toList();
	}
}

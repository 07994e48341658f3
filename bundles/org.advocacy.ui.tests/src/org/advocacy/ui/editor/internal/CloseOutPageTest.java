// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.editor.internal.EditorPageFixture.press;
import static org.advocacy.ui.editor.internal.EditorPageFixture.undo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.advocacy.core.validation.RelatedIncidents;
import org.advocacy.core.validation.Transition;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Criterion;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.editor.EngagementEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Close-out page of the engagement editor, driven through its widgets in the running workbench. */
@ExtendWith(OpenSample.class)
class CloseOutPageTest {

	@Test
	void returnToSopIsRefusedWithTheReasonUntilEveryCriterionIsMetAndConfirmedAndIsUndoable() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getState() == EngagementState.CLOSE_OUT && !e.getDisengagementCriteria().isEmpty())
				.findFirst().orElseThrow();
		CloseOutPage page = EditorPageFixture.openOn(engagement, CloseOutPage.ID, CloseOutPage.class);
		CriteriaChecklist checklist = page.getChecklist();
		Criterion first = engagement.getDisengagementCriteria().get(0);
		select(checklist, first);
		if (first.isMet()) {
			assertEquals("Mark not met", checklist.getMetButton().getText());
			press(checklist.getMetButton());
		}
		assertFalse(first.isMet());
		assertFalse(first.isCustomerConfirmed(), "a criterion not met is not confirmed either");

		Button sop = returnToSop(page);
		assertFalse(sop.isEnabled(), "refused while a criterion is not met");
		String reason = reasonBeside(sop);
		assertTrue(reason.contains(first.getDescription()) && reason.contains("is not met"), reason);

		for (Criterion criterion : criteria(engagement)) {
			if (!criterion.isMet()) {
				select(checklist, criterion);
				assertEquals("Mark met", checklist.getMetButton().getText());
				press(checklist.getMetButton());
				assertEquals(NOW, criterion.getMetAt());
			}
		}
		assertFalse(returnToSop(page).isEnabled(), "met is not enough: the customer confirms");
		assertTrue(reasonBeside(returnToSop(page)).contains("has not confirmed"), reasonBeside(returnToSop(page)));
		press(checklist.getConfirmAllButton());
		assertTrue(criteria(engagement).stream().allMatch(Criterion::isCustomerConfirmed));

		sop = returnToSop(page);
		assertTrue(sop.isEnabled(), "allowed once the customer confirmed every criterion");
		press(sop);
		assertEquals(EngagementState.RETURNED_TO_SOP, engagement.getState());
		assertEquals(NOW, engagement.getClosedAt());

		undo();
		assertEquals(EngagementState.CLOSE_OUT, engagement.getState());
		assertNull(engagement.getClosedAt());
		assertTrue(returnToSop(page).isEnabled());
		undo();
		assertFalse(first.isCustomerConfirmed(), "Undo withdraws the confirmations again");
		assertFalse(returnToSop(page).isEnabled());
	}

	@Test
	void aSpinOffIsANewLinkedEngagementThatCanBeOpenedAndUndone() throws Exception {
		AdvocacyRepository repository = session().getRepository();
		Engagement engagement = repository.getEngagements().stream()
				.filter(e -> e.getState() == EngagementState.CLOSE_OUT).findFirst().orElseThrow();
		String key = RelatedIncidents.nextKey(repository);
		int count = repository.getEngagements().size();
		CloseOutPage page = EditorPageFixture.openOn(engagement, CloseOutPage.ID, CloseOutPage.class);

		press(page.getSpinOffButton());

		assertEquals(count + 1, repository.getEngagements().size());
		Engagement spun = repository.getEngagements().get(count);
		assertEquals(key, spun.getKey());
		assertSame(engagement.getCustomer(), spun.getCustomer());
		assertEquals(EngagementState.REQUESTED, spun.getState());
		assertEquals(NOW, spun.getOpenedAt());
		assertTrue(spun.getRelatedEngagements().contains(engagement), "linked to the earlier one");
		assertTrue(engagement.getRelatedEngagements().contains(spun), "and back");

		Hyperlink open = (Hyperlink) Arrays.stream(page.getOffer().getChildren())
				.filter(child -> child instanceof Hyperlink).findFirst().orElseThrow();
		Event enter = new Event();
		enter.character = '\r';
		open.notifyListeners(SWT.KeyDown, enter);
		DisplayEvents.processEvents();
		EngagementEditor opened = (EngagementEditor) page().getActiveEditor();
		assertSame(spun, opened.getEngagement(), "the new engagement opened in its own editor");

		undo();
		assertEquals(count, repository.getEngagements().size(), "one command: Undo removes it");
		assertFalse(engagement.getRelatedEngagements().contains(spun));
		assertFalse(Arrays.stream(page.getOffer().getChildren()).anyMatch(child -> child instanceof Hyperlink),
				"and no longer offers to open it");
	}

	private static List<Criterion> criteria(Engagement engagement) {
		List<Criterion> all = new ArrayList<>(engagement.getDisengagementCriteria());
		all.addAll(engagement.getSuccessCriteria());
		return all;
	}

	private static void select(CriteriaChecklist checklist, Criterion criterion) {
		checklist.getViewer().setSelection(new StructuredSelection(criterion), true);
		DisplayEvents.processEvents();
	}

	private static Button returnToSop(CloseOutPage page) {
		return page.getTransitions().getButtons().stream()
				.filter(button -> ((Transition) button.getData()).to() == EngagementState.RETURNED_TO_SOP).findFirst()
				.orElseThrow();
	}

	private static String reasonBeside(Button button) {
		Control[] siblings = button.getParent().getChildren();
		return ((Label) siblings[Arrays.asList(siblings).indexOf(button) + 1]).getText();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.showPerspective;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.advocacy.core.commands.CommitmentCommands;
import org.advocacy.core.review.CommitmentRows.Row;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.RootCauseCategory;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.ModalDialogs;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.Widgets;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Commitments view of the Management Review perspective: its actions mark the selected commitment done, reopen
 * it and drop it with a reason (each undoable), and its roll-up counts every root cause of every engagement by
 * category, committed to or not.
 */
@ExtendWith(OpenSample.class)
class CommitmentsViewTest {

	private AdvocacyRepository repository;
	private CommitmentsView view;

	@BeforeEach
	void showTheCommitments() throws Exception {
		repository = session().getRepository();
		showPerspective().activate(view = view(CommitmentsView.ID));
		processEvents();
	}

	@Test
	void theViewsActionsMarkDoneReopenAndDropWithAReason() {
		RootCauseCommitment commitment = view.getRows().rows().stream().map(Row::commitment)
				.filter(candidate -> !CommitmentCommands.isClosed(candidate)).findFirst().orElseThrow();
		select(commitment);
		assertFalse(action("Reopen").isEnabled(), "an open commitment is not reopened");

		action("Mark Done").run();
		waitForStatus(commitment, CommitmentStatus.DONE);
		select(commitment);
		assertFalse(action("Drop...").isEnabled(), "a done commitment is reopened before it is dropped");
		action("Reopen").run();
		waitForStatus(commitment, CommitmentStatus.IN_PROGRESS);

		select(commitment);
		ModalDialogs.Answer<InputDialog> reason = ModalDialogs.answerNext(InputDialog.class, dialog -> {
			Widgets.find(dialog.getShell(), Text.class).orElseThrow().setText("Replaced by the platform-wide change review");
			Widgets.button(dialog.getShell(), "OK").notifyListeners(SWT.Selection, new Event());
		});
		action("Drop...").run();
		reason.verify();
		waitForStatus(commitment, CommitmentStatus.DROPPED);
		assertEquals("Replaced by the platform-wide change review", commitment.getDropReason());
		assertTrue(rowOf(commitment).isPresent(), "a dropped commitment stays listed with its reason");
		assertTrue(view.getTable().getViewer().getTable().getItem(indexOf(commitment)).getText(3)
				.endsWith(": Replaced by the platform-wide change review"));

		session().getEditingDomain().getCommandStack().undo();
		waitForStatus(commitment, CommitmentStatus.IN_PROGRESS);
	}

	@Test
	void theRollUpCountsEveryRootCauseByCategoryCommittedToOrNot() {
		int causes = repository.getEngagements().stream().filter(engagement -> engagement.getSituationSummary() != null)
				.mapToInt(engagement -> engagement.getSituationSummary().getRootCauses().size()).sum();
		Set<RootCauseCategory> categories = repository.getEngagements().stream()
				.filter(engagement -> engagement.getSituationSummary() != null)
				.flatMap(engagement -> engagement.getSituationSummary().getRootCauses().stream())
				.map(cause -> cause.getCategory()).collect(Collectors.toSet());
		long committed = repository.getReviews().stream().flatMap(review -> review.getCommitments().stream())
				.flatMap(commitment -> commitment.getRootCauses().stream()).distinct().count();

		assertEquals(causes, view.getRecurring().causeCount());
		assertTrue(committed < causes, "the sample has root causes nobody committed to fix");
		Tree tree = Widgets.find(view.getTable().getViewer().getControl().getParent(), Tree.class).orElseThrow();
		assertEquals(categories.size(), tree.getItemCount(), "one row per category");
		int listed = 0;
		for (TreeItem category : tree.getItems()) {
			listed += Integer.parseInt(category.getText(3));
		}
		assertEquals(causes, listed, "the categories' counts add up to every root cause");
		assertEquals(view.getRecurring().categories().get(0).label(), tree.getItem(0).getText(0),
				"the category that hit the most customers first");
	}

	private Action action(String text) {
		return view.getActions().actions().stream().filter(action -> action.getText().replace("&", "").equals(text))
				.map(Action.class::cast).findFirst().orElseThrow();
	}

	private void select(RootCauseCommitment commitment) {
		view.getTable().getViewer().setSelection(new StructuredSelection(rowOf(commitment).orElseThrow()), true);
		processEvents();
	}

	private Optional<Row> rowOf(RootCauseCommitment commitment) {
		return view.getTable().rows().stream().filter(row -> row.commitment() == commitment).findFirst();
	}

	private int indexOf(RootCauseCommitment commitment) {
		return view.getTable().rows().indexOf(rowOf(commitment).orElseThrow());
	}

	private void waitForStatus(RootCauseCommitment commitment, CommitmentStatus status) {
		assertEquals(status, commitment.getStatus());
		DisplayEvents.waitUntil("the view shows " + status, () -> rowOf(commitment)
				.map(row -> view.getTable().getViewer().getTable().getItem(indexOf(commitment)).getText(3)
						.startsWith(status.getLiteral()))
				.orElse(false));
	}
}

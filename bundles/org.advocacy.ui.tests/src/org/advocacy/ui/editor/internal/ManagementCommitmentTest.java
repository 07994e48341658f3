// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.editor.internal.EditorPageFixture.press;
import static org.advocacy.ui.editor.internal.EditorPageFixture.undo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.core.review.AgendaDraft;
import org.advocacy.core.review.CommitmentRows;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.Engagement;
import org.advocacy.model.Person;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.ModalDialogs;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.commitments.CommitmentDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On the Situation Summary page, the advocate selects a root cause and asks for a management commitment through the
 * dialog; the commitment is listed on the page and in the next review's draft, and the page's buttons edit it, mark
 * it done, reopen it and drop it with a reason — all through the real widgets, each step one undoable command.
 */
@ExtendWith(OpenSample.class)
class ManagementCommitmentTest {

	private static final String WHAT = "Check the change window before every maintenance";

	@Test
	void askEditMarkDoneReopenAndDropACommitmentOnARootCause() throws Exception {
		AdvocacyRepository repository = session().getRepository();
		Engagement engagement = withUncommittedRootCause(repository);
		RootCause cause = engagement.getSituationSummary().getRootCauses().get(0);
		SituationSummaryPage page = EditorPageFixture.openOn(engagement, SituationSummaryPage.ID,
				SituationSummaryPage.class);
		Person manager = repository.getOrganization().getPeople().get(0);
		assertEquals(0, page.getCommitments().getViewer().getTable().getItemCount());
		assertTrue(page.getAskForCommitment().isEnabled());

		page.getRootCauses().getViewer().setSelection(new StructuredSelection(cause));
		ModalDialogs.Answer<CommitmentDialog> asked = ModalDialogs.answerNext(CommitmentDialog.class, dialog -> {
			Button ask = Widgets.button(dialog.getShell(), "Ask");
			setText(dialog.getCommitment(), "");
			assertFalse(ask.isEnabled(), "nothing to commit to yet");
			dialog.getManager().setSelection(new StructuredSelection(manager));
			setText(dialog.getCommitment(), WHAT);
			assertTrue(ask.isEnabled(), "manager, what and when given");
			press(ask);
		});
		press(page.getAskForCommitment());
		asked.verify();

		RootCauseCommitment commitment = AgendaDraft.find(repository).orElseThrow().getCommitments().get(0);
		assertEquals(List.of(cause), commitment.getRootCauses());
		assertSame(manager, commitment.getAccountableManager());
		assertEquals(WHAT, commitment.getCommitment());
		assertEquals(LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(14), commitment.getPromisedUpdateOn());
		Table table = page.getCommitments().getViewer().getTable();
		assertEquals(1, table.getItemCount(), "the page lists the commitment on its root cause");
		assertEquals(WHAT, table.getItem(0).getText(1));
		assertEquals("Next review (asked for)", table.getItem(0).getText(7));

		select(page, commitment);
		ModalDialogs.Answer<CommitmentDialog> edited = ModalDialogs.answerNext(CommitmentDialog.class, dialog -> {
			setText(dialog.getCommitment(), WHAT + " and after every rollback");
			press(Widgets.button(dialog.getShell(), "Save"));
		});
		press(Widgets.button(page.getCommitments().getViewer().getControl().getParent(), "Edit Commitment..."));
		edited.verify();
		assertEquals(WHAT + " and after every rollback", commitment.getCommitment());

		press(button(page, "Mark Done"));
		assertEquals(CommitmentStatus.DONE, commitment.getStatus());
		assertEquals(NOW, commitment.getCrossedOffAt());
		assertFalse(button(page, "Drop...").isEnabled(), "a done commitment is reopened before it is dropped");
		press(button(page, "Reopen"));
		assertEquals(CommitmentStatus.IN_PROGRESS, commitment.getStatus());

		ModalDialogs.Answer<InputDialog> dropped = ModalDialogs.answerNext(InputDialog.class, dialog -> {
			Button ok = Widgets.button(dialog.getShell(), "OK");
			setText(Widgets.find(dialog.getShell(), Text.class).orElseThrow(), "  ");
			assertFalse(ok.isEnabled(), "no reason, no drop");
			setText(Widgets.find(dialog.getShell(), Text.class).orElseThrow(), "Replaced by the platform-wide change review");
			press(ok);
		});
		press(button(page, "Drop..."));
		dropped.verify();
		assertEquals(CommitmentStatus.DROPPED, commitment.getStatus());
		assertEquals("Replaced by the platform-wide change review", commitment.getDropReason());
		assertEquals("Dropped: Replaced by the platform-wide change review", table.getItem(0).getText(3));

		undo();
		assertEquals(CommitmentStatus.IN_PROGRESS, commitment.getStatus());
		assertNull(commitment.getDropReason());
		for (int edit = 0; edit < 4; edit++) {
			undo();
		}
		assertTrue(AgendaDraft.find(repository).isEmpty(), "undoing the request takes the draft it created away");
		assertEquals(0, table.getItemCount());
	}

	private static Engagement withUncommittedRootCause(AdvocacyRepository repository) {
		CommitmentRows rows = CommitmentRows.of(repository, LocalDate.ofInstant(NOW, ZoneOffset.UTC));
		return repository.getEngagements().stream()
				.filter(engagement -> engagement.getSituationSummary() != null
						&& !engagement.getSituationSummary().getRootCauses().isEmpty())
				.filter(engagement -> rows.of(engagement).isEmpty()).findFirst().orElseThrow();
	}

	private static void select(SituationSummaryPage page, RootCauseCommitment commitment) {
		CommitmentRows.Row row = page.getCommitments().rows().stream().filter(shown -> shown.commitment() == commitment)
				.findFirst().orElseThrow();
		page.getCommitments().getViewer().setSelection(new StructuredSelection(row), true);
		DisplayEvents.processEvents();
	}

	private static Button button(SituationSummaryPage page, String label) {
		return Widgets.button(page.getCommitments().getViewer().getControl().getParent(), label);
	}

	private static void setText(Text field, String text) {
		field.setText(text);
		field.notifyListeners(SWT.Modify, new Event());
	}
}

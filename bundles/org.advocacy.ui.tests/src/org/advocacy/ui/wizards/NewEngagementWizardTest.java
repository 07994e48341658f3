// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.wizards;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.core.validation.RelatedIncidents;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The New Engagement wizard asks for what must be known up front and creates a valid engagement. */
@ExtendWith(OpenSample.class)
class NewEngagementWizardTest {

	/** Finishes like the Finish button. */
	private static final class Dialog extends WizardDialog {
		Dialog(Shell shell, NewEngagementWizard wizard) {
			super(shell, wizard);
			setBlockOnOpen(false);
		}

		void finish() {
			finishPressed();
		}
	}

	@Test
	void finishingCreatesAValidRequestedEngagementAsOneUndoableCommand() {
		RepositorySession session = session();
		String expectedKey = RelatedIncidents.nextKey(session.getRepository());
		int before = session.getRepository().getEngagements().size();
		NewEngagementWizard wizard = new NewEngagementWizard(session, page(), Clock.fixed(NOW, ZoneOffset.UTC));
		Dialog dialog = new Dialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.open();
		NewEngagementPage form = wizard.getForm();
		assertFalse(wizard.canFinish(), "nothing entered yet");

		form.getTitleText().setText("Payroll exports fail every Friday");
		form.getCustomer().setSelection(new StructuredSelection(session.getRepository().getCustomers().get(0)));
		form.getAdvocate().setSelection(new StructuredSelection(form.getAdvocate().getElementAt(0)));
		form.getWordsText().setText("Who CAN I talk to?");
		assertFalse(wizard.canFinish(), "disengagement criteria are agreed up front");
		form.getCriteriaText().setText("Three Fridays in a row without a failed export\nRoot cause confirmed by engineering");
		assertTrue(wizard.canFinish());
		dialog.finish();
		processEvents();

		Engagement created = wizard.getCreated();
		assertEquals(before + 1, session.getRepository().getEngagements().size());
		assertSame(created, session.getRepository().getEngagements().get(before));
		assertEquals(expectedKey, created.getKey());
		assertEquals(EngagementState.REQUESTED, created.getState());
		assertEquals(NOW, created.getOpenedAt());
		assertEquals(List.of("Three Fridays in a row without a failed export", "Root cause confirmed by engineering"),
				created.getDisengagementCriteria().stream().map(c -> c.getDescription()).toList());
		Diagnostic diagnostic = AdvocacyValidation.validate(created);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> "valid: " + diagnostic.getChildren());
		assertSame(created, ((EngagementEditor) page().getActiveEditor()).getEngagement(), "it opens in the editor");

		session.getEditingDomain().getCommandStack().undo();
		assertEquals(before, session.getRepository().getEngagements().size(), "one undo removes it");
	}
}

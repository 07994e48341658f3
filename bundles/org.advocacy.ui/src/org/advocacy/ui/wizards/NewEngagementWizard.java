// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.wizards;

import java.time.Clock;
import java.time.ZoneId;

import org.advocacy.core.commands.EngagementCommands;
import org.advocacy.model.Engagement;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opens a new engagement with what must be known up front: customer, trigger, urgency and the disengagement
 * criteria. Finishing adds it to the repository as one undoable command and opens it in the engagement editor.
 */
public final class NewEngagementWizard extends Wizard {

	private final RepositorySession session;
	private final IWorkbenchPage page;
	private final Clock clock;
	private NewEngagementPage form;
	private Engagement created;

	/**
	 * @param session the open repository
	 * @param page    where the new engagement's editor opens, or {@code null} for none
	 * @param clock   dates the engagement's opening
	 */
	public NewEngagementWizard(RepositorySession session, IWorkbenchPage page, Clock clock) {
		this.session = session;
		this.page = page;
		this.clock = clock;
		setWindowTitle("New Engagement");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		form = new NewEngagementPage(session.getRepository(),
				new ValueText(session.getAdapterFactory(), ZoneId.systemDefault()));
		addPage(form);
	}

	@Override
	public boolean performFinish() {
		created = form.request().create(session.getRepository(), clock.instant());
		session.getEditingDomain().getCommandStack()
				.execute(EngagementCommands.open(session.getEditingDomain(), session.getRepository(), created));
		if (page != null) {
			try {
				page.openEditor(EngagementEditorInput.of(session, created), EngagementEditor.ID);
			} catch (PartInitException e) {
				form.setErrorMessage(e.getMessage());
			}
		}
		return true;
	}

	/** @return the page, for tests */
	public NewEngagementPage getForm() {
		return form;
	}

	/** @return the engagement created by finishing, or {@code null} */
	public Engagement getCreated() {
		return created;
	}
}

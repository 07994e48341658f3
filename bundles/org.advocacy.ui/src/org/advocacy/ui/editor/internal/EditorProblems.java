// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.model.Engagement;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementFormPage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessageManager;

/**
 * Shows what the advocacy validation rules find in one engagement in the editor's form headers, each problem as a
 * decoration on the field it is about (on the page that shows the field) and as a header message that leads to
 * it. Problems no page shows a field for go to the first page's header.
 * <p>
 * The same problems of the whole repository show in the Problems view when org.advocacy.ui.ide is installed: it
 * links the repository file into the workspace and keeps markers on it; this bundle stays free of resources.
 */
public final class EditorProblems {

	private final Engagement engagement;
	private final List<Diagnostic> shown = new ArrayList<>();

	/** @param engagement the engagement whose problems are shown */
	public EditorProblems(Engagement engagement) {
		this.engagement = engagement;
	}

	/**
	 * Validates the engagement and replaces the messages shown on the pages.
	 *
	 * @param pages the editor's pages, the first taking the problems without a field
	 */
	public void validateAndShow(List<EngagementFormPage> pages) {
		List<Diagnostic> found = new ArrayList<>();
		collect(AdvocacyValidation.validate(engagement), found);
		shown.clear();
		shown.addAll(found);
		for (EngagementFormPage page : pages) {
			IMessageManager messages = page.messages();
			if (messages != null) {
				messages.setAutoUpdate(false);
				messages.removeAllMessages();
			}
		}
		int key = 0;
		for (Diagnostic problem : found) {
			place(problem, pages, key++);
		}
		for (EngagementFormPage page : pages) {
			IMessageManager messages = page.messages();
			if (messages != null) {
				messages.setAutoUpdate(true);
			}
		}
	}

	/** @return the problems found by the last validation, for tests */
	public List<Diagnostic> getShown() {
		return List.copyOf(shown);
	}

	/**
	 * Goes to the field a problem is about, on whichever page of the editor shows it, the way clicking the problem
	 * in a form header does.
	 *
	 * @param editor  the engagement editor
	 * @param problem a problem found by the advocacy validation
	 * @return whether a page showed the field
	 */
	public static boolean reveal(EngagementEditor editor, Diagnostic problem) {
		EObject object = objectOf(problem);
		return object != null && editor.reveal(object, featureOf(problem));
	}

	private static EObject objectOf(Diagnostic problem) {
		return problem.getData().isEmpty() || !(problem.getData().get(0) instanceof EObject object) ? null : object;
	}

	private static EStructuralFeature featureOf(Diagnostic problem) {
		return problem.getData().size() > 1 && problem.getData().get(1) instanceof EStructuralFeature feature
				? feature
				: null;
	}

	private void place(Diagnostic problem, List<EngagementFormPage> pages, int key) {
		EObject object = objectOf(problem);
		EStructuralFeature feature = featureOf(problem);
		int type = problem.getSeverity() == Diagnostic.ERROR ? IMessageProvider.ERROR
				: problem.getSeverity() == Diagnostic.WARNING ? IMessageProvider.WARNING : IMessageProvider.INFORMATION;
		for (EngagementFormPage page : pages) {
			Control control = object == null || page.messages() == null ? null : page.controlFor(object, feature);
			if (control != null) {
				page.messages().addMessage(key, problem.getMessage(), problem, type, control);
				return;
			}
		}
		IMessageManager first = pages.isEmpty() ? null : pages.get(0).messages();
		if (first != null) {
			first.addMessage(key, problem.getMessage(), problem, type);
		}
	}

	private void collect(Diagnostic diagnostic, List<Diagnostic> found) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() > Diagnostic.OK && concernsEngagement(diagnostic)) {
				found.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, found);
		}
	}

	private boolean concernsEngagement(Diagnostic diagnostic) {
		return !diagnostic.getData().isEmpty() && diagnostic.getData().get(0) instanceof EObject object
				&& EcoreUtil.isAncestor(engagement, object);
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * A page of the organization or the reference data editor that shows some of the repository's objects and selects
 * one when asked: a problem clicked in a header, or another part revealing the object, goes to the page showing it.
 */
public interface RevealingPage {

	/** @return the page id */
	String getId();

	/**
	 * @param object an object of the repository
	 * @return whether this page shows it (and can reveal it)
	 */
	boolean shows(EObject object);

	/**
	 * Selects an object this page {@link #shows(EObject) shows}; called with the page active.
	 *
	 * @param object the object
	 */
	void reveal(EObject object);

	/**
	 * Activates the first page that shows an object and selects the object there.
	 *
	 * @param editor the editor of the pages
	 * @param pages  its pages
	 * @param object the object
	 * @return whether a page shows it
	 */
	static boolean reveal(FormEditor editor, List<? extends RevealingPage> pages, EObject object) {
		for (RevealingPage page : pages) {
			if (page.shows(object)) {
				editor.setActivePage(page.getId());
				page.reveal(object);
				return true;
			}
		}
		return false;
	}

	/**
	 * @param message a message clicked in a page's header
	 * @return the object of the validation problem it shows, if it is about one
	 */
	static Optional<EObject> objectOf(IMessage message) {
		return message.getData() instanceof Diagnostic problem && !problem.getData().isEmpty()
				&& problem.getData().get(0) instanceof EObject object ? Optional.of(object) : Optional.empty();
	}
}

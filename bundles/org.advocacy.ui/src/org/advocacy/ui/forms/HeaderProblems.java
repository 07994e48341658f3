// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.advocacy.core.validation.AdvocacyValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessageManager;

/**
 * What a repository editor shows in its form headers: the problems the advocacy validation rules find in the object
 * it edits, the kind of header message each becomes, and the messages that replace a header's.
 */
public final class HeaderProblems {

	private HeaderProblems() {
	}

	/**
	 * Validates an object and keeps the single problems (not their summaries) that are about it or about an object
	 * inside it, in the order the rules report them.
	 *
	 * @param edited the object an editor edits, e.g. an engagement or an organization
	 * @return the problems, warnings and notes found
	 */
	public static List<Diagnostic> of(EObject edited) {
		List<Diagnostic> found = new ArrayList<>();
		collect(AdvocacyValidation.validate(edited), edited, found);
		return found;
	}

	/**
	 * @param problem a problem found by the validation
	 * @return the header message type of its severity ({@link IMessageProvider#ERROR}, {@code WARNING} or
	 *         {@code INFORMATION})
	 */
	public static int messageType(Diagnostic problem) {
		return switch (problem.getSeverity()) {
		case Diagnostic.ERROR -> IMessageProvider.ERROR;
		case Diagnostic.WARNING -> IMessageProvider.WARNING;
		default -> IMessageProvider.INFORMATION;
		};
	}

	/**
	 * Replaces the messages of a form header with problems; a problem about an object the page shows also decorates
	 * the control showing it.
	 *
	 * @param messages the header's message manager
	 * @param problems the problems, in the order to show them
	 * @param controls the page's control showing an object, or {@code null} when the page does not show it
	 */
	public static void show(IMessageManager messages, List<Diagnostic> problems, Function<EObject, Control> controls) {
		messages.setAutoUpdate(false);
		messages.removeAllMessages();
		int key = 0;
		for (Diagnostic problem : problems) {
			Control control = !problem.getData().isEmpty() && problem.getData().get(0) instanceof EObject object
					? controls.apply(object)
					: null;
			if (control == null) {
				messages.addMessage(key++, problem.getMessage(), problem, messageType(problem));
			} else {
				messages.addMessage(key++, problem.getMessage(), problem, messageType(problem), control);
			}
		}
		messages.setAutoUpdate(true);
	}

	private static void collect(Diagnostic diagnostic, EObject edited, List<Diagnostic> found) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() > Diagnostic.OK && !diagnostic.getData().isEmpty()
					&& diagnostic.getData().get(0) instanceof EObject object && EcoreUtil.isAncestor(edited, object)) {
				found.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, edited, found);
		}
	}
}

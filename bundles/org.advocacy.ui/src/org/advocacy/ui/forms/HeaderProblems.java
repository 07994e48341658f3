// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.validation.AdvocacyValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;

/**
 * What a repository editor shows in its form headers: the problems the advocacy validation rules find in the object
 * it edits, and the kind of header message each becomes.
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

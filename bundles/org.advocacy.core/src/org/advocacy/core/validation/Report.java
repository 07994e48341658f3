// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where the rules put what they find: one {@link BasicDiagnostic} per finding, with the rule's code and severity
 * and, as EMF's marker helpers expect, the offending object first and its feature second in the data, followed by
 * any other objects involved. Without a chain (the Diagnostician asking only "valid or not") it just remembers that
 * something was found.
 */
final class Report {

	private final DiagnosticChain chain;
	private boolean clean = true;

	/** @param chain where to add diagnostics, or {@code null} to only record validity */
	Report(DiagnosticChain chain) {
		this.chain = chain;
	}

	/**
	 * Reports one finding.
	 *
	 * @param rule    the rule that is broken
	 * @param object  the object to put the marker on
	 * @param feature the feature to navigate to
	 * @param message the message for the user, naming what and where
	 * @param related further objects involved, e.g. the other tasks of a cycle
	 */
	void add(Rule rule, EObject object, EStructuralFeature feature, String message, Object... related) {
		clean = false;
		if (chain != null) {
			Object[] data = new Object[2 + related.length];
			data[0] = object;
			data[1] = feature;
			System.arraycopy(related, 0, data, 2, related.length);
			chain.add(new BasicDiagnostic(rule.severity(), AdvocacyValidator.DIAGNOSTIC_SOURCE, rule.code(), message, data));
		}
	}

	/** @return whether nothing was reported */
	boolean isClean() {
		return clean;
	}
}
